import { toIsoDate } from '../../../../../shared/format/date';
import { periodFromSearch, quickPeriod, type Period } from '../../reports/review/periods';

export type { Period } from '../../reports/review/periods';

/** The report's quick choices: the periods offices send for (month, quarter, year) and last year. */
export const reportQuickPeriods = ['thisMonth', 'thisQuarter', 'thisYear', 'lastYear'] as const;
export type ReportQuickPeriod = (typeof reportQuickPeriods)[number];

export function reportQuickPeriod(choice: ReportQuickPeriod, todayIso: string): Period {
  if (choice !== 'lastYear') return quickPeriod(choice, todayIso);
  const year = Number(todayIso.slice(0, 4)) - 1;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The period the address names (?from=…&to=…), else this calendar year. */
export const reportPeriodInSearch = (search: URLSearchParams): Period =>
  periodFromSearch(search) ?? reportQuickPeriod('thisYear', toIsoDate(new Date()));
