import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { campaignInput, giftContext, seedGiftChildren, type GiftContext } from '../../../tests/fixtures/gifts';
import { deliveryMarkSchema, recipientQuerySchema, selectionRulesSchema } from '../../../shared/schemas/gifts';
import type { DeliveryStatus } from '../../../shared/codes/gifts';
import { createCampaign, freezeCampaign } from './campaigns';
import { markDelivery } from './delivery';
import { addRecipient, listRecipients, removeRecipient, setRecipientGift } from './recipients';
import { applySelection } from './selection';
import { campaignSummary, splitByShares } from './summary';

let t: GiftContext;
afterEach(() => t.close());

const totals = (plannedChildren: number, plannedAmount: number, deliveredChildren: number, deliveredAmount: number) => ({
  plannedChildren,
  plannedAmount,
  deliveredChildren,
  deliveredAmount,
});

describe('campaignSummary', () => {
  let campaignId: string;
  let fundIds: string[];

  /**
   * Three units, groups a and d (d has its own gift of 600.000), one child only at risk, one
   * child with a gift set by hand (333.333) and one taken off the list. Funding 60/40.
   */
  beforeEach(async () => {
    t = await giftContext();
    const ids = await seedGiftChildren(t, [
      { fullName: 'Nguyễn Thị An', unitId: 'w:11311', groups: ['a'] }, // 500.000, received
      { fullName: 'Trần Văn Bình', unitId: 'w:11311', groups: ['d'] }, // 600.000, received by a guardian
      { fullName: 'Lê Thị Châu', unitId: 'w:11314', groups: ['a'] }, // 333.333 set by hand, received
      { fullName: 'Phạm Văn Dũng', unitId: 'w:11329', groups: ['d'] }, // 600.000, absent
      { fullName: 'Hoàng Thị Giang', unitId: 'w:11329', groups: ['a'] }, // taken off the list
      { fullName: 'Vũ Văn Khánh', unitId: 'w:11329', atRisk: ['r1'] }, // 500.000, refused
    ]);
    const campaign = await createCampaign(
      t.db,
      t.clock,
      campaignInput({
        funding: [
          { kind: 'childFund', sponsorName: null, amount: 60_000_000 },
          { kind: 'stateBudget', sponsorName: null, amount: 40_000_000 },
        ],
        groupRates: [{ groupCode: 'd', cash: 400_000, goodsValue: 200_000 }],
      }),
    );
    campaignId = campaign.id;
    fundIds = campaign.funding.map((f) => f.id);
    await applySelection(t.db, t.units, t.clock, { campaignId, rules: selectionRulesSchema.parse({}) });
    const rows = await listRecipients(t.db, t.units, recipientQuerySchema.parse({ campaignId }));
    const byChild = new Map(rows.map((r) => [r.childId, r.id]));
    const recipient = (index: number) => byChild.get(ids[index] ?? '') ?? '';
    await setRecipientGift(t.db, t.units, t.clock, { recipientId: recipient(2), gift: { cash: 333_333, goodsValue: 0 }, proxyName: null, reason: null });
    await removeRecipient(t.db, t.units, t.clock, { recipientId: recipient(4), reason: 'Đã được hỗ trợ từ nguồn khác' });
    await freezeCampaign(t.db, t.clock, campaignId);
    const marks: [number, DeliveryStatus][] = [
      [0, 'received'],
      [1, 'receivedByGuardian'],
      [2, 'received'],
      [3, 'absent'],
      [5, 'refused'],
    ];
    for (const [index, status] of marks) {
      await markDelivery(t.db, t.clock, deliveryMarkSchema.parse({ recipientIds: [recipient(index)], status, date: '2027-01-25', receivedBy: null, note: null }));
    }
  });

  it('totals the children on the list (planned) and those handed a gift (delivered)', async () => {
    // Planned: 500.000 + 600.000 + 333.333 + 600.000 + 500.000; delivered: the first three.
    expect((await campaignSummary(t.db, t.units, campaignId)).total).toEqual(totals(5, 2_533_333, 3, 1_433_333));
  });

  it('gives each unit its line, in Vietnamese order of the unit names', async () => {
    const { byUnit } = await campaignSummary(t.db, t.units, campaignId);
    expect(byUnit).toEqual([
      { key: 'w:11329', label: 'Phường Cầu Đất', ...totals(2, 1_100_000, 0, 0) },
      { key: 'w:11314', label: 'Phường Máy Chai', ...totals(1, 333_333, 1, 333_333) },
      { key: 'w:11311', label: 'Phường Máy Tơ', ...totals(2, 1_100_000, 2, 1_100_000) },
    ]);
  });

  it('gives each group its line in legal order, the at-risk children last', async () => {
    const { byGroup } = await campaignSummary(t.db, t.units, campaignId);
    expect(byGroup).toEqual([
      { key: 'a', label: 'Trẻ em mồ côi cả cha và mẹ', ...totals(2, 833_333, 2, 833_333) },
      { key: 'd', label: 'Trẻ em khuyết tật', ...totals(2, 1_200_000, 1, 600_000) },
      { key: 'atRisk', label: 'Trẻ em có nguy cơ', ...totals(1, 500_000, 0, 0) },
    ]);
  });

  it('splits the amounts between the sources 60/40 in whole đồng that add up to the total', async () => {
    const { bySource } = await campaignSummary(t.db, t.units, campaignId);
    // 2.533.333 × 0,6 = 1.519.999,8 and × 0,4 = 1.013.333,2: the đồng left over goes to the larger remainder.
    // 1.433.333 × 0,6 = 859.999,8 and × 0,4 = 573.333,2.
    expect(bySource).toEqual([
      { key: fundIds[0], label: 'Quỹ Bảo trợ trẻ em', ...totals(5, 1_520_000, 3, 860_000) },
      { key: fundIds[1], label: 'Ngân sách nhà nước', ...totals(5, 1_013_333, 3, 573_333) },
    ]);
  });

  it('refuses an unknown campaign', async () => {
    await expect(campaignSummary(t.db, t.units, 'no-such-campaign')).rejects.toMatchObject({ code: 'errors.notFound' });
  });
});

