import { paths } from '../../app/paths';

/** Routes of the Child Fund area, under /fund. */
export const fundOverviewPath = paths.fund;
export const donorsPath = `${paths.fund}/donors`;
export const receiptsPath = `${paths.fund}/receipts`;
export const receiptCreatePath = `${paths.fund}/receipts/new`;
export const ledgerPath = `${paths.fund}/ledger`;
export const supportsPath = `${paths.fund}/supports`;
/** A new proposal; with a child, the form starts with that child chosen. */
export const supportCreatePath = (childId?: string): string =>
  childId ? `${paths.fund}/supports/new?child=${encodeURIComponent(childId)}` : `${paths.fund}/supports/new`;
export const supportPath = (id: string): string => `${paths.fund}/supports/${encodeURIComponent(id)}`;
export type FundReportKind = 'statement' | 'childTimes' | 'transparency';
export const fundReportsPath = (report: FundReportKind = 'statement'): string => `${paths.fund}/reports?report=${report}`;
