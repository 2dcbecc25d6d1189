import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DryRunPackage } from '../../../../../shared/exchange';
import { formatDateTime } from '../../../../../shared/format/date';
import { useApi } from '../../../api/ApiProvider';
import { saveFile } from '../../../api/files';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { personalData, useExchangeLabels } from '../labels';
import { ChangesTable } from './ChangesTable';
import { officeLabel } from './figures';
import { ReceiptButton } from './ReceiptButton';

/** Older than what was imported from its office, and nothing else in the way: the user may take it anyway. */
export const mayForce = (pkg: DryRunPackage): boolean =>
  pkg.problems.some((problem) => problem.code === 'olderThanImported') &&
  pkg.problems.every((problem) => !problem.blocking || problem.code === 'olderThanImported');

interface PackageCheckProps {
  pkg: DryRunPackage;
  /** The passphrases the check was made with (the summary inside the package needs one). */
  passphrases: readonly string[];
  forced: boolean;
  onForce: (token: string, force: boolean) => void;
  disabled: boolean;
}

/** One package of the dry run: who sent it, for which period, what importing it would do, and why not. */
export function PackageCheck({ pkg, passphrases, forced, onForce, disabled }: PackageCheckProps) {
  const { t } = useTranslation();
  const api = useApi();
  const labels = useExchangeLabels();
  const headingId = `province-package-${pkg.token}`;
  const title = pkg.office ? officeLabel(pkg.office) : pkg.fileName;
  const personalText = pkg.includes && {
    none: t('exchangeProvince.check.personalCase.none'),
    ids: t('exchangeProvince.check.personalCase.ids'),
    phones: t('exchangeProvince.check.personalCase.phones'),
    both: t('exchangeProvince.check.personalCase.both'),
  }[personalData(pkg.includes)];
  // The same file imported before: an office that sent it again may still be waiting for its receipt.
  const earlierImport =
    pkg.outcome === 'nothing' && pkg.earlierImportId !== null && pkg.office !== null && pkg.sequence !== null
      ? { id: pkg.earlierImportId, office: pkg.office, sequence: pkg.sequence }
      : null;
  const summary = useMutation({
    mutationFn: async () => saveFile(api, await api.request('exchange.stagedSummary', { token: pkg.token, passphrases: [...passphrases] })),
  });

  return (
    <article className={`province-package province-package--${pkg.outcome}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="province-package__outcome">
        {t('exchangeProvince.check.outcomeLabel')}{' '}
        <strong>
          {pkg.outcome === 'apply'
            ? t('exchangeProvince.check.outcome.apply')
            : pkg.outcome === 'nothing'
              ? t('exchangeProvince.check.outcome.nothing')
              : t('exchangeProvince.check.outcome.blocked')}
        </strong>
      </p>
      <dl className="province-package__facts">
        <div>
          <dt>{t('exchangeProvince.check.file')}</dt>
          <dd>{pkg.fileName}</dd>
        </div>
        {pkg.sequence !== null && (
          <div>
            <dt>{t('exchangeProvince.check.sequence')}</dt>
            <dd>
              {pkg.lastImportedSequence === null
                ? pkg.sequence
                : t('exchangeProvince.check.sequenceAfter', { sequence: pkg.sequence, last: pkg.lastImportedSequence })}
            </dd>
          </div>
        )}
        {pkg.period && (
          <div>
            <dt>{t('exchangeProvince.check.period')}</dt>
            <dd>{labels.period(pkg.period)}</dd>
          </div>
        )}
        {pkg.createdAt && (
          <div>
            <dt>{t('exchangeProvince.check.createdAt')}</dt>
            <dd>{formatDateTime(pkg.createdAt)}</dd>
          </div>
        )}
        {personalText && (
          <div>
            <dt>{t('exchangeProvince.check.personal')}</dt>
            <dd>{personalText}</dd>
          </div>
        )}
      </dl>

      {pkg.problems.length > 0 && (
        <ul className="province-package__problems" aria-label={t('exchangeProvince.check.problemsFor', { name: title })}>
          {pkg.problems.map((problem, index) => (
            <li key={`${problem.code}-${index}`} className={problem.blocking ? 'province-problem--blocking' : 'province-problem--told'}>
              {labels.problem(problem)}
            </li>
          ))}
        </ul>
      )}

      {mayForce(pkg) && (
        <div className="province-package__force">
          <input
            id={`${headingId}-force`}
            type="checkbox"
            checked={forced}
            disabled={disabled}
            aria-describedby={`${headingId}-force-hint`}
            onChange={(event) => onForce(pkg.token, event.target.checked)}
          />
          <label htmlFor={`${headingId}-force`}>{t('exchangeProvince.check.force')}</label>
          <p id={`${headingId}-force-hint`} className="province-hint">
            {t('exchangeProvince.check.forceHint')}
          </p>
        </div>
      )}

      {earlierImport && (
        <div className="province-package__receipt">
          <p className="province-hint">{t('exchangeProvince.check.receiptAgain')}</p>
          <ReceiptButton row={earlierImport} />
        </div>
      )}

      {pkg.outcome === 'apply' && <ChangesTable tables={pkg.tables} label={t('exchangeProvince.changes.caption', { name: title })} />}

      {pkg.office && (
        <div className="province-package__summary">
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={t('exchangeProvince.check.summaryFor', { name: title })}
            aria-disabled={summary.isPending || undefined}
            onClick={() => !summary.isPending && summary.mutate()}
          >
            {t('exchangeProvince.check.summary')}
          </button>
          <span role="status">{summary.data?.saved === true && t('exchangeProvince.check.summarySaved')}</span>
          {summary.isError && <ErrorAlert code={errorCode(summary.error)} />}
        </div>
      )}
    </article>
  );
}
