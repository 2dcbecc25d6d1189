import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DryRun } from '../../../../../shared/exchange';
import { PackageCheck } from './PackageCheck';

interface DryRunResultProps {
  dryRun: DryRun;
  passphrases: readonly string[];
  force: ReadonlySet<string>;
  onForce: (token: string, force: boolean) => void;
  /** A new check is running: the last result stays, marked busy, so focus stays where it is. */
  busy: boolean;
  disabled: boolean;
  /** The summary line: announced when it changes, and focused after the user pressed "Kiểm tra". */
  summaryRef: RefObject<HTMLParagraphElement | null>;
}

/** What the check found: how many packages would be imported, unchanged or blocked, then each package. */
export function DryRunResult({ dryRun, passphrases, force, onForce, busy, disabled, summaryRef }: DryRunResultProps) {
  const { t } = useTranslation();
  const count = (outcome: 'apply' | 'nothing' | 'blocked') => dryRun.packages.filter((pkg) => pkg.outcome === outcome).length;
  return (
    <section className="province-step province-check" aria-labelledby="province-check-title" aria-busy={busy}>
      <h2 id="province-check-title">{t('exchangeProvince.check.title')}</h2>
      <p className="province-check__summary" role="status" tabIndex={-1} ref={summaryRef}>
        {t('exchangeProvince.check.summaryLine', { apply: count('apply'), nothing: count('nothing'), blocked: count('blocked') })}
      </p>
      <ul className="province-packages">
        {dryRun.packages.map((pkg) => (
          <li key={pkg.token}>
            <PackageCheck pkg={pkg} passphrases={passphrases} forced={force.has(pkg.token)} onForce={onForce} disabled={disabled} />
          </li>
        ))}
      </ul>
    </section>
  );
}
