import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  approvedCase,
  casePayment,
  cashReceipt,
  donor,
  fundChildren,
  fundContext,
  giftCampaign,
  goodsReceipt,
  type FundContext,
} from '../../../tests/fixtures/fund';
import { ledgerQuerySchema } from '../../../shared/schemas/fund';
import { campaignInput } from '../../../tests/fixtures/gifts';
import { issueGoods, payCampaign, reverseCampaignPosting } from './campaign-payments';
import { chunks } from '../children/rows';
import { fundLedger } from './ledger-view';
import { closePeriod } from './periods';
import { cancelReceipt } from './receipts';

let t: FundContext;
beforeEach(async () => (t = await fundContext()));
afterEach(() => t.close());

const ledger = (query: Record<string, unknown>) => fundLedger(t.db, t.units, ledgerQuerySchema.parse(query));

describe('fundLedger', () => {
  it('opens with the balance before the period and runs a balance line by line, with what each line refers to', async () => {
    const [childId = ''] = await fundChildren(t, [{ fullName: 'Phạm Gia Huy' }]);
    const giver = await donor(t, { name: 'Ngân hàng Hải Đăng' });
    const campaignId = await giftCampaign(t);
    await cashReceipt(t, 10_000_000, { receiptNo: 'PT-2026-0001', receivedOn: '2026-10-05', donorId: giver.id });
    const earmarked = await cashReceipt(t, 30_000_000, {
      receiptNo: 'PT-2026-0002',
      receivedOn: '2026-11-02',
      donorId: giver.id,
      earmarkKind: 'child',
      earmarkChildId: childId,
    });
    const caseId = await approvedCase(t, childId, { decisionNo: '45/QĐ-UBND', type: 'heartSurgery' });
    const payment = await casePayment(t, caseId, 35_000_000, '2026-11-10');
    const gifts = await payCampaign(t.db, t.clock, { campaignId, paidOn: '2026-11-12', amount: 2_000_000, note: null, overrideReason: 'Tết sớm' });
    const reversal = await reverseCampaignPosting(t.db, t.clock, { postingId: gifts.postingId, date: '2026-11-14', reason: 'Chi nhầm đợt', overrideReason: null });
    await closePeriod(t.db, t.clock, { period: '2026-10' });

    const november = await ledger({ from: '2026-11-01', to: '2026-11-30' });
    expect(november).toMatchObject({ asset: 'cash', pot: null, opening: 10_000_000, totalIn: 32_000_000, totalOut: 37_000_000, closing: 5_000_000 });
    expect(november.lines.map((l) => [l.seq, l.postedOn, l.source, l.amount, l.balance])).toEqual([
      [2, '2026-11-02', 'receipt', 30_000_000, 40_000_000],
      [3, '2026-11-10', 'supportPayment', -35_000_000, 5_000_000],
      [4, '2026-11-12', 'campaignPayment', -2_000_000, 3_000_000],
      [5, '2026-11-14', 'reversal', 2_000_000, 5_000_000],
    ]);
    const [receiptLine, paymentLine, giftLine, reversalLine] = november.lines;
    expect(receiptLine).toMatchObject({
      postingId: earmarked.postingId,
      reference: 'PT-2026-0002',
      donorName: 'Ngân hàng Hải Đăng',
      purpose: null,
      childId,
      childName: 'Phạm Gia Huy',
      reversedSource: null,
      locked: false,
    });
    expect(paymentLine).toMatchObject({ postingId: payment.postingId, reference: '45/QĐ-UBND', purpose: 'heartSurgery', childId, donorName: null });
    expect(paymentLine?.pots.map((p) => [p.pot.key, p.amount, p.quantity])).toEqual([
      ['general', -5_000_000, null],
      [`child:${childId}`, -30_000_000, null],
    ]);
    expect(giftLine).toMatchObject({
      reference: campaignInput().name,
      campaignId,
      campaignName: campaignInput().name,
      purpose: 'gifts',
      reversedBySeq: 5,
      reversesSeq: null,
      overrideReason: null,
    });
    expect(reversalLine).toMatchObject({ postingId: reversal.postingId, source: 'reversal', reversedSource: 'campaignPayment', reversesSeq: 4, reason: 'Chi nhầm đợt' });

    const october = await ledger({ from: '2026-10-01', to: '2026-10-31' });
    expect(october).toMatchObject({ opening: 0, totalIn: 10_000_000, totalOut: 0, closing: 10_000_000 });
    expect(october.lines.map((l) => [l.reference, l.locked])).toEqual([['PT-2026-0001', true]]);
  });

  it('follows one pot, counting only its part of each posting', async () => {
    const campaignId = await giftCampaign(t);
    await cashReceipt(t, 3_000_000, { earmarkKind: 'purpose', earmarkPurpose: 'gifts', receivedOn: '2026-10-20' });
    await cashReceipt(t, 5_000_000, { receivedOn: '2026-11-01' });
    await payCampaign(t.db, t.clock, { campaignId, paidOn: '2026-11-10', amount: 4_000_000, note: null, overrideReason: null });
    const gifts = await ledger({ from: '2026-11-01', to: '2026-11-22', pot: 'purpose:gifts' });
    expect(gifts).toMatchObject({ pot: { key: 'purpose:gifts', kind: 'purpose', purpose: 'gifts' }, opening: 3_000_000, totalIn: 0, totalOut: 3_000_000, closing: 0 });
    expect(gifts.lines.map((l) => [l.source, l.amount, l.balance, l.pots.length])).toEqual([['campaignPayment', -3_000_000, 0, 1]]);
    const general = await ledger({ from: '2026-11-01', to: '2026-11-22', pot: 'general' });
    expect(general.lines.map((l) => [l.source, l.amount, l.balance])).toEqual([
      ['receipt', 5_000_000, 5_000_000],
      ['campaignPayment', -1_000_000, 4_000_000],
    ]);
  });

  it('shows goods at their value, with quantities, and a cancelled receipt as a reversal of a receipt', async () => {
    const campaignId = await giftCampaign(t);
    const lot = await goodsReceipt(t, 6, 600_000, { receivedOn: '2026-11-01' });
    await issueGoods(t.db, t.clock, { campaignId, receiptId: lot.id, quantity: 2, issuedOn: '2026-11-03', note: null });
    const cash = await cashReceipt(t, 1_000_000, { receivedOn: '2026-11-04' });
    await cancelReceipt(t.db, t.units, t.clock, { id: cash.id, date: '2026-11-05', reason: 'Trùng phiếu', overrideReason: null });

    const goods = await ledger({ from: '2026-11-01', to: '2026-11-30', asset: 'goods' });
    expect(goods.lines.map((l) => [l.source, l.amount, l.balance, l.pots[0]?.quantity, l.pots[0]?.goodsUnit, l.reference])).toEqual([
      ['receipt', 600_000, 600_000, 6, 'thùng', lot.receiptNo],
      ['goodsIssue', -200_000, 400_000, -2, 'thùng', campaignInput().name],
    ]);
    const cashLedger = await ledger({ from: '2026-11-01', to: '2026-11-30' });
    expect(cashLedger.lines.map((l) => [l.source, l.reversedSource, l.reference, l.amount, l.reversedBySeq])).toEqual([
      ['receipt', null, cash.receiptNo, 1_000_000, 4],
      ['reversal', 'receipt', cash.receiptNo, -1_000_000, null],
    ]);
  });

  it('shows quantities to three decimals', async () => {
    const campaignId = await giftCampaign(t);
    const lot = await goodsReceipt(t, 1, 900_000, { receivedOn: '2026-11-01', goodsUnit: 'tấn' });
    await issueGoods(t.db, t.clock, { campaignId, receiptId: lot.id, quantity: 1 / 3, issuedOn: '2026-11-03', note: null });
    const goods = await ledger({ from: '2026-11-01', to: '2026-11-30', asset: 'goods' });
    expect(goods.lines.map((l) => [l.amount, l.pots[0]?.quantity])).toEqual([
      [900_000, 1],
      [-300_000, -0.333],
    ]);
  });

  it('stays quick with a few thousand postings', async () => {
    const receipt = await cashReceipt(t, 1_000_000, { receivedOn: '2026-01-02' });
    const campaignId = await giftCampaign(t);
    // Written straight into the tables (the services' checks would only slow the set-up).
    const postings = Array.from({ length: 3000 }, (_, i) => ({
      id: `p${String(i).padStart(5, '0')}`,
      office_id: t.officeId,
      seq: 100 + i,
      posted_on: new Date(Date.UTC(2026, 0, 3 + (i % 300))).toISOString().slice(0, 10),
      source: i % 2 === 0 ? ('receipt' as const) : ('campaignPayment' as const),
      receipt_id: i % 2 === 0 ? receipt.id : null,
      campaign_id: i % 2 === 0 ? null : campaignId,
      created_at: '2026-11-22T08:00:00.000Z',
    }));
    const entries = postings.map((p, i) => ({
      id: `e${p.id}`,
      posting_id: p.id,
      asset: 'cash' as const,
      pot: i % 3 === 0 ? 'purpose:gifts' : 'general',
      amount: i % 2 === 0 ? 1000 : -500,
    }));
    for (const chunk of chunks(postings, 300)) await t.db.insertInto('fund_posting').values(chunk).execute();
    for (const chunk of chunks(entries, 300)) await t.db.insertInto('fund_entry').values(chunk).execute();
    const statements = vi.spyOn(t.connection.sqlite, 'prepare');
    const started = performance.now();
    const year = await ledger({ from: '2026-01-01', to: '2026-12-31' });
    const elapsed = performance.now() - started;
    expect(year.lines).toHaveLength(3001);
    expect(year.closing).toBe(1_000_000 + 1500 * 1000 - 1500 * 500);
    // Batched look-ups, not one per line: 3,001 lines take a dozen statements.
    expect(statements.mock.calls.length).toBeLessThanOrEqual(15);
    // About 40 ms here, a query that grows with the square of the postings 500: a bound loose
    // enough for a slow machine.
    expect(elapsed).toBeLessThan(1000);
  });
});
