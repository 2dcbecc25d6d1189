import { fundReportsPath, type FundReportKind } from '../../features/fund/paths';
import { periodSearch, type Period } from '../../features/reports/review/periods';

/** The print routes of the fund's reports, under /print (see ../routes.tsx). */
export const fundPrintRoutes: Record<FundReportKind, string> = {
  statement: 'fund-statement',
  childTimes: 'fund-child-times',
  transparency: 'fund-transparency',
};

/** A report's print page for a period: /print/fund-statement?from=YYYY-MM-DD&to=YYYY-MM-DD. */
export const fundPrintPath = (kind: FundReportKind, period: Period): string => `/print/${fundPrintRoutes[kind]}${periodSearch(period)}`;

/** The screen a print page goes back to: the same report and period. */
export const fundReportScreenPath = (kind: FundReportKind, period: Period | null): string =>
  period ? `${fundReportsPath(kind)}&from=${period.from}&to=${period.to}` : fundReportsPath(kind);