describe('campaignSummary of a new campaign', () => {
  it('is all zeros before any selection, and names a sponsor by its name', async () => {
    t = await giftContext();
    const campaign = await createCampaign(
      t.db,
      t.clock,
      campaignInput({ funding: [{ kind: 'sponsor', sponsorName: 'Công ty Cổ phần Hoa Sen', amount: 10_000_000 }] }),
    );
    expect(await campaignSummary(t.db, t.units, campaign.id)).toEqual({
      byUnit: [],
      byGroup: [],
      bySource: [{ key: campaign.funding[0]?.id, label: 'Công ty Cổ phần Hoa Sen', ...totals(0, 0, 0, 0) }],
      total: totals(0, 0, 0, 0),
    });
  });
});

describe('campaignSummary of a child in no group on the start day', () => {
  it('counts them on a line of their own, not among the at-risk children', async () => {
    t = await giftContext();
    const campaign = await createCampaign(t.db, t.clock, campaignInput());
    const [child] = await seedGiftChildren(t, [{ groups: ['a'], ended: [{ code: 'a', on: '2026-06-01' }] }]);
    await addRecipient(t.db, t.units, t.clock, { campaignId: campaign.id, childId: child ?? '', reason: 'Xã đề nghị' });
    const summary = await campaignSummary(t.db, t.units, campaign.id);
    expect(summary.byGroup).toEqual([{ key: 'none', label: 'Không thuộc nhóm nào vào ngày bắt đầu', ...totals(1, 500_000, 0, 0) }]);
  });
});

describe('splitByShares', () => {
  it.each<[number, number[], number[]]>([
    [100, [1, 1, 1], [34, 33, 33]],
    [2, [1, 1, 1], [1, 1, 0]],
    [1_000_001, [60_000_000, 40_000_000], [600_001, 400_000]],
    [7, [3, 0], [7, 0]],
    [10, [0, 0], [5, 5]],
    [0, [5, 5], [0, 0]],
    // amount × share beyond 2^53: still exact.
    [1_586_250_000, [700_000_000_000, 300_000_000_001], [1_110_375_000, 475_875_000]],
  ])('%d over %j → %j', (total, weights, expected) => {
    const parts = splitByShares(total, weights);
    expect(parts).toEqual(expected);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
  });
});
