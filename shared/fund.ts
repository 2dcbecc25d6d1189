/** What the Child Fund channels answer (see contract.ts). Dates YYYY-MM-DD, times ISO UTC, money whole đồng. */
import type {
  AttachmentKind,
  DonorKind,
  DonorOrigin,
  EarmarkKind,
  LedgerAsset,
  PostingSource,
  PotKey,
  ReceiptKind,
  SpendingPurpose,
  SupportAction,
  SupportEventKind,
  SupportStatus,
  SupportType,
} from './codes/fund';
import type { Sex } from './codes/register';

/** A ledger posting just made: its id and its number in the ledger. */
export interface PostingRef {
  postingId: string;
  seq: number;
}

export interface Donor {
  id: string;
  name: string;
  kind: DonorKind;
  origin: DonorOrigin;
  anonymous: boolean;
  contactPerson: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  note: string | null;
  /** Receipts not cancelled: how many and their total (cash plus goods' value). */
  receiptCount: number;
  receivedTotal: number;
  createdAt: string;
  updatedAt: string;
}

/** A pot described for people: the general fund, or what its money is set aside for. */
export interface PotInfo {
  key: PotKey;
  kind: EarmarkKind;
  purpose: SpendingPurpose | null;
  unitId: string | null;
  unitName: string | null;
  childId: string | null;
  childName: string | null;
}

export interface Receipt {
  id: string;
  receiptNo: string;
  receivedOn: string;
  donorId: string;
  donorName: string;
  donorKind: DonorKind;
  kind: ReceiptKind;
  amount: number;
  goodsDescription: string | null;
  goodsQuantity: number | null;
  goodsUnit: string | null;
  earmark: PotInfo;
  note: string | null;
  /** The posting that put it in the ledger (its number in the ledger). */
  postingId: string;
  postingSeq: number;
  cancelled: { on: string; reason: string; postingSeq: number } | null;
  createdAt: string;
}

/** Goods received in kind and what is left of them. */
export interface GoodsLot {
  receiptId: string;
  receiptNo: string;
  receivedOn: string;
  donorName: string;
  description: string;
  unit: string | null;
  quantityReceived: number;
  quantityLeft: number;
  valueReceived: number;
  valueLeft: number;
  earmark: PotInfo;
}

export interface PotBalance extends PotInfo {
  balance: number;
}

/** The fund now: cash by pot, goods by lot, and the closed periods. */
export interface FundOverview {
  cash: { total: number; pots: PotBalance[] };
  goods: { totalValue: number; lots: GoodsLot[] };
  closedPeriods: ClosedPeriod[];
  /**
   * Postings made with an overdraft override, newest first (for the accountant's eye). amount is
   * what the posting overdrew: how far it took the general fund below what it could give (not the
   * whole payment).
   */
  overrides: { postingId: string; seq: number; postedOn: string; amount: number; reason: string }[];
}

export interface ClosedPeriod {
  /** "2026-10" or "2026". */
  period: string;
  closedAt: string;
}

/** One posting as a ledger line, for the chosen asset and pot. */
export interface LedgerLine {
  postingId: string;
  /** The posting's number: postings are numbered in the order they were made. */
  seq: number;
  postedOn: string;
  source: PostingSource;
  /** For a reversal: the source of the posting it reverses. */
  reversedSource: PostingSource | null;
  /** Receipt number, decision number, campaign name … (never a child's name). */
  reference: string | null;
  donorName: string | null;
  purpose: SpendingPurpose | null;
  /** The line's child, for the office's screen only (the print shows no names). */
  childId: string | null;
  childName: string | null;
  campaignId: string | null;
  campaignName: string | null;
  /** Goods lines also carry the quantity and its unit ("thùng", "suất" …). */
  pots: { pot: PotInfo; amount: number; quantity: number | null; goodsUnit: string | null }[];
  /** In (+) or out (−) of the chosen asset and pot. */
  amount: number;
  /** The balance after this line, in the order (postedOn, seq). */
  balance: number;
  /** The posting this one reverses, and the one that reversed this one. */
  reversesSeq: number | null;
  reversedBySeq: number | null;
  reason: string | null;
  overrideReason: string | null;
  locked: boolean;
}

export interface Ledger {
  from: string;
  to: string;
  asset: LedgerAsset;
  pot: PotInfo | null;
  opening: number;
  lines: LedgerLine[];
  totalIn: number;
  totalOut: number;
  closing: number;
}

