import type { FundReportKind } from '../paths';

export const fundReportKinds: readonly FundReportKind[] = ['statement', 'childTimes', 'transparency'];

/** The report a name stands for (?report=…, a tab's id); the statement when it names none. */
export const asReportKind = (name: string | null): FundReportKind => fundReportKinds.find((kind) => kind === name) ?? 'statement';

/** How each report is printed and exported. Child-times has a pair of columns per purpose: landscape. */
export const reportOutputs = {
  statement: { excel: 'fund.statementExcel', fileName: 'bao-cao-thu-chi-quy-bao-tro-tre-em', landscape: false },
  childTimes: { excel: 'fund.childTimesExcel', fileName: 'ket-qua-ho-tro-tre-em-tu-quy', landscape: true },
  transparency: { excel: 'fund.transparencyExcel', fileName: 'danh-sach-cong-khai-ung-ho-quy', landscape: false },
} as const satisfies Record<FundReportKind, { excel: string; fileName: string; landscape: boolean }>;
