import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { campaignInput, giftContext, seedGiftChildren, type GiftContext } from '../../../tests/fixtures/gifts';
import { deliveryMarkSchema, recipientQuerySchema, selectionRulesSchema } from '../../../shared/schemas/gifts';
import { createCampaign, freezeCampaign } from './campaigns';
import { childGifts } from './child-gifts';
import { markDelivery } from './delivery';
import { listRecipients, removeRecipient } from './recipients';
import { applySelection } from './selection';

let t: GiftContext;
let hoa: string;
let lan: string;
let leftChild: string;
let midAutumnId: string;
let tetId: string;

/** Hoa received the Trung thu 2026 gift and was taken off the Tết 2027 list; Lan is on both lists. */
beforeEach(async () => {
  t = await giftContext();
  [hoa = '', lan = '', leftChild = ''] = await seedGiftChildren(t, [
    { fullName: 'Nguyễn Thị Hoa' },
    { fullName: 'Trần Thị Lan' },
    { fullName: 'Lê Văn Nam', left: { on: '2026-05-01' } },
  ]);
  const recipientOf = async (campaignId: string, childId: string) =>
    (await listRecipients(t.db, t.units, recipientQuerySchema.parse({ campaignId }))).find((r) => r.childId === childId)?.id ?? '';

  const midAutumn = await createCampaign(
    t.db,
    t.clock,
    campaignInput({
      name: 'Tặng quà Tết Trung thu 2026',
      occasion: 'midAutumn',
      year: 2026,
      startDate: '2026-09-10',
      endDate: '2026-09-20',
      cashPerChild: 200_000,
      goodsDescription: null,
      goodsValuePerChild: 0,
      funding: [
        { kind: 'sponsor', sponsorName: 'Công ty Cổ phần Hoa Sen', amount: 5_000_000 },
        { kind: 'childFund', sponsorName: null, amount: 1_000_000 },
      ],
    }),
  );
  midAutumnId = midAutumn.id;
  await applySelection(t.db, t.units, t.clock, { campaignId: midAutumnId, rules: selectionRulesSchema.parse({}) });
  await freezeCampaign(t.db, t.clock, midAutumnId);
  await markDelivery(
    t.db,
    t.clock,
    deliveryMarkSchema.parse({ recipientIds: [await recipientOf(midAutumnId, hoa)], status: 'received', date: '2026-09-15', receivedBy: null, note: null }),
  );

  tetId = (await createCampaign(t.db, t.clock, campaignInput())).id;
  await applySelection(t.db, t.units, t.clock, { campaignId: tetId, rules: selectionRulesSchema.parse({}) });
  await removeRecipient(t.db, t.units, t.clock, { recipientId: await recipientOf(tetId, hoa), reason: 'Đã nhận quà của nhà tài trợ' });
});
afterEach(() => t.close());

describe('childGifts', () => {
  it('lists the gifts newest campaign first, with the gift, its sources and what happened', async () => {
    const gifts = await childGifts(t.db, hoa);
    expect(gifts).toEqual([
      {
        recipientId: expect.any(String),
        campaignId: tetId,
        campaignName: 'Tặng quà Tết Nguyên đán Đinh Mùi 2027',
        occasion: 'tet',
        year: 2027,
        startDate: '2027-01-20',
        amount: 500_000,
        cash: 300_000,
        goodsValue: 200_000,
        goodsDescription: 'Bánh kẹo, sữa',
        sources: [
          { kind: 'childFund', sponsorName: null },
          { kind: 'stateBudget', sponsorName: null },
        ],
        // Taken off the list: kept in the history, not as a gift given.
        included: false,
        status: 'pending',
        deliveredOn: null,
      },
      {
        recipientId: expect.any(String),
        campaignId: midAutumnId,
        campaignName: 'Tặng quà Tết Trung thu 2026',
        occasion: 'midAutumn',
        year: 2026,
        startDate: '2026-09-10',
        amount: 200_000,
        cash: 200_000,
        goodsValue: 0,
        goodsDescription: null,
        sources: [
          { kind: 'sponsor', sponsorName: 'Công ty Cổ phần Hoa Sen' },
          { kind: 'childFund', sponsorName: null },
        ],
        included: true,
        status: 'received',
        deliveredOn: '2026-09-15',
      },
    ]);
  });

  it('shows another child only their own gifts', async () => {
    const gifts = await childGifts(t.db, lan);
    expect(gifts.map((g) => [g.campaignId, g.included, g.status])).toEqual([
      [tetId, true, 'pending'],
      [midAutumnId, true, 'pending'],
    ]);
  });

  it('is empty for a child never on a list, and refuses an unknown child', async () => {
    expect(await childGifts(t.db, leftChild)).toEqual([]);
    await expect(childGifts(t.db, 'no-such-child')).rejects.toMatchObject({ code: 'errors.notFound' });
  });
});
