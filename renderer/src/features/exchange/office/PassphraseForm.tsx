import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../../shared/errors';
import { passphraseSetSchema, type PassphraseSetInput } from '../../../../../shared/schemas/exchange';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { TextField } from '../../../ui/TextField';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { messageKey } from '../../children/dateText';
import { useSetPassphrase } from './queries';
import { showRefusal } from './refusal';

const passphraseFields = ['passphrase', 'repeat'] as const;
const empty: PassphraseSetInput = { passphrase: '', repeat: '' };

interface PassphraseFormProps {
  passphraseSet: boolean;
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * The passphrase agreed with the province, typed twice. Main keeps only a check of it, so it
 * is never shown back: the page says whether one is set, and a new one replaces it.
 */
export function PassphraseForm({ passphraseSet, onDirtyChange }: PassphraseFormProps) {
  const { t } = useTranslation();
  const setPassphrase = useSetPassphrase();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [done, setDone] = useState(false);
  const { register, handleSubmit, formState, setError, reset } = useForm<PassphraseSetInput>({
    resolver: zodResolver(passphraseSetSchema),
    defaultValues: empty,
    shouldFocusError: false,
  });

  useEffect(() => onDirtyChange(formState.isDirty), [formState.isDirty, onDirtyChange]);

  const submit = async (input: PassphraseSetInput) => {
    if (setPassphrase.isPending) return;
    setFailure(null);
    setDone(false);
    try {
      await setPassphrase.mutateAsync(input);
      reset(empty);
      setDone(true);
    } catch (caught) {
      setFailure(showRefusal(caught, passphraseFields, setError));
      focusFirstError();
    }
  };

  return (
    <form ref={formRef} className="exchange-passphrase" noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
      <p className="exchange-passphrase-state">
        {t('exchangeOffice.passphrase.state')}{' '}
        <strong>{passphraseSet ? t('exchangeOffice.passphrase.isSet') : t('exchangeOffice.passphrase.notSet')}</strong>
      </p>
      <p className="field-hint">{t('exchangeOffice.passphrase.hint')}</p>
      <TextField
        id="exchange-passphrase"
        label={t('exchangeOffice.passphrase.passphrase')}
        errorKey={messageKey(formState.errors.passphrase?.message)}
        registration={register('passphrase')}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
      />
      <TextField
        id="exchange-passphrase-repeat"
        label={t('exchangeOffice.passphrase.repeat')}
        errorKey={messageKey(formState.errors.repeat?.message)}
        registration={register('repeat')}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
      />
      {failure && <ErrorAlert code={failure} lead={t('exchangeOffice.passphrase.failed')} />}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={setPassphrase.isPending || undefined}>
          {passphraseSet ? t('exchangeOffice.passphrase.change') : t('exchangeOffice.passphrase.set')}
        </button>
        <p role="status" className="form-status">
          {done && <span className="notice-success">{t('exchangeOffice.passphrase.done')}</span>}
        </p>
      </div>
    </form>
  );
}
