import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ErrorCode } from '../../../../../shared/errors';
import { ApiError } from '../../../api/client';
import { serverFieldIssues } from '../../children/serverIssues';

interface Refusal<TForm extends FieldValues> {
  caught: unknown;
  /** The form's fields, named as the schema names them (main's issue paths). */
  fields: readonly Path<TForm>[];
  setError: UseFormSetError<TForm>;
  /** Refusals that belong beside one field: code → field. */
  codeFields?: Partial<Record<ErrorCode, Path<TForm>>>;
  /** The case changed under the user (another window, a stale page): the page offers a reload. */
  onTransition?: () => void;
}

/**
 * A refusal from main, spread over the form: field issues beside their fields, some codes beside
 * the field they concern, a stale status to the page. Answers the code for the form's alert,
 * or null when nothing is left to say there.
 */
export function showRefusal<TForm extends FieldValues>({ caught, fields, setError, codeFields, onTransition }: Refusal<TForm>): ErrorCode | null {
  const code: ErrorCode = caught instanceof ApiError ? caught.error.code : 'errors.internal';
  if (code === 'errors.supportTransition' && onTransition) {
    onTransition();
    return null;
  }
  for (const { field, message } of serverFieldIssues(caught, fields)) setError(field, { type: 'server', message });
  const field = codeFields?.[code];
  if (field) {
    setError(field, { type: 'server', message: code });
    return null;
  }
  return code;
}
