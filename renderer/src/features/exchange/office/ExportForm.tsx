import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ErrorCode } from '../../../../../shared/errors';
import type { ExchangeOverview, ExportLogRow } from '../../../../../shared/exchange';
import { formatDateTime } from '../../../../../shared/format';
import { exportInputSchema } from '../../../../../shared/schemas/exchange';
import { useApi } from '../../../api/ApiProvider';
import { saveFile } from '../../../api/files';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { TextField } from '../../../ui/TextField';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { todayIso } from '../../children/age';
import { messageKey } from '../../children/dateText';
import { personalData, useExchangeLabels } from '../labels';
import { exchangeSettingsPath } from '../paths';
import { chosenPeriod, exportFields, exportReplaced, type ExportInput, type ExportValues } from './exportValues';
import { lastEndedPeriod } from './lastEndedPeriod';
import { PeriodFields } from './PeriodFields';
import { useExport } from './queries';
import { showRefusal } from './refusal';

/** What the last export came to: saved where the user chose, not saved (dialog closed), or saving failed. */
type Outcome = { row: ExportLogRow; saved: boolean; saveFailure: ErrorCode | null };

/**
 * "Xuất tệp": the period the package is labelled with and the exchange passphrase typed again;
 * main makes the package, then it is saved where the user picks (a download in browser mode).
 */
export function ExportForm({ overview }: { overview: ExchangeOverview }) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const api = useApi();
  const exportPackage = useExport();
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const today = useMemo(() => todayIso(), []);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { register, handleSubmit, formState, control, setValue, setError, clearErrors } = useForm<ExportValues, unknown, ExportInput>({
    resolver: zodResolver(exportInputSchema),
    defaultValues: { period: lastEndedPeriod('month', today), passphrase: '' },
    shouldFocusError: false,
  });
  const periodValues = useWatch({ control, name: 'period' });
  const period = chosenPeriod(periodValues);
  const replaced = exportReplaced(period, overview.exports);

  useEffect(() => {
    if (outcome) doneRef.current?.focus();
  }, [outcome]);

  const submit = async (input: ExportInput) => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    setOutcome(null);
    try {
      let result;
      try {
        result = await exportPackage.mutateAsync(input);
      } catch (caught) {
        const code = showRefusal(caught, exportFields, setError);
        // Main names the field; should it not, a wrong passphrase still belongs beside it.
        if (code === 'errors.passphraseMismatch') setError('passphrase', { type: 'server', message: code });
        else setFailure(code);
        focusFirstError();
        return;
      }
      // The package exists now (it is in the log): the passphrase has done its work.
      setValue('passphrase', '');
      clearErrors();
      try {
        const { saved } = await saveFile(api, result.file);
        setOutcome({ row: result.export, saved, saveFailure: null });
      } catch (caught) {
        setOutcome({ row: result.export, saved: false, saveFailure: errorCode(caught) });
      }
    } finally {
      setBusy(false);
    }
  };

  const personalText = {
    none: t('exchangeOffice.export.personal.none'),
    ids: t('exchangeOffice.export.personal.ids'),
    phones: t('exchangeOffice.export.personal.phones'),
    both: t('exchangeOffice.export.personal.both'),
  }[personalData({ personalIds: overview.settings.includePersonalIds, guardianPhones: overview.settings.includeGuardianPhones })];

  const passphraseError = messageKey(formState.errors.passphrase?.message);
  const doneText = (done: Outcome): string => {
    const what = { sequence: done.row.sequence, period: labels.period(done.row.period), fileName: done.row.fileName };
    const replaces = done.row.replacesSequence === null ? '' : ` ${t('exchangeOffice.export.doneReplaces', { sequence: done.row.replacesSequence })}`;
    return (done.saved ? t('exchangeOffice.export.saved', what) : t('exchangeOffice.export.notSaved', what)) + replaces;
  };

  return (
    <form ref={formRef} className="exchange-export" noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
      <PeriodFields kind={periodValues.kind} year={periodValues.year} todayIso={today} register={register} setValue={setValue} errors={formState.errors} />
      <p id="exchange-export-what" className={replaced ? 'exchange-warning' : 'exchange-what'} role="status">
        {period &&
          (replaced
            ? t('exchangeOffice.export.replacement', {
                period: labels.period(period),
                sequence: replaced.sequence,
                date: formatDateTime(replaced.createdAt),
                next: overview.nextSequence,
              })
            : t('exchangeOffice.export.firstTime', { period: labels.period(period), next: overview.nextSequence }))}
      </p>
      <p className="exchange-personal-data">
        <span id="exchange-export-personal">{personalText}</span> <Link to={exchangeSettingsPath}>{t('exchangeOffice.export.personal.link')}</Link>
      </p>
      <TextField
        id="exchange-export-passphrase"
        label={t('exchangeOffice.export.passphrase')}
        hint={t('exchangeOffice.export.passphraseHint')}
        errorKey={passphraseError}
        registration={register('passphrase')}
        type="password"
        autoComplete="off"
        spellCheck={false}
      />
      {failure && <ErrorAlert code={failure} lead={t('exchangeOffice.export.failed')} />}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={busy || undefined} aria-describedby="exchange-export-what exchange-export-personal">
          {t('exchangeOffice.export.submit')}
        </button>
        <p role="status" className="form-status">
          {busy && t('exchangeOffice.export.working')}
        </p>
      </div>
      <p ref={doneRef} tabIndex={-1} role="status" className="form-status exchange-done">
        {outcome && <span className={outcome.saved ? 'notice-success' : 'exchange-notice'}>{doneText(outcome)}</span>}
      </p>
      {outcome?.saveFailure && <ErrorAlert code={outcome.saveFailure} lead={t('exchangeOffice.export.saveFailed', { sequence: outcome.row.sequence })} />}
    </form>
  );
}
