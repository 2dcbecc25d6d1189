import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DryRun } from '../../../../../shared/exchange';
import type { DryRunInput } from '../../../../../shared/schemas/exchange';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ApplyResult } from './ApplyResult';
import { DryRunResult } from './DryRunResult';
import { PassphraseFields, passphraseFieldId } from './PassphraseFields';
import { provinceKeys } from './queries';
import { StagedFiles } from './StagedFiles';
import { useStaging } from './useStaging';
import './province.css';

/** A dry run's answer with the input it was asked with, for the batch of files it was about. */
interface Checked {
  input: DryRunInput;
  batch: string;
  result: DryRun;
}

const sameInput = (a: DryRunInput, b: DryRunInput) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Nhập tệp (/exchange/import): pick the offices' packages, type the passphrases, check them
 * (a dry run: what each would change, what stands in the way), then import all at once.
 * Import sends exactly what was checked; main checks it all again inside one transaction.
 */
export function PackageImportPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const staging = useStaging();
  const [passphrases, setPassphrases] = useState<string[]>(['']);
  const [passphraseError, setPassphraseError] = useState<string | undefined>();
  const [filesMissing, setFilesMissing] = useState(false);
  const [force, setForce] = useState<ReadonlySet<string>>(new Set());
  const [checked, setChecked] = useState<Checked | null>(null);
  const latestCheck = useRef(0);

  const tokens = staging.files.map((file) => file.token);
  const batch = tokens.join('|');
  const inputWith = (forced: ReadonlySet<string>): DryRunInput => ({
    tokens,
    passphrases: passphrases.filter((passphrase) => passphrase !== ''),
    force: tokens.filter((token) => forced.has(token)),
  });
  // A check of another batch (a file added or taken out since) says nothing about this one.
  const shown = checked?.batch === batch ? checked : null;
  const upToDate = shown !== null && sameInput(shown.input, inputWith(force));

  const check = useMutation({
    mutationFn: async ({ input, batch: of }: { input: DryRunInput; batch: string }) => {
      const id = ++latestCheck.current;
      return { id, checked: { input, batch: of, result: await api.request('exchange.dryRun', input) } };
    },
    // Only the answer to the latest question is shown (a box ticked twice quickly asks twice).
    onSuccess: ({ id, checked: answer }) => {
      if (id === latestCheck.current) setChecked(answer);
    },
  });
  const apply = useMutation({
    mutationFn: (input: DryRunInput) => api.request('exchange.apply', input),
    onSuccess: () => {
      staging.clear();
      setForce(new Set());
      setChecked(null);
      check.reset();
      void queryClient.invalidateQueries({ queryKey: provinceKeys.all });
    },
  });

  const busy = check.isPending || apply.isPending || staging.progress !== null;

  const runCheck = (forced: ReadonlySet<string>) => {
    if (apply.isPending || staging.progress) return;
    const input = inputWith(forced);
    const noFiles = input.tokens.length === 0;
    const noPassphrase = input.passphrases.length === 0;
    setFilesMissing(noFiles);
    setPassphraseError(noPassphrase ? 'validation.required' : undefined);
    if (noFiles) document.getElementById('province-files')?.focus();
    else if (noPassphrase) document.getElementById(passphraseFieldId(0))?.focus();
    else check.mutate({ input, batch });
  };

  const setForced = (token: string, on: boolean) => {
    const next = new Set(force);
    if (on) next.add(token);
    else next.delete(token);
    setForce(next);
    runCheck(next);
  };

  const changePassphrases = (next: string[]) => {
    setPassphrases(next);
    if (next.some((passphrase) => passphrase !== '')) setPassphraseError(undefined);
  };

  const canApply = shown !== null && upToDate && shown.result.canApply && !check.isPending && staging.progress === null;
  const applyHint = !shown
    ? t('exchangeProvince.apply.needCheck')
    : !upToDate
      ? t('exchangeProvince.apply.stale')
      : !shown.result.canApply
        ? t('exchangeProvince.apply.blocked')
        : null;

  return (
    <div className="province-import">
      <p className="province-intro">{t('exchangeProvince.import.intro')}</p>
      {apply.isSuccess && <ApplyResult result={apply.data} />}

      <StagedFiles staging={staging} locked={check.isPending || apply.isPending} missingError={filesMissing && staging.files.length === 0} />
      <PassphraseFields values={passphrases} onChange={changePassphrases} errorKey={passphraseError} disabled={apply.isPending} />

      <div className="province-actions">
        {/* Busy rather than disabled: the focus stays on the button while main works. */}
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => !busy && runCheck(force)}>
          {t('exchangeProvince.check.run')}
        </button>
        <span role="status" className="province-actions__status">
          {check.isPending && t('exchangeProvince.check.working')}
        </span>
      </div>
      {check.isError && <ErrorAlert code={errorCode(check.error)} lead={t('exchangeProvince.check.failed')} />}

      {shown && (
        <DryRunResult
          dryRun={shown.result}
          passphrases={shown.input.passphrases}
          force={force}
          onForce={setForced}
          busy={check.isPending}
          disabled={apply.isPending}
        />
      )}

      <div className="province-actions province-apply">
        <button
          type="button"
          className="button"
          disabled={!canApply}
          aria-disabled={apply.isPending || undefined}
          aria-describedby={applyHint ? 'province-apply-hint' : undefined}
          onClick={() => shown && !apply.isPending && apply.mutate(shown.input)}
        >
          {apply.isPending ? t('exchangeProvince.apply.working') : t('exchangeProvince.apply.run')}
        </button>
        {applyHint && (
          <p id="province-apply-hint" className="province-hint">
            {applyHint}
          </p>
        )}
      </div>
      {apply.isError && <ErrorAlert code={errorCode(apply.error)} lead={t('exchangeProvince.apply.failed')} />}
    </div>
  );
}
