import { addDays, addMonths, endOfMonth, endOfQuarter, endOfYear, startOfMonth, startOfQuarter, startOfYear } from 'date-fns';
import { isIsoDate, toIsoDate } from '../../../../../shared/format/date';

/** A report period, both days included, as YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
}

export const quickPeriods = ['thisMonth', 'thisQuarter', 'lastSixMonths', 'thisYear'] as const;
export type QuickPeriod = (typeof quickPeriods)[number];

// Calendar arithmetic on local midnight: date-fns keeps it right across time-zone changes.
const localDate = (iso: string): Date => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/**
 * The quick choices, relative to today: the calendar month, quarter or year that holds
 * today, or the six months that end today (22/11 → 23/05 to 22/11).
 */
export function quickPeriod(choice: QuickPeriod, todayIso: string): Period {
  const today = localDate(todayIso);
  switch (choice) {
    case 'thisMonth':
      return { from: toIsoDate(startOfMonth(today)), to: toIsoDate(endOfMonth(today)) };
    case 'thisQuarter':
      return { from: toIsoDate(startOfQuarter(today)), to: toIsoDate(endOfQuarter(today)) };
    case 'lastSixMonths':
      return { from: toIsoDate(addDays(addMonths(today, -6), 1)), to: todayIso };
    case 'thisYear':
      return { from: toIsoDate(startOfYear(today)), to: toIsoDate(endOfYear(today)) };
  }
}

/** The period in a page address (?from=…&to=…), or null when it is missing or not a real period. */
export function periodFromSearch(params: URLSearchParams): Period | null {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return isIsoDate(from) && isIsoDate(to) && from <= to ? { from, to } : null;
}

export const periodSearch = ({ from, to }: Period): string => `?from=${from}&to=${to}`;
