/**
 * Holiday gift visits (DOMAIN.md §5): occasions, funding sources, what happened at the visit.
 * Codes are stored; labels live in the locale files (gifts.*) and, for printed documents, in
 * `occasionDocumentNames` below (documents are always Vietnamese).
 */
export const giftOccasions = ['tet', 'childrenDay', 'midAutumn', 'schoolYear', 'disaster', 'other'] as const;
export type GiftOccasion = (typeof giftOccasions)[number];

/** The words after "DANH SÁCH TRẺ EM NHẬN QUÀ" on a roster; disaster and other use the campaign's name. */
export const occasionDocumentNames: Record<GiftOccasion, string | null> = {
  tet: 'Tết Nguyên đán',
  childrenDay: 'nhân dịp Quốc tế Thiếu nhi 1/6 và Tháng hành động vì trẻ em',
  midAutumn: 'Tết Trung thu',
  schoolYear: 'nhân dịp khai giảng năm học mới',
  disaster: null,
  other: null,
};

export const fundingSourceKinds = ['childFund', 'stateBudget', 'sponsor'] as const;
export type FundingSourceKind = (typeof fundingSourceKinds)[number];

/**
 * draft: the list is being built and can be re-selected freely; frozen: the list is fixed for
 * printing, and every later change needs a reason and is logged (gift_change).
 */
export const campaignStatuses = ['draft', 'frozen'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

export const deliveryStatuses = ['pending', 'received', 'receivedByGuardian', 'absent', 'refused'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];
/** A gift counts as given (for "no gift in the last N months" and the summary) once handed over. */
export const deliveredStatuses = ['received', 'receivedByGuardian'] as const satisfies readonly DeliveryStatus[];
/** What "all received, except …" may record for the exceptions. */
export const deliveryExceptionStatuses = ['receivedByGuardian', 'absent', 'refused'] as const satisfies readonly DeliveryStatus[];

/** rule: proposed by the selection rules; manual: added by hand (with a reason). */
export const recipientOrigins = ['rule', 'manual'] as const;
export type RecipientOrigin = (typeof recipientOrigins)[number];

/** Where a recipient's gift amount comes from: the campaign's default, their group's rate, or set for them. */
export const amountSources = ['campaign', 'group', 'child'] as const;
export type AmountSource = (typeof amountSources)[number];

/** Changes to a frozen list: who is on it, their gift, and who receives it for them (column 7). */
export const giftChangeKinds = ['added', 'removed', 'restored', 'amountChanged', 'proxyChanged'] as const;
export type GiftChangeKind = (typeof giftChangeKinds)[number];

/** The register's filter "no gift in the last 12 months". */
export const noGiftFilterMonths = 12;

/** "DANH SÁCH TRẺ EM NHẬN QUÀ TẾT NGUYÊN ĐÁN NĂM 2027": a roster's title, in capitals. */
export function rosterTitle(occasion: GiftOccasion, year: number, campaignName: string): string {
  const what = occasionDocumentNames[occasion] ?? campaignName;
  return `Danh sách trẻ em nhận quà ${what} năm ${year}`.toLocaleUpperCase('vi');
}

/**
 * Groups whose name would disclose a stigmatising fact (HIV, the law, drugs, violence,
 * exploitation, sexual abuse, trafficking) to everyone who signs the same roster: the roster's
 * "Hoàn cảnh" column prints `privateCircumstance` for them (sensitive personal data, Nghị định
 * 13/2023/NĐ-CP; DOMAIN.md §10). The office's own screens still show the group.
 */
export const privateGroupCodes: readonly string[] = ['dd', 'e', 'g', 'i', 'k', 'l', 'm'];
export const privateCircumstance = 'Trẻ em có hoàn cảnh đặc biệt';
/** At-risk reasons (violence at home, a parent in prison …) are private too: the roster says only this. */
export const atRiskCircumstance = 'Trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt';
