import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ErrorCode } from '../../../../../shared/errors';
import { ApiError } from '../../../api/client';
import { errorCode } from '../../../api/queries';

/**
 * Where an issue's path is shown: the path itself when the form shows it, else the nearest
 * enclosing path it shows ('criteria.3.mandatory' → 'criteria'), else nowhere (null).
 */
export function fieldFor<Field extends string>(path: string, fields: readonly Field[]): Field | null {
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const candidate = parts.slice(0, length).join('.');
    const field = fields.find((name) => name === candidate);
    if (field) return field;
  }
  return null;
}

interface Refusal<TForm extends FieldValues> {
  caught: unknown;
  /** Every path the form shows a message for, row paths included ('scores.4'), as main names them. */
  fields: readonly Path<TForm>[];
  setError: UseFormSetError<TForm>;
  /** Refusals that belong beside one field: code → field. */
  codeFields?: Partial<Record<ErrorCode, Path<TForm>>>;
}

/**
 * The models' one way to show a refusal from main: each field issue beside the field its path
 * falls in, a code that concerns one field beside it. Answers the code for the form's alert,
 * or null when the fields say it all. Callers then move focus to the first message.
 */
export function refusalOnFields<TForm extends FieldValues>({ caught, fields, setError, codeFields }: Refusal<TForm>): ErrorCode | null {
  const code = errorCode(caught);
  const details = caught instanceof ApiError ? (caught.error.details ?? []) : [];
  let placed = 0;
  for (const detail of details) {
    const field = fieldFor(detail.path, fields);
    if (!field) continue;
    setError(field, { type: 'server', message: detail.message });
    placed += 1;
  }
  const codeField = codeFields?.[code];
  if (codeField) {
    setError(codeField, { type: 'server', message: code });
    return null;
  }
  return placed > 0 && placed === details.length ? null : code;
}
