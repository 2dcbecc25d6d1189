/**
 * The Child Fund (DOMAIN.md §6): donors, receipts, support for a child, the ledger.
 * Codes are stored; labels live in the locale files (fund.*) and, for printed documents and
 * Excel (always Vietnamese), in the `…DocumentNames` records below.
 */
export const donorKinds = ['agency', 'organisation', 'business', 'individual'] as const;
export type DonorKind = (typeof donorKinds)[number];

export const donorOrigins = ['domestic', 'international'] as const;
export type DonorOrigin = (typeof donorOrigins)[number];

export const receiptKinds = ['cash', 'inKind'] as const;
export type ReceiptKind = (typeof receiptKinds)[number];

/** Support for one child. Gifts are not among them: they come from gift campaigns. */
export const supportTypes = [
  'heartSurgery',
  'cleftSurgery',
  'otherSurgery',
  'longTermTreatment',
  'scholarship',
  'emergency',
] as const;
export type SupportType = (typeof supportTypes)[number];

/** Support given at a hospital: the proposal needs a diagnosis and completion a hospital. */
export const medicalSupportTypes: readonly SupportType[] = ['heartSurgery', 'cleftSurgery', 'otherSurgery', 'longTermTreatment'];

/** What the fund spends on: a support type, or gifts (paid to a gift campaign). */
export const spendingPurposes = [...supportTypes, 'gifts'] as const;
export type SpendingPurpose = (typeof spendingPurposes)[number];

/**
 * What a receipt is set aside for. none: the general fund; purpose: one kind of spending;
 * unit: the children of one commune (a UnitRef); child: one child.
 */
export const earmarkKinds = ['none', 'purpose', 'unit', 'child'] as const;
export type EarmarkKind = (typeof earmarkKinds)[number];

/**
 * proposed → approved (decision) → done (paid; follow-up notes) ; proposed → rejected ;
 * proposed | approved → cancelled ; done → approved again only by reversing its payment.
 */
export const supportStatuses = ['proposed', 'approved', 'done', 'rejected', 'cancelled'] as const;
export type SupportStatus = (typeof supportStatuses)[number];

export const supportActions = [
  'editProposal',
  'approve',
  'amendApproval',
  'complete',
  'reopen',
  'reject',
  'cancel',
  'followUp',
  'attach',
] as const;
export type SupportAction = (typeof supportActions)[number];

/** The actions each status allows; anything else is refused with errors.supportTransition. */
export const supportActionsByStatus: Record<SupportStatus, readonly SupportAction[]> = {
  proposed: ['editProposal', 'approve', 'reject', 'cancel', 'attach'],
  approved: ['amendApproval', 'complete', 'cancel', 'attach'],
  done: ['reopen', 'followUp', 'attach'],
  rejected: [],
  cancelled: [],
};

export function supportAllows(status: SupportStatus, action: SupportAction): boolean {
  return supportActionsByStatus[status].includes(action);
}

/**
 * Whether documents can be taken off a case: while it is being decided or carried out. A done
 * or closed case keeps them, as the record of what was paid and why.
 */
export function attachmentsRemovable(status: SupportStatus): boolean {
  return status === 'proposed' || status === 'approved';
}

/** The history of a support case, shown under the case. */
export const supportEventKinds = [
  'proposed',
  'proposalEdited',
  'approved',
  'approvalAmended',
  'done',
  'reopened',
  'rejected',
  'cancelled',
  'followUp',
] as const;
export type SupportEventKind = (typeof supportEventKinds)[number];

