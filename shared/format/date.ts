import { format, isExists, isValid, parseISO } from 'date-fns';

/**
 * Dates are stored as 'YYYY-MM-DD' (calendar dates, no time zone) and shown as 'dd/MM/yyyy'.
 * Calendar dates are handled as numbers, not `Date`s, so that no time zone can shift a day.
 */

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  return isExists(year, month - 1, day) ? { year, month, day } : null;
}

function parseIso(iso: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function requireIso(iso: string): CalendarDate {
  const date = parseIso(iso);
  if (!date) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${iso}`);
  return date;
}

const toIso = ({ year, month, day }: CalendarDate): string =>
  `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;

export function isIsoDate(value: string): boolean {
  return parseIso(value) !== null;
}

/** The local calendar date of a moment, as 'YYYY-MM-DD' (e.g. "today" from the clock). */
export function toIsoDate(moment: Date): string {
  return toIso({ year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() });
}

/** 'YYYY-MM-DD' → 'dd/MM/yyyy'; '' for an empty or invalid value, so tables show a blank cell. */
export function formatDate(iso: string | null | undefined): string {
  const date = iso ? parseIso(iso) : null;
  return date ? `${pad2(date.day)}/${pad2(date.month)}/${date.year}` : '';
}

/**
 * A typed date, 'd/M/yyyy' or 'dd/MM/yyyy' (also with '.' or '-' as the separator, which
 * people type too), → 'YYYY-MM-DD'. Day-first always; null for anything that is not a
 * real calendar date (31/02/2025, 29/02/2025, two-digit years).
 */
export function parseDisplayDate(text: string): string | null {
  const match = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const date = calendarDate(Number(match[4]), Number(match[3]), Number(match[1]));
  return date ? toIso(date) : null;
}

/** An ISO-8601 timestamp (stored in UTC) → 'dd/MM/yyyy HH:mm' in the machine's local time. */
export function formatDateTime(timestamp: string | null | undefined): string {
  if (!timestamp) return '';
  const moment = parseISO(timestamp);
  return isValid(moment) ? format(moment, 'dd/MM/yyyy HH:mm') : '';
}

/**
 * The date line of an administrative document (Nghị định 30/2020/NĐ-CP): days below 10 and
 * months 1 and 2 take a leading zero, other months do not — "ngày 05 tháng 02 năm 2026",
 * "ngày 15 tháng 3 năm 2026". Throws on an invalid date: a print must not show a wrong one.
 */
export function formatAdministrativeDate(iso: string): string {
  const { year, month, day } = requireIso(iso);
  const monthText = month <= 2 ? pad2(month) : String(month);
  return `ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
}

/** "Ngô Quyền, ngày 05 tháng 02 năm 2026" — the place-and-date line under a document's header. */
export function formatPlaceAndDate(place: string, iso: string): string {
  return `${place.trim()}, ${formatAdministrativeDate(iso)}`;
}

/**
 * Age in whole years on a date; null when either date is invalid or the birth comes after it.
 * Someone born on 29 February turns a year older on 1 March in common years (on 28 February
 * the anniversary has not yet come). Chosen so that a child never leaves an age bracket — and
 * with it a support entitlement — a day early; change here, and the tests pin it.
 */
export function ageOn(birthIso: string, onIso: string): number | null {
  const birth = parseIso(birthIso);
  const on = parseIso(onIso);
  if (!birth || !on || toIso(birth) > toIso(on)) return null;
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}
