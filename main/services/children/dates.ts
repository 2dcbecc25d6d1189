import { childAgeLimit, turning16NoticeDays } from '../../../shared/codes/register';

/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings, in UTC so that no time zone shifts a day.
 * Age follows ageOn (shared/format/date.ts): someone born on 29 February has the birthday on
 * 1 March in a common year.
 */
const parts = (iso: string): [number, number, number] => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return [y, m, d];
};

const toIso = (date: Date): string => date.toISOString().slice(0, 10);

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return toIso(new Date(Date.UTC(y, m - 1, d + days)));
}

/** The day someone born on `birthIso` turns `years` old. */
export function birthday(birthIso: string, years: number): string {
  const [y, m, d] = parts(birthIso);
  if (m === 2 && d === 29 && !isLeap(y + years)) return `${String(y + years).padStart(4, '0')}-03-01`;
  return `${String(y + years).padStart(4, '0')}${birthIso.slice(4)}`;
}

/**
 * The latest birth date of someone who is at least `years` old on `onIso`: the same day
 * `years` earlier (28 February when that year has no 29th). Lets an age filter be a range
 * on birth_date, which an index serves.
 */
export function bornOnOrBefore(onIso: string, years: number): string {
  const [y, m, d] = parts(onIso);
  const year = String(y - years).padStart(4, '0');
  if (m === 2 && d === 29 && !isLeap(y - years)) return `${year}-02-28`;
  return `${year}${onIso.slice(4)}`;
}

/** The last day of the notice period: children turning 16 by then are flagged. */
export const noticeEnd = (today: string): string => addDays(today, turning16NoticeDays);

/** The 16th birthday when it falls within the notice period or has passed; null otherwise. */
export function sixteenOn(birthIso: string, today: string): string | null {
  const day = birthday(birthIso, childAgeLimit);
  return day <= noticeEnd(today) ? day : null;
}
