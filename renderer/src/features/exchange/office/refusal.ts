import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ErrorCode } from '../../../../../shared/errors';
import { ApiError } from '../../../api/client';
import { errorCode } from '../../../api/queries';
import { serverFieldIssues } from '../../children/serverIssues';

/**
 * A refusal from main shown where it belongs: each field issue beside its field (what was
 * typed stays). Answers the code for the form's alert, or null when the fields say it all.
 */
export function showRefusal<TForm extends FieldValues>(caught: unknown, fields: readonly Path<TForm>[], setError: UseFormSetError<TForm>): ErrorCode | null {
  const issues = serverFieldIssues(caught, fields);
  for (const issue of issues) setError(issue.field, { type: 'server', message: issue.message });
  const details = caught instanceof ApiError ? (caught.error.details ?? []) : [];
  return issues.length > 0 && issues.length === details.length ? null : errorCode(caught);
}
