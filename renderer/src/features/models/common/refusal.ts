import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ErrorCode } from '../../../../../shared/errors';
import { errorCode } from '../../../api/queries';
import { serverFieldIssues } from '../../children/serverIssues';

/**
 * A refusal from main spread over a form: its field issues beside their fields. Answers the code
 * for the form's alert, or null when every issue found its field (the field says it all).
 */
export function refusalOnFields<TForm extends FieldValues>(caught: unknown, fields: readonly Path<TForm>[], setError: UseFormSetError<TForm>): ErrorCode | null {
  const issues = serverFieldIssues(caught, fields);
  for (const { field, message } of issues) setError(field, { type: 'server', message });
  return issues.length > 0 ? null : errorCode(caught);
}
