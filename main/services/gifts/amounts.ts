/**
 * A recipient's gift, worked out from the campaign (pure; DOMAIN.md §5). The campaign's gift
 * per child is the default; a legal group may have its own rate; a child may have a gift set
 * by hand, which no later change of the campaign overrides.
 */
import type { AmountSource } from '../../../shared/codes/gifts';
import { groupCodes, type GroupCode } from '../../../shared/codes/groups';

export interface Gift {
  cash: number;
  goodsValue: number;
}

/** What a campaign gives: the default gift per child and the groups' own rates. */
export interface CampaignGift {
  perChild: Gift;
  rates: ReadonlyMap<string, Gift>;
  /** The groups the selection rules name: a child in one of them is listed under it. */
  preferredGroups?: ReadonlySet<string>;
}

export interface PricedGift extends Gift {
  amount: number;
  amountSource: AmountSource;
}

const legalOrder: ReadonlyMap<string, number> = new Map(groupCodes.map((code, index) => [code, index]));
const isGroupCode = (code: string): code is GroupCode => legalOrder.has(code);

export const giftAmount = (gift: Gift): number => gift.cash + gift.goodsValue;

/** The gift a child listed under `groupCode` gets unless one is set for them. */
export function listedGift(campaign: CampaignGift, groupCode: string | null): PricedGift {
  const rate = groupCode === null ? undefined : campaign.rates.get(groupCode);
  const gift = rate ?? campaign.perChild;
  return { cash: gift.cash, goodsValue: gift.goodsValue, amount: giftAmount(gift), amountSource: rate ? 'group' : 'campaign' };
}

/** A recipient's gift: their own when set ('child'), else their group's rate, else the campaign's. */
export function resolveGift(campaign: CampaignGift, recipient: { amountSource: AmountSource; groupCode: string | null; own: Gift }): PricedGift {
  if (recipient.amountSource === 'child') return { ...recipient.own, amount: giftAmount(recipient.own), amountSource: 'child' };
  return listedGift(campaign, recipient.groupCode);
}

/**
 * The group a child is listed under, among the groups they are in on the campaign's start day:
 * the one whose gift is largest (a group without a rate gives the campaign's gift), so that no
 * wording of the rules pays a child less; on a tie (always, without rates), a group the
 * selection rules name (a child chosen as disabled is listed as disabled), then the first in
 * legal order. Null for a child in no group.
 */
export function listedGroup(campaign: CampaignGift, openGroups: readonly string[]): GroupCode | null {
  const preferred = campaign.preferredGroups;
  const rank = (code: string) => (preferred?.has(code) ? 0 : 100) + (legalOrder.get(code) ?? 0);
  let best: GroupCode | null = null;
  let bestAmount = -1;
  for (const code of openGroups.filter(isGroupCode).sort((a, b) => rank(a) - rank(b))) {
    const amount = listedGift(campaign, code).amount;
    if (amount > bestAmount) {
      best = code;
      bestAmount = amount;
    }
  }
  return best;
}

/** How a child appears on a list: the group they are listed under, or the first at-risk reason when in no group. */
export interface Listing {
  groupCode: GroupCode | null;
  atRiskCode: string | null;
}

export function listingOf(campaign: CampaignGift, open: { groups: readonly string[]; atRisk: readonly string[] }): Listing {
  const groupCode = listedGroup(campaign, open.groups);
  return { groupCode, atRiskCode: groupCode === null ? (open.atRisk[0] ?? null) : null };
}
