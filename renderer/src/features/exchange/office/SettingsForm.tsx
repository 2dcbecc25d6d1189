import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ErrorCode } from '../../../../../shared/errors';
import type { ExchangeOverview } from '../../../../../shared/exchange';
import { exchangeSettingsSchema } from '../../../../../shared/schemas/exchange';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { TextField } from '../../../ui/TextField';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { messageKey } from '../../children/dateText';
import { useSaveExchangeSettings } from './queries';
import { showRefusal } from './refusal';

type SettingsValues = z.input<typeof exchangeSettingsSchema>;
type SettingsInput = z.output<typeof exchangeSettingsSchema>;

const settingsFields = ['officeCode', 'includePersonalIds', 'includeGuardianPhones'] as const;

/** The form's values: what is saved, or the code derived from the area when none is saved yet. */
function settingsValues(overview: ExchangeOverview): SettingsValues {
  const { settings } = overview;
  return {
    officeCode: settings.officeCode === '' ? overview.suggestedOfficeCode : settings.officeCode,
    includePersonalIds: settings.includePersonalIds,
    includeGuardianPhones: settings.includeGuardianPhones,
  };
}

interface SettingsFormProps {
  overview: ExchangeOverview;
  /** Whether something typed is not saved (the page asks before leaving). */
  onDirtyChange: (dirty: boolean) => void;
}

/** The office code printed on every package, and the personal data sent only when the province requires it. */
export function SettingsForm({ overview, onDirtyChange }: SettingsFormProps) {
  const { t } = useTranslation();
  const save = useSaveExchangeSettings();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const defaultValues = useMemo(() => settingsValues(overview), [overview]);
  const { register, handleSubmit, formState, setError, reset } = useForm<SettingsValues, unknown, SettingsInput>({
    resolver: zodResolver(exchangeSettingsSchema),
    defaultValues,
    shouldFocusError: false,
  });
  const unsavedSuggestion = overview.settings.officeCode === '';

  useEffect(() => onDirtyChange(formState.isDirty), [formState.isDirty, onDirtyChange]);

  const submit = async (input: SettingsInput) => {
    if (save.isPending) return;
    setFailure(null);
    setSaved(false);
    try {
      reset(settingsValues(await save.mutateAsync(input)));
      setSaved(true);
    } catch (caught) {
      setFailure(showRefusal(caught, settingsFields, setError));
      focusFirstError();
    }
  };

  return (
    <form ref={formRef} className="exchange-settings" noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
      <TextField
        id="exchange-office-code"
        label={t('exchangeOffice.settings.officeCode')}
        hint={
          unsavedSuggestion
            ? `${t('exchangeOffice.settings.officeCodeHint')} ${t('exchangeOffice.settings.suggested', { code: overview.suggestedOfficeCode })}`
            : t('exchangeOffice.settings.officeCodeHint')
        }
        errorKey={messageKey(formState.errors.officeCode?.message)}
        registration={register('officeCode')}
        autoComplete="off"
        spellCheck={false}
      />
      <fieldset className="checklist exchange-personal" aria-describedby="exchange-personal-hint">
        <legend>{t('exchangeOffice.settings.personal')}</legend>
        <p id="exchange-personal-hint" className="field-hint">
          {t('exchangeOffice.settings.personalHint')}
        </p>
        <div className="check-field field">
          <input id="exchange-include-ids" type="checkbox" {...register('includePersonalIds')} />
          <label htmlFor="exchange-include-ids">{t('exchangeOffice.settings.includePersonalIds')}</label>
        </div>
        <div className="check-field field">
          <input id="exchange-include-phones" type="checkbox" {...register('includeGuardianPhones')} />
          <label htmlFor="exchange-include-phones">{t('exchangeOffice.settings.includeGuardianPhones')}</label>
        </div>
      </fieldset>
      {failure && <ErrorAlert code={failure} lead={t('exchangeOffice.settings.saveFailed')} />}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {t('exchangeOffice.settings.save')}
        </button>
        <p role="status" className="form-status">
          {saved && <span className="notice-success">{t('exchangeOffice.settings.saved')}</span>}
        </p>
      </div>
    </form>
  );
}
