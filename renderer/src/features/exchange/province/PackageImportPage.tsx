import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ApplyResult } from './ApplyResult';
import { DryRunResult } from './DryRunResult';
import { useImportSession } from './ImportSession';
import { PassphraseFields } from './PassphraseFields';
import { StagedFiles } from './StagedFiles';
import './province.css';

/**
 * Nhập tệp (/exchange/import): pick the offices' packages, type the passphrases, check them
 * (a dry run: what each would change, what stands in the way), then import all at once.
 * What is picked, typed and checked lives in the exchange area (ImportSession), not here.
 */
export function PackageImportPage() {
  const { t } = useTranslation();
  const session = useImportSession();
  const { staging, shown, upToDate, check, apply, busy, canApply, summaryFocus } = session;
  const summaryRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (!shown || !summaryFocus.current) return;
    summaryFocus.current = false;
    summaryRef.current?.focus();
  }, [shown, summaryFocus]);

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
      {apply.isSuccess && <ApplyResult result={apply.data} focus={session.appliedFocus} />}

      <StagedFiles
        staging={staging}
        locked={check.isPending || apply.isPending}
        missingError={session.filesMissing && staging.files.length === 0}
      />
      <PassphraseFields
        values={session.passphrases}
        onChange={session.changePassphrases}
        errorKey={session.passphraseError}
        disabled={apply.isPending}
      />

      <div className="province-actions">
        {/* Busy rather than disabled: the focus stays on the button while main works. */}
        <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => !busy && session.runCheck(session.force, true)}>
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
          force={session.force}
          onForce={session.setForced}
          busy={check.isPending}
          disabled={apply.isPending}
          summaryRef={summaryRef}
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
