import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ErrorCode } from '../../../../../shared/errors';
import { errorCode } from '../../../api/queries';
import { serverFieldIssues } from '../../children/serverIssues';

/** Refusals about the day a posting is dated: shown beside the date field. */
export const dateRefusals: readonly ErrorCode[] = ['errors.periodLocked', 'errors.futureDate', 'errors.reversalBeforeOriginal'];

/** Each of `codes` beside one field. */
export function codesAt<Field extends string>(field: Field, codes: readonly ErrorCode[]): Partial<Record<ErrorCode, Field>> {
  return Object.fromEntries(codes.map((code) => [code, field]));
}

interface Refusal<TForm extends FieldValues> {
  caught: unknown;
  /** The form's fields, named as the schema names them (main's issue paths). */
  fields: readonly Path<TForm>[];
  setError: UseFormSetError<TForm>;
  /** Refusals that belong beside one field: code → field. */
  codeFields?: Partial<Record<ErrorCode, Path<TForm>>>;
  /** Refusals the form answers in its own way (asking for an override reason): not repeated in the alert. */
  handled?: readonly ErrorCode[];
  /** The case changed under the user (another window, a stale page): the page offers a reload. */
  onTransition?: () => void;
}

/**
 * A refusal from main, spread over the form: field issues beside their fields, some codes beside
 * the field they concern, a stale status to the page. Answers the code for the form's alert,
 * or null when nothing is left to say there. Callers then move focus to the first message.
 */
export function showRefusal<TForm extends FieldValues>({ caught, fields, setError, codeFields, handled, onTransition }: Refusal<TForm>): ErrorCode | null {
  const code = errorCode(caught);
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
  return handled?.includes(code) ? null : code;
}
