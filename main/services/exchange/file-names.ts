import { packageExtension, receiptExtension } from '../../../shared/codes/exchange';
import { exchangeSettingsSchema } from '../../../shared/schemas/exchange';

/**
 * The names of the files the exchange writes (ASCII, safe on every system and for
 * fileOutputSchema), built from the office code, the period key and the sequence number.
 */

/** An office code as the settings form accepts it ([0-9A-Za-z._-], at most 20): safe in a file name. */
export function isOfficeCode(code: string): boolean {
  const parsed = exchangeSettingsSchema.shape.officeCode.safeParse(code);
  // The schema trims; a code with spaces around it is not one as it stands.
  return parsed.success && parsed.data === code;
}

const numbered = (sequence: number): string => `so${String(sequence).padStart(3, '0')}`;

/** BTTE_<code>_<period>_so<sequence>.btte */
export const packageFileName = (officeCode: string, periodKey: string, sequence: number): string =>
  `BTTE_${officeCode}_${periodKey}_${numbered(sequence)}.${packageExtension}`;

/** BTTE_<code>_so<sequence>_bien-nhan.btte-bn */
export const receiptFileName = (officeCode: string, sequence: number): string =>
  `BTTE_${officeCode}_${numbered(sequence)}_bien-nhan.${receiptExtension}`;

/** BTTE_<code>_<period>_so<sequence>_tom-tat.xlsx */
export const summaryFileName = (officeCode: string, periodKey: string, sequence: number): string =>
  `BTTE_${officeCode}_${periodKey}_${numbered(sequence)}_tom-tat.xlsx`;
