import { describe, expect, it } from 'vitest';
import { listedGift, listedGroup, listingOf, resolveGift, type CampaignGift } from './amounts';
import { sourceKey } from './source-key';

const campaign = (rates: Record<string, [number, number]> = {}): CampaignGift => ({
  perChild: { cash: 300_000, goodsValue: 200_000 },
  rates: new Map(Object.entries(rates).map(([code, [cash, goodsValue]]) => [code, { cash, goodsValue }])),
});

describe('a recipient’s gift', () => {
  it('is the campaign’s gift, unless the listed group has its own rate', () => {
    const gift = campaign({ d: [500_000, 300_000] });
    expect(listedGift(gift, 'a')).toEqual({ cash: 300_000, goodsValue: 200_000, amount: 500_000, amountSource: 'campaign' });
    expect(listedGift(gift, null)).toEqual({ cash: 300_000, goodsValue: 200_000, amount: 500_000, amountSource: 'campaign' });
    expect(listedGift(gift, 'd')).toEqual({ cash: 500_000, goodsValue: 300_000, amount: 800_000, amountSource: 'group' });
  });

  it('keeps a gift set for the child whatever the campaign gives', () => {
    const gift = campaign({ d: [500_000, 300_000] });
    const own = { cash: 1_000_000, goodsValue: 0 };
    expect(resolveGift(gift, { amountSource: 'child', groupCode: 'd', own })).toEqual({ cash: 1_000_000, goodsValue: 0, amount: 1_000_000, amountSource: 'child' });
    // Not set by hand: the stored numbers are only the last price and are worked out again.
    expect(resolveGift(gift, { amountSource: 'campaign', groupCode: 'd', own })).toMatchObject({ amount: 800_000, amountSource: 'group' });
    expect(resolveGift(gift, { amountSource: 'group', groupCode: 'a', own })).toMatchObject({ amount: 500_000, amountSource: 'campaign' });
  });
});

describe('the group a child is listed under', () => {
  it('is the first in legal order when no group has a rate', () => {
    expect(listedGroup(campaign(), ['n', 'dd', 'd'])).toBe('d');
    expect(listedGroup(campaign(), ['o', 'a'])).toBe('a');
    expect(listedGroup(campaign(), [])).toBeNull();
  });

  it('is the group whose gift is largest, a group without a rate giving the campaign’s gift', () => {
    expect(listedGroup(campaign({ n: [700_000, 0] }), ['a', 'n'])).toBe('n');
    // Group d's own rate is lower than the campaign's gift that group a gets.
    expect(listedGroup(campaign({ d: [100_000, 0] }), ['d', 'a'])).toBe('a');
    // A tie goes to legal order.
    expect(listedGroup(campaign({ d: [400_000, 100_000] }), ['d', 'a'])).toBe('a');
    expect(listedGroup(campaign({ d: [400_000, 200_000], m: [600_000, 0] }), ['m', 'd'])).toBe('d');
  });

  it('is, on a tie, one of the groups the rules name, but never one that pays the child less', () => {
    const chosenAsDisabled = { ...campaign(), preferredGroups: new Set(['a', 'd']) };
    expect(listedGroup(chosenAsDisabled, ['c', 'd'])).toBe('d');
    // In none of them (chosen as at risk, say): the first in legal order.
    expect(listedGroup(chosenAsDisabled, ['k', 'c'])).toBe('c');
    // Group c gives more: the child is listed (and paid) under c, whatever the rules name.
    const cPaysMore = { ...campaign({ c: [800_000, 0] }), preferredGroups: new Set(['a', 'd']) };
    expect(listedGroup(cPaysMore, ['c', 'd'])).toBe('c');
  });

  it('is none for a child only at risk, who is listed by the first at-risk reason', () => {
    expect(listingOf(campaign(), { groups: [], atRisk: ['r3', 'r1'] })).toEqual({ groupCode: null, atRiskCode: 'r3' });
    expect(listingOf(campaign(), { groups: ['c'], atRisk: ['r3'] })).toEqual({ groupCode: 'c', atRiskCode: null });
    expect(listingOf(campaign(), { groups: [], atRisk: [] })).toEqual({ groupCode: null, atRiskCode: null });
  });
});

describe('a funding source’s key', () => {
  it('is the kind for the Child Fund and the state budget, the folded name for a sponsor', () => {
    expect(sourceKey('childFund', null)).toBe('childFund');
    expect(sourceKey('stateBudget', 'ignored')).toBe('stateBudget');
    expect(sourceKey('sponsor', 'Công ty TNHH Hoa Sen')).toBe('sponsor:cong ty tnhh hoa sen');
    expect(sourceKey('sponsor', '  CÔNG  TY tnhh HOA SEN ')).toBe(sourceKey('sponsor', 'Công ty TNHH Hoa Sen'));
    expect(sourceKey('sponsor', 'Công ty Hoa Sen')).not.toBe(sourceKey('sponsor', 'Công ty Hoa Hồng'));
  });
});