export const attachmentKinds = ['proposal', 'decision', 'invoice', 'other'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

/** Scanned documents: PDF or images, checked by their first bytes, at most 20 MiB. */
export const attachmentMimeTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentMimeType = (typeof attachmentMimeTypes)[number];
export const attachmentMaxBytes = 20 * 1024 * 1024;

/** cash: money in đồng; goods: goods received in kind, at their estimated value. */
export const ledgerAssets = ['cash', 'goods'] as const;
export type LedgerAsset = (typeof ledgerAssets)[number];

/** Why a posting was made. A reversal negates one earlier posting, once. */
export const postingSources = ['receipt', 'supportPayment', 'campaignPayment', 'goodsIssue', 'reversal'] as const;
export type PostingSource = (typeof postingSources)[number];

/**
 * A pot is where an entry's money sits: the general fund, or an earmark.
 * 'general' | 'purpose:<SpendingPurpose>' | 'unit:<UnitRef>' | 'child:<child id>'.
 */
export type PotKey = string;
export const generalPot: PotKey = 'general';

export function potKey(
  earmark:
    | { kind: 'none' }
    | { kind: 'purpose'; purpose: SpendingPurpose }
    | { kind: 'unit'; unitId: string }
    | { kind: 'child'; childId: string },
): PotKey {
  switch (earmark.kind) {
    case 'none':
      return generalPot;
    case 'purpose':
      return `purpose:${earmark.purpose}`;
    case 'unit':
      return `unit:${earmark.unitId}`;
    case 'child':
      return `child:${earmark.childId}`;
  }
}

/**
 * The pots a payment may draw from, most specific first: money set aside for this child,
 * then for this kind of spending, then for the child's commune (the unit on their record and,
 * for a ward of a legacy district, the commune it merged into), then the general fund.
 * Earmarked money is never spent on anything else because no other payment lists its pot.
 */
export function potsFor(target: { purpose: SpendingPurpose; childId?: string | null; unitIds?: readonly string[] }): PotKey[] {
  const pots: PotKey[] = [];
  if (target.childId) pots.push(potKey({ kind: 'child', childId: target.childId }));
  pots.push(potKey({ kind: 'purpose', purpose: target.purpose }));
  for (const unitId of new Set(target.unitIds ?? [])) pots.push(potKey({ kind: 'unit', unitId }));
  pots.push(generalPot);
  return pots;
}

/** "2026-10" (a month) or "2026" (a year). */
export const periodPattern = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

/** The last day a closed period covers, as text that compares with dates: "2026-10-31" ≥ every October day. */
export function periodEnd(period: string): string {
  return period.length === 4 ? `${period}-12-31` : `${period}-31`;
}

/**
 * The day up to which the books are closed, or null. Closing a period closes everything before
 * it too: a receipt back-dated into an earlier open month would change the closed month's
 * opening balance, so the books close in one line, not month by month.
 */
export function closedThrough(closedPeriods: readonly string[]): string | null {
  let latest: string | null = null;
  for (const period of closedPeriods) {
    const end = periodEnd(period);
    if (latest === null || end > latest) latest = end;
  }
  return latest;
}

/** Whether a day (YYYY-MM-DD) falls in the closed part of the books. */
export function isDateLocked(date: string, closedPeriods: readonly string[]): boolean {
  const through = closedThrough(closedPeriods);
  return through !== null && date <= through;
}

/**
 * The value of `quantity` goods taken from a lot with `left` of them worth `valueLeft`: in
 * proportion, and the last of the lot takes all the value left, so no đồng is stranded.
 */
export function goodsIssueValue(left: { quantity: number; value: number }, quantity: number): number {
  if (Math.abs(left.quantity - quantity) <= goodsQuantityEpsilon) return left.value;
  return Math.round((left.value * quantity) / left.quantity);
}

/** Goods quantities are reals: compared with this much slack, and shown to at most 3 decimals. */
export const goodsQuantityEpsilon = 1e-9;
export const goodsQuantityDecimals = 3;

/** What goods received in kind may be set aside for: they can only leave the fund through gift campaigns. */
export const inKindEarmarkKinds: readonly EarmarkKind[] = ['none', 'purpose'];
export const inKindEarmarkPurposes: readonly SpendingPurpose[] = ['gifts'];

export const supportTypeDocumentNames: Record<SpendingPurpose, string> = {
  heartSurgery: 'Phẫu thuật tim',
  cleftSurgery: 'Phẫu thuật hở môi, hở vòm miệng',
  otherSurgery: 'Phẫu thuật khác',
  longTermTreatment: 'Điều trị bệnh dài ngày',
  scholarship: 'Học bổng',
  emergency: 'Hỗ trợ khẩn cấp',
  gifts: 'Tặng quà',
};

export const donorKindDocumentNames: Record<DonorKind, string> = {
  agency: 'Cơ quan, đơn vị',
  organisation: 'Tổ chức',
  business: 'Doanh nghiệp',
  individual: 'Cá nhân',
};

export const donorOriginDocumentNames: Record<DonorOrigin, string> = {
  domestic: 'Trong nước',
  international: 'Nước ngoài',
};

/** How an anonymous donor is named on the published transparency list. */
export const anonymousDonorName = 'Nhà hảo tâm không nêu tên';
/** How a receipt set aside for one child is described in public: never the child's name. */
export const childEarmarkPublicText = 'Hỗ trợ trẻ em có hoàn cảnh đặc biệt';
