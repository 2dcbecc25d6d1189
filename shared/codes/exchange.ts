import { romanNumeral } from '../format/roman';

/**
 * Exchange with the province (DOMAIN.md §1, §10): the reporting periods an office sends for,
 * the tables a package may carry, and what a dry run can find wrong with a package.
 */

export const exchangePeriodKinds = ['month', 'quarter', 'half', 'year'] as const;
export type ExchangePeriodKind = (typeof exchangePeriodKinds)[number];

/** A reporting period: a month (1–12), a quarter (1–4), a half year (1–2) or a year (number 1). */
export interface ExchangePeriod {
  kind: ExchangePeriodKind;
  year: number;
  number: number;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

const monthsIn: Record<ExchangePeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/** How many periods of this kind a year has. */
export const periodsPerYear = (kind: ExchangePeriodKind): number => 12 / monthsIn[kind];

/** A stable key: 2026-11, 2026-Q4, 2026-H2, 2026. Exporting the same key again is a replacement. */
export function periodKey(period: ExchangePeriod): string {
  switch (period.kind) {
    case 'month':
      return `${period.year}-${pad2(period.number)}`;
    case 'quarter':
      return `${period.year}-Q${period.number}`;
    case 'half':
      return `${period.year}-H${period.number}`;
    case 'year':
      return String(period.year);
  }
}

/** The inverse of periodKey; undefined for anything else. */
export function parsePeriodKey(key: string): ExchangePeriod | undefined {
  const match = /^(\d{4})(?:-(\d{2})|-Q([1-4])|-H([12]))?$/.exec(key);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', year, number: month } : undefined;
  }
  if (match[3] !== undefined) return { kind: 'quarter', year, number: Number(match[3]) };
  if (match[4] !== undefined) return { kind: 'half', year, number: Number(match[4]) };
  return { kind: 'year', year, number: 1 };
}

/** The period's first and last day (YYYY-MM-DD). */
export function periodRange(period: ExchangePeriod): { from: string; to: string } {
  const months = monthsIn[period.kind];
  const firstMonth = (period.number - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  const lastDay = new Date(Date.UTC(period.year, lastMonth, 0)).getUTCDate();
  return { from: `${period.year}-${pad2(firstMonth)}-01`, to: `${period.year}-${pad2(lastMonth)}-${pad2(lastDay)}` };
}

/** As printed on documents and in file names' readers: "Tháng 11/2026", "Quý IV/2026", "6 tháng cuối năm 2026", "Năm 2026". */
export function periodDocumentName(period: ExchangePeriod): string {
  switch (period.kind) {
    case 'month':
      return `Tháng ${period.number}/${period.year}`;
    case 'quarter':
      return `Quý ${romanNumeral(period.number)}/${period.year}`;
    case 'half':
      return `6 tháng ${period.number === 1 ? 'đầu' : 'cuối'} năm ${period.year}`;
    case 'year':
      return `Năm ${period.year}`;
  }
}

/**
 * The tables a package carries, in the order they are written and applied (parents first).
 * Each domain adds its tables here and in main/services/exchange/tables.ts (what is sent of
 * each), and a label under exchange.tables in the locale files. Abuse cases are never here:
 * the province gets their counts only.
 */
export const exchangeTableNames = [
  'circumstance_option',
  'child',
  'guardian',
  'membership',
  'visit',
  'gift_campaign',
  'gift_funding',
  'gift_group_rate',
  'gift_recipient',
  'fund_donor',
  'fund_receipt',
  'fund_support',
  'fund_support_event',
  'fund_posting',
  'fund_entry',
  'fund_period_close',
  'model_type',
  'model_rollout',
  'model_target',
  'safe_home_criterion',
  'safe_home_assessment',
  'safe_home_child',
  'child_friendly_criterion',
  'child_friendly_score',
  'flood_point',
] as const;
export type ExchangeTableName = (typeof exchangeTableNames)[number];

export const isExchangeTableName = (name: string): name is ExchangeTableName =>
  (exchangeTableNames as readonly string[]).includes(name);

/**
 * What a dry run can find wrong with a package. Blocking ones stop the whole import until the
 * package is taken out of the batch (or, for an older package, forced); the others are told.
 */
const blockingProblemCodes = [
  'unreadable',
  'unknownVersion',
  'wrongPassphrase',
  'corrupted',
  'tooLarge',
  'notAPackage',
  'badManifest',
  'badRows',
  'otherProvince',
  'ownOffice',
  'olderThanImported',
] as const;

const toldProblemCodes = ['alreadyImported', 'supersededInBatch', 'unknownTables', 'missingReferences', 'officeCodeTaken'] as const;

export const packageProblemCodes = [...blockingProblemCodes, ...toldProblemCodes] as const;
export type PackageProblemCode = (typeof packageProblemCodes)[number];

export const blockingProblems: readonly PackageProblemCode[] = blockingProblemCodes;

/** The shortest exchange passphrase, in Unicode code points after NFC: the form and the file format both refuse less. */
export const minPassphraseLength = 12;
export const passphraseLongEnough = (text: string): boolean => [...text.normalize('NFC')].length >= minPassphraseLength;

/** The file extensions: packages the office sends, receipts the province sends back. */
export const packageExtension = 'btte';
export const receiptExtension = 'btte-bn';
