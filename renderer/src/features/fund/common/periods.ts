import { toIsoDate } from '../../../../../shared/format/date';
import { periodFromSearch, quickPeriod, type Period } from '../../reports/review/periods';

export { periodFromSearch, periodSearch, type Period } from '../../reports/review/periods';

/** The quick choices of the fund's pages: its accounts run by calendar month, quarter and year. */
export const fundQuickPeriods = ['thisMonth', 'thisQuarter', 'thisYear', 'lastYear'] as const;
export type FundQuickPeriod = (typeof fundQuickPeriods)[number];

/** The calendar month, quarter or year that holds today, or the whole year before it. */
export function fundQuickPeriod(choice: FundQuickPeriod, todayIso: string): Period {
  if (choice !== 'lastYear') return quickPeriod(choice, todayIso);
  const year = Number(todayIso.slice(0, 4)) - 1;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The period a fund page's address names (?from=…&to=…), else this calendar year: what the pages show first. */
export const periodInSearch = (search: URLSearchParams): Period => periodFromSearch(search) ?? fundQuickPeriod('thisYear', toIsoDate(new Date()));
