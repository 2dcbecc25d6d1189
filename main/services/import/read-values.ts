import { isIsoDate, parseDisplayDate } from '../../../shared/format/date';
import type { CellValue } from './read-sheet';
import { cellText } from './sheet-table';

/**
 * One cell → one plain value, undoing what spreadsheets do to data: dates as cells or as
 * serial numbers, identifiers and phone numbers that lost their leading zero.
 */

const DAY_MS = 86_400_000;
// Excel's day 0 is 30 December 1899 (its 1900 leap-year bug is folded into that choice).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

const isoFromUtc = (moment: Date): string => moment.toISOString().slice(0, 10);

/**
 * A date: a date cell, an Excel serial number, "dd/mm/yyyy" (also with '.' or '-') or
 * "yyyy-mm-dd". Null for a blank cell, undefined for anything else.
 */
export function readDate(cell: CellValue | undefined): string | null | undefined {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined;
    // exceljs gives midnight UTC, sometimes off by float noise: round to the minute.
    return isoFromUtc(new Date(Math.round(cell.getTime() / 60_000) * 60_000));
  }
  if (typeof cell === 'number') {
    // A bare year ("2015") is not a date; real serials for children are far above 3000.
    if (!Number.isFinite(cell) || cell < 3000 || cell > 2_958_465) return undefined;
    return isoFromUtc(new Date(EXCEL_EPOCH_MS + Math.round(cell) * DAY_MS));
  }
  const text = cellText(cell).replace(/[\sT]+0{1,2}:00(:00(\.0+)?)?Z?$/, '');
  if (text === '') return null;
  if (isIsoDate(text)) return text;
  return parseDisplayDate(text) ?? undefined;
}

/** Text, tidied: single spaces, trimmed; '' for a blank cell. */
export function readText(cell: CellValue | undefined): string {
  return cellText(cell).replace(/\s+/g, ' ');
}

/** Digits a number cell holds, left-padded to `length` (Excel drops leading zeros). */
function paddedNumber(cell: number, length: number): string {
  const digits = Number.isInteger(cell) && cell >= 0 ? String(cell) : '';
  return digits.length > 0 && digits.length < length ? digits.padStart(length, '0') : digits;
}

/** Số định danh: always 12 digits, starting with the 0 of the province code. */
export function readPersonalId(cell: CellValue | undefined): string {
  if (typeof cell === 'number') return paddedNumber(cell, 12);
  // A leading apostrophe is how people force text in a spreadsheet; it is not part of the ID.
  return readText(cell).replace(/^'/, '');
}

/** A Vietnamese mobile number stored as a number loses its leading 0 (912345678). */
export function readPhone(cell: CellValue | undefined): string {
  if (typeof cell === 'number') {
    const digits = paddedNumber(cell, 0);
    return digits.length === 9 ? `0${digits}` : digits;
  }
  return readText(cell).replace(/^'/, '');
}
