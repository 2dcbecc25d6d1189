import { formatDate, parseDisplayDate } from '../../../../shared/format';

/**
 * A date as typed ('dd/mm/yyyy') → what the shared schemas parse: ISO when it reads as a
 * real date, undefined when empty (→ 'validation.required'), otherwise the text itself so
 * that the schema answers 'validation.date'. The field keeps showing what was typed.
 */
export function dateForSchema(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return parseDisplayDate(trimmed) ?? trimmed;
}

/** ISO → the text shown in a date field. */
export const dateForField = (iso: string | null | undefined): string => formatDate(iso);

/** Error messages are i18n keys: 'validation.*' from the schemas, 'errors.*' from main. */
export function messageKey(message: string | undefined): string | undefined {
  if (message === undefined || message === '') return undefined;
  return message.startsWith('validation.') || message.startsWith('errors.') ? message : 'validation.invalid';
}
