/** What the gift channels answer (see contract.ts). Dates YYYY-MM-DD, times ISO UTC, money whole đồng. */
import type { GroupCode } from './codes/groups';
import type { HouseholdStatus, Sex } from './codes/register';
import type {
  AmountSource,
  CampaignStatus,
  DeliveryStatus,
  FundingSourceKind,
  GiftChangeKind,
  GiftOccasion,
  RecipientOrigin,
} from './codes/gifts';
import type { SelectionRules } from './schemas/gifts';

export interface FundingSource {
  id: string;
  kind: FundingSourceKind;
  sponsorName: string | null;
  amount: number;
}

export interface GroupRate {
  groupCode: GroupCode;
  cash: number;
  goodsValue: number;
}

/** Planned: the children on the list (not removed) and their gifts; delivered: handed over. */
export interface GiftTotals {
  plannedChildren: number;
  plannedAmount: number;
  deliveredChildren: number;
  deliveredAmount: number;
}

export interface CampaignListRow extends GiftTotals {
  id: string;
  name: string;
  occasion: GiftOccasion;
  year: number;
  startDate: string;
  endDate: string;
  status: CampaignStatus;
  budget: number;
}

export interface CampaignDetail extends CampaignListRow {
  cashPerChild: number;
  goodsDescription: string | null;
  goodsValuePerChild: number;
  funding: FundingSource[];
  groupRates: GroupRate[];
  note: string | null;
  /** The rules last applied (null before the first selection). */
  rules: SelectionRules | null;
  frozenAt: string | null;
  /** budget − plannedAmount; negative when the list costs more than the budget. */
  remainingBudget: number;
  /** Children by delivery status (removed children not counted). */
  statusCounts: Record<DeliveryStatus, number>;
  createdAt: string;
  updatedAt: string;
}

export interface SelectionPreview {
  /** How many children the rules match. The list itself is the campaign's list once applied. */
  matched: number;
  /** Of those, children removed from the list by hand: they stay removed. */
  removedByHand: number;
  byUnit: { unitId: string; unitName: string; count: number }[];
  /** What applying would do to the list: children added, and rule-proposed children taken off. */
  toAdd: number;
  toDrop: number;
  /** Children the "no gift from the same source in N months" rule left out. */
  excludedByRecentGift: number;
  plannedAmount: number;
}

export interface RecipientRow {
  id: string;
  childId: string;
  fullName: string;
  birthDate: string;
  sex: Sex;
  unitId: string;
  unitName: string;
  village: string | null;
  addressLine: string | null;
  /** The group the child is listed under (sets the gift when the group has its own), or null for an at-risk child. */
  groupCode: GroupCode | null;
  /** For a child listed as at risk: the at-risk option's code. */
  atRiskCode: string | null;
  proxyName: string | null;
  cash: number;
  goodsValue: number;
  amount: number;
  amountSource: AmountSource;
  origin: RecipientOrigin;
  /** False once removed from the list (kept, with the reason, for the record). */
  included: boolean;
  addReason: string | null;
  removeReason: string | null;
  status: DeliveryStatus;
  deliveredOn: string | null;
  receivedBy: string | null;
  deliveryNote: string | null;
}

export interface GiftChange {
  id: string;
  at: string;
  kind: GiftChangeKind;
  recipientId: string;
  childName: string;
  unitName: string;
  reason: string;
  oldAmount: number | null;
  newAmount: number | null;
}

export interface RosterRow {
  number: number;
  recipientId: string;
  fullName: string;
  birthDate: string;
  sex: Sex;
  /** The unit whose part of the roster the child is on (a heading row on a whole-area roster). */
  unitId: string;
  unitName: string;
  /** Address line and village, as printed (the unit is named above the rows). */
  address: string;
  /** "Hoàn cảnh", as printed (Vietnamese). */
  circumstance: string;
  proxyName: string | null;
  amount: number;
}

export interface Roster {
  campaignId: string;
  campaignName: string;
  occasion: GiftOccasion;
  year: number;
  /** "DANH SÁCH TRẺ EM NHẬN QUÀ TẾT NGUYÊN ĐÁN NĂM 2027" (rosterTitle), or the follow-up list's title. */
  title: string;
  /** The unit printed under the title, or null for the whole area. */
  unitName: string | null;
  followUp: boolean;
  /** Cash and goods per child, in words, for the line under the title. */
  giftDescription: string;
  rows: RosterRow[];
  totalAmount: number;
  /** "Bằng chữ: …" without the label: moneyInWords(totalAmount). */
  totalInWords: string;
}

export interface SummaryLine extends GiftTotals {
  key: string;
  label: string;
}

/** A campaign's summary: planned and delivered, per unit, per group and per funding source. */
export interface CampaignSummary {
  byUnit: SummaryLine[];
  /** key: a group code, or 'atRisk'. */
  byGroup: SummaryLine[];
  /** key: the funding source's id; amounts split in proportion to the sources' shares. */
  bySource: SummaryLine[];
  total: GiftTotals;
}

/** One gift in a child's history. */
export interface ChildGift {
  recipientId: string;
  campaignId: string;
  campaignName: string;
  occasion: GiftOccasion;
  year: number;
  startDate: string;
  amount: number;
  cash: number;
  goodsValue: number;
  goodsDescription: string | null;
  sources: { kind: FundingSourceKind; sponsorName: string | null }[];
  included: boolean;
  status: DeliveryStatus;
  deliveredOn: string | null;
}
