import type { FieldValues, Path, PathValue, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatAmount, parseMoney } from '../../../shared/format';
import { TextField } from './TextField';

interface MoneyInputProps<TForm extends FieldValues> {
  id: string;
  name: Path<TForm>;
  label: string;
  hint?: string;
  errorKey: string | undefined;
  register: UseFormRegister<TForm>;
  setValue: UseFormSetValue<TForm>;
  required?: boolean;
}

/**
 * An amount in đồng, typed the Vietnamese way ("500.000"); on leaving the field a plain
 * "500000" is shown grouped. What does not read as money stays as typed for the form's check.
 */
export function MoneyInput<TForm extends FieldValues>({ id, name, label, hint, errorKey, register, setValue, required }: MoneyInputProps<TForm>) {
  const { t } = useTranslation();
  const registration = register(name, {
    onBlur: (event: { target: { value: string } }) => {
      const amount = parseMoney(event.target.value.trim());
      if (amount === null || amount < 0) return;
      const grouped = formatAmount(amount);
      if (grouped !== event.target.value) setValue(name, grouped as PathValue<TForm, Path<TForm>>, { shouldDirty: true });
    },
  });
  return (
    <TextField
      id={id}
      label={label}
      hint={hint ?? t('gifts.form.moneyHint')}
      inputMode="numeric"
      autoComplete="off"
      aria-required={required ? true : undefined}
      errorKey={errorKey}
      registration={registration}
    />
  );
}
