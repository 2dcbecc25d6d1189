import type { ExchangePeriod, ExchangeTableName, PackageProblemCode } from './codes/exchange';
import type { FileOutput } from './register';

/** What the exchange screens show; produced by main/services/exchange. */

// ---- The office side ----------------------------------------------------------------------

export interface ExchangeSettings {
  /** The office's code as the province knows it (mã đơn vị), printed on every package. */
  officeCode: string;
  /** Children's and guardians' personal ID, birth certificate and health insurance numbers. */
  includePersonalIds: boolean;
  includeGuardianPhones: boolean;
  /** Whether a passphrase agreed with the province has been set (it is never shown again). */
  passphraseSet: boolean;
}

export interface ExportLogRow {
  id: string;
  sequence: number;
  period: ExchangePeriod;
  periodKey: string;
  createdAt: string;
  fileName: string;
  /** SHA-256 of the file, lowercase hex: what the receipt names. */
  packageSha256: string;
  sizeBytes: number;
  /** The sequence of the export of the same period this one replaces. */
  replacesSequence: number | null;
  /** Rows sent per table. */
  rowCounts: Partial<Record<ExchangeTableName, number>>;
  includePersonalIds: boolean;
  includeGuardianPhones: boolean;
  /**
   * Whether the file is still kept to be saved again. Once the province's receipt is in, the
   * office drops it: an old snapshot, readable with the shared passphrase, serves no one.
   */
  fileKept: boolean;
  /** When the province imported it, as its receipt says; null until a receipt is imported. */
  receivedAt: string | null;
  receiptImportedAt: string | null;
}

export interface ExchangeOverview {
  settings: ExchangeSettings;
  /** The code the office would use if it had not typed one (derived from its area). */
  suggestedOfficeCode: string;
  nextSequence: number;
  exports: ExportLogRow[];
}

export interface ExportResult {
  export: ExportLogRow;
  file: FileOutput;
}

export interface ReceiptImportResult {
  export: ExportLogRow;
  /** True when this receipt had been imported before: nothing changed. */
  alreadyReceived: boolean;
}

// ---- The province side --------------------------------------------------------------------

/** A file picked for import, before its passphrase is tried. */
export interface StagedPackage {
  token: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
}

export interface PackageProblem {
  code: PackageProblemCode;
  blocking: boolean;
  /** Names of tables, the sequence imported before, a row count … depending on the code. */
  details?: { tables?: string[]; sequence?: number; count?: number; table?: string; code?: string };
}

export interface TableChanges {
  table: ExchangeTableName;
  new: number;
  changed: number;
  unchanged: number;
  gone: number;
}

/** The office as its package describes itself. */
export interface PackageOffice {
  id: string;
  code: string;
  name: string;
  provinceCode: string;
}

export interface DryRunPackage {
  token: string;
  fileName: string;
  /** Null when the package could not be opened. */
  office: PackageOffice | null;
  sequence: number | null;
  period: ExchangePeriod | null;
  createdAt: string | null;
  appVersion: string | null;
  /** Which personal data the office chose to send (null when the package could not be opened). */
  includes: { personalIds: boolean; guardianPhones: boolean } | null;
  /** When this very file was imported before: that import, whose receipt can be written again. */
  earlierImportId: string | null;
  /** The sequence imported last from this office, if any. */
  lastImportedSequence: number | null;
  forced: boolean;
  /** What applying would do: 'apply', 'nothing' (same file, or a newer one in the batch), 'blocked'. */
  outcome: 'apply' | 'nothing' | 'blocked';
  problems: PackageProblem[];
  /** Per table, against what the province holds from that office now. Empty unless outcome is 'apply'. */
  tables: TableChanges[];
}

export interface DryRun {
  packages: DryRunPackage[];
  /** True when nothing blocks: apply will take every 'apply' package at once. */
  canApply: boolean;
}

export interface ImportLogRow {
  id: string;
  batchId: string;
  importedAt: string;
  office: PackageOffice;
  sequence: number;
  period: ExchangePeriod;
  createdAt: string;
  fileName: string;
  packageSha256: string;
  forced: boolean;
  tables: TableChanges[];
}

export interface ApplyResult {
  batchId: string;
  imported: ImportLogRow[];
}

/** An office the province has data from: its newest snapshot. */
export interface SourceOffice {
  office: PackageOffice;
  sequence: number;
  period: ExchangePeriod;
  createdAt: string;
  importedAt: string;
  children: number;
  rowCounts: Partial<Record<ExchangeTableName, number>>;
}

// ---- Province reports ---------------------------------------------------------------------

/** One row per office and a total row; counts are of that office's newest snapshot. */
export interface ProvinceChildrenRow {
  /** Children in special circumstances at the period's end (open group membership). */
  total: number;
  male: number;
  female: number;
  /** Per legal group code (shared/codes/groups.ts); a child in two groups counts in both. */
  byGroup: Record<string, number>;
  atRisk: number;
  /** Of `total`, those given a gift or Child Fund support in the period. */
  supported: number;
}

export interface ProvinceGiftsRow {
  campaigns: number;
  /** Lượt trẻ: gifts handed over in the period. */
  giftsDelivered: number;
  value: number;
}

export interface ProvinceFundRow {
  received: number;
  paid: number;
  /** Cash balance at the period's end. */
  balance: number;
  /** Lượt trẻ supported by the fund in the period (payments less their reversals). */
  childTimes: number;
  supportPaid: number;
}

export interface ProvinceModelsRow {
  /** Communes covered per shipped model code, in the year of the period's end. */
  covered: Record<string, number>;
  /** Communes of the office's area. */
  communes: number;
}

export interface ProvinceReportOffice {
  office: PackageOffice;
  sequence: number;
  period: ExchangePeriod;
  createdAt: string;
  children: ProvinceChildrenRow;
  gifts: ProvinceGiftsRow;
  fund: ProvinceFundRow;
  models: ProvinceModelsRow;
}

export interface ProvinceReport {
  from: string;
  to: string;
  offices: ProvinceReportOffice[];
  total: {
    children: ProvinceChildrenRow;
    gifts: ProvinceGiftsRow;
    fund: ProvinceFundRow;
    models: ProvinceModelsRow;
  };
}
