import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describedBy } from '../../ui/describedBy';
import { FieldError } from '../../ui/FieldError';
import { TextField } from '../../ui/TextField';

interface BaseProps {
  id: string;
  label: string;
  hint?: string;
  /** An i18n key ('validation.*' or 'errors.*'), or undefined when the field is fine. */
  errorKey: string | undefined;
  registration: UseFormRegisterReturn;
  required?: boolean;
}

const ids = (id: string) => ({ hint: `${id}-hint`, error: `${id}-error` });

function Hint({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p id={id} className="field-hint">
      {text}
    </p>
  ) : null;
}

/** A one-line text field; only fields the schema requires say so to assistive technology. */
export function TextInput({ required = false, ...props }: BaseProps & { placeholder?: string; autoComplete?: string; inputMode?: 'numeric' | 'tel' | 'text' }) {
  return <TextField {...props} autoComplete={props.autoComplete ?? 'off'} aria-required={required ? true : undefined} />;
}

/** A date typed as dd/mm/yyyy (the way dates are written here); converted when the form is checked. */
export function DateInput(props: BaseProps) {
  const { t } = useTranslation();
  return <TextInput {...props} placeholder={t('children.form.datePlaceholder')} inputMode="numeric" />;
}

export function TextArea({
  id,
  label,
  hint,
  errorKey,
  registration,
  required = false,
  ...rest
}: BaseProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'>) {
  const { hint: hintId, error: errorId } = ids(id);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={hintId} text={hint} />
      <textarea
        id={id}
        rows={3}
        aria-required={required ? true : undefined}
        aria-invalid={errorKey ? true : undefined}
        aria-describedby={describedBy(hint && hintId, errorKey && errorId)}
        {...rest}
        {...registration}
      />
      <FieldError id={errorId} messageKey={errorKey} />
    </div>
  );
}

export function Select({
  id,
  label,
  hint,
  errorKey,
  registration,
  required = false,
  children,
  ...rest
}: BaseProps & { children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name' | 'children'>) {
  const { hint: hintId, error: errorId } = ids(id);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <Hint id={hintId} text={hint} />
      <select
        id={id}
        aria-required={required ? true : undefined}
        aria-invalid={errorKey ? true : undefined}
        aria-describedby={describedBy(hint && hintId, errorKey && errorId)}
        {...rest}
        {...registration}
      >
        {children}
      </select>
      <FieldError id={errorId} messageKey={errorKey} />
    </div>
  );
}
