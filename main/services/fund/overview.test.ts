import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approvedCase, casePayment, cashReceipt, fundChildren, fundContext, giftCampaign, goodsReceipt, type FundContext } from '../../../tests/fixtures/fund';
import { issueGoods } from './campaign-payments';
import { fundOverview } from './overview';
import { closePeriod } from './periods';

let t: FundContext;
beforeEach(async () => (t = await fundContext()));
afterEach(() => t.close());

describe('fundOverview', () => {
  it('lists cash by pot: general, purposes in their order, communes by name, children in register order', async () => {
    const [binh, an] = await fundChildren(t, [{ fullName: 'Lê Văn Bình' }, { fullName: 'Trần Thị An' }]);
    await cashReceipt(t, 7, { earmarkKind: 'child', earmarkChildId: binh });
    await cashReceipt(t, 6, { earmarkKind: 'child', earmarkChildId: an });
    await cashReceipt(t, 5, { earmarkKind: 'unit', earmarkUnitId: 'w:11311' });
    await cashReceipt(t, 4, { earmarkKind: 'unit', earmarkUnitId: '11329' });
    await cashReceipt(t, 3, { earmarkKind: 'purpose', earmarkPurpose: 'gifts' });
    await cashReceipt(t, 2, { earmarkKind: 'purpose', earmarkPurpose: 'heartSurgery' });
    await cashReceipt(t, 1);
    const { cash } = await fundOverview(t.db, t.units);
    expect(cash.total).toBe(28);
    expect(cash.pots.map((p) => [p.key, p.balance, p.unitName ?? p.childName ?? p.purpose])).toEqual([
      ['general', 1, null],
      ['purpose:heartSurgery', 2, 'heartSurgery'],
      ['purpose:gifts', 3, 'gifts'],
      ['unit:11329', 4, 'Phường Gia Viên'],
      ['unit:w:11311', 5, 'Phường Máy Tơ'],
      [`child:${an}`, 6, 'Trần Thị An'],
      [`child:${binh}`, 7, 'Lê Văn Bình'],
    ]);
  });

  it('keeps a pot spent down to zero, and lists overrides newest first', async () => {
    const [childId = ''] = await fundChildren(t, [{}]);
    await cashReceipt(t, 1_000_000, { earmarkKind: 'child', earmarkChildId: childId });
    const caseId = await approvedCase(t, childId);
    await casePayment(t, caseId, 1_000_000, '2026-11-05');
    const first = await casePayment(t, caseId, 300_000, '2026-11-06', 'Chi trước, bổ sung sau');
    const second = await casePayment(t, caseId, 200_000, '2026-11-04', 'Viện phí phát sinh');
    const overview = await fundOverview(t.db, t.units);
    expect(overview.cash.pots.map((p) => [p.key, p.balance])).toEqual([
      ['general', -500_000],
      [`child:${childId}`, 0],
    ]);
    expect(overview.overrides).toEqual([
      { postingId: second.postingId, seq: second.seq, postedOn: '2026-11-04', amount: 200_000, reason: 'Viện phí phát sinh' },
      { postingId: first.postingId, seq: first.seq, postedOn: '2026-11-06', amount: 300_000, reason: 'Chi trước, bổ sung sau' },
    ]);
  });

  it('lists goods lots newest first with what was received and what is left, and the closed periods', async () => {
    const campaignId = await giftCampaign(t);
    const older = await goodsReceipt(t, 10, 2_000_000, { receivedOn: '2026-10-10', goodsDescription: 'Xe đạp', goodsUnit: 'chiếc' });
    const newer = await goodsReceipt(t, 3, 900_000, { receivedOn: '2026-11-02' });
    await issueGoods(t.db, t.clock, { campaignId, receiptId: older.id, quantity: 4, issuedOn: '2026-11-05', note: null });
    await closePeriod(t.db, t.clock, { period: '2026-10' });
    const overview = await fundOverview(t.db, t.units);
    expect(overview.goods.totalValue).toBe(1_200_000 + 900_000);
    expect(overview.goods.lots).toEqual([
      expect.objectContaining({ receiptId: newer.id, quantityReceived: 3, quantityLeft: 3, valueReceived: 900_000, valueLeft: 900_000 }),
      expect.objectContaining({
        receiptId: older.id,
        receiptNo: older.receiptNo,
        receivedOn: '2026-10-10',
        donorName: older.donorName,
        description: 'Xe đạp',
        unit: 'chiếc',
        quantityReceived: 10,
        quantityLeft: 6,
        valueReceived: 2_000_000,
        valueLeft: 1_200_000,
        earmark: expect.objectContaining({ key: 'general', kind: 'none' }),
      }),
    ]);
    expect(overview.cash).toEqual({ total: 0, pots: [] });
    expect(overview.closedPeriods).toEqual([{ period: '2026-10', closedAt: '2026-11-22T08:00:00.000Z' }]);
  });
});
