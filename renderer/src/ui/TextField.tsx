import type { InputHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy } from './describedBy';
import { FieldError } from './FieldError';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'onChange' | 'onBlur'> {
  id: string;
  label: string;
  hint?: string;
  /** A 'validation.*' key, or undefined when the field is fine. */
  errorKey: string | undefined;
  registration: UseFormRegisterReturn;
}

export function TextField({ id, label, hint, errorKey, registration, ...inputProps }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="text"
        aria-required="true"
        aria-invalid={errorKey ? true : undefined}
        aria-describedby={describedBy(hint && hintId, errorKey && errorId)}
        {...inputProps}
        {...registration}
      />
      <FieldError id={errorId} messageKey={errorKey} />
    </div>
  );
}