/** What a case or campaign could be paid from on a day, pot by pot (only pots with money). */
export interface Availability {
  on: string;
  pots: PotBalance[];
  total: number;
  /** For a case: its approved amount. */
  approvedAmount: number | null;
}

export interface SupportListRow {
  id: string;
  childId: string;
  childName: string;
  birthDate: string;
  sex: Sex;
  unitId: string;
  unitName: string;
  type: SupportType;
  status: SupportStatus;
  proposedOn: string;
  estimatedCost: number;
  decisionNo: string | null;
  approvedAmount: number | null;
  doneOn: string | null;
  costFund: number | null;
  costTotal: number | null;
}

export interface SupportEvent {
  id: string;
  kind: SupportEventKind;
  at: string;
  /** The day it refers to (decision date, done date, follow-up day …). */
  on: string | null;
  text: string | null;
}

export interface Attachment {
  id: string;
  kind: AttachmentKind;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  addedAt: string;
}

export interface SupportPayment {
  postingId: string;
  seq: number;
  paidOn: string;
  amount: number;
  pots: { pot: PotInfo; amount: number }[];
  overrideReason: string | null;
}

export interface SupportDetail extends SupportListRow {
  proposedBy: string | null;
  diagnosis: string | null;
  proposalNote: string | null;
  decisionDate: string | null;
  hospital: string | null;
  paidOn: string | null;
  costInsurance: number | null;
  costCofunders: number | null;
  cofunderNames: string | null;
  costFamily: number | null;
  doneNote: string | null;
  closedOn: string | null;
  closedReason: string | null;
  /** The payment that stands (not reversed), if done. */
  payment: SupportPayment | null;
  events: SupportEvent[];
  attachments: Attachment[];
  /** What the case's status allows (supportActionsByStatus). */
  actions: SupportAction[];
  createdAt: string;
  updatedAt: string;
}

/** Everything the fund gave one child, and what donors set aside for them. */
export interface ChildFundSupport {
  supports: SupportDetail[];
  earmarked: { receiptId: string; receiptNo: string; receivedOn: string; donorName: string; kind: ReceiptKind; amount: number; cancelled: boolean }[];
}

/** An attachment opened by main (Electron) or handed to the renderer to show (browser mode). */
export interface OpenedAttachment {
  opened: boolean;
  file: { fileName: string; mimeType: string; base64: string } | null;
}

// ── Reports ───────────────────────────────────────────────────────────────────────────────

export interface AssetAmounts {
  cash: number;
  goods: number;
  total: number;
}

/** Báo cáo thu, chi Quỹ for a period: opening + receipts − payments = closing. */
export interface FundStatement {
  from: string;
  to: string;
  opening: AssetAmounts;
  /** Every donor kind and origin, zeros included; cancellations net off in their period. */
  receipts: { kind: DonorKind; origin: DonorOrigin; amounts: AssetAmounts }[];
  receiptsTotal: AssetAmounts;
  /** Every spending purpose, zeros included; reversals net off in their period. */
  payments: { purpose: SpendingPurpose; amounts: AssetAmounts }[];
  paymentsTotal: AssetAmounts;
  closing: AssetAmounts;
}

export interface ChildTimesCell {
  /** Lượt trẻ: +1 per support payment posted in the period, −1 per reversal of one; each gift handed over counts once. */
  children: number;
  /** The fund's part, in đồng. */
  amount: number;
}

export interface ChildTimesRow {
  unitId: string;
  unitName: string;
  cells: Record<SpendingPurpose, ChildTimesCell>;
  total: ChildTimesCell;
}

/** Lượt trẻ and VND by support type and commune, for a period. */
export interface ChildTimesReport {
  from: string;
  to: string;
  rows: ChildTimesRow[];
  totals: Record<SpendingPurpose, ChildTimesCell>;
  total: ChildTimesCell;
}

export interface TransparencyDonorRow {
  number: number;
  /** The donor's name, or anonymousDonorName. */
  name: string;
  kind: DonorKind;
  origin: DonorOrigin;
  /** Organisations' addresses are published; individuals' are not. */
  address: string | null;
  cash: number;
  goods: number;
  total: number;
  /** What the donations were set aside for, in public words (never a child's name). */
  purposes: string;
}

/** A list the office can publish: who gave what, and what it was spent on. */
export interface TransparencyReport {
  from: string;
  to: string;
  donors: TransparencyDonorRow[];
  donorsTotal: AssetAmounts;
  totalInWords: string;
  spending: { purpose: SpendingPurpose; children: number; amount: number }[];
  spendingTotal: { children: number; amount: number };
}
