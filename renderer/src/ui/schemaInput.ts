import { parseMoney } from '../../../shared/format';

/**
 * Money as typed ("500.000", "500000", "500.000 đ") → whole đồng for the shared schemas. A blank
 * field gives `blank`; text that does not read as money is passed on as it is, so that the
 * schema answers 'validation.money'.
 */
export function moneyForSchema<Blank extends number | undefined>(text: string, blank: Blank): number | string | Blank {
  const trimmed = text.trim();
  if (trimmed === '') return blank;
  return parseMoney(trimmed) ?? trimmed;
}

/** A whole number as typed (a year, an age, months) → number; '' → null; anything else as typed. */
export function wholeNumberForSchema(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : trimmed;
}
