import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cashReceipt, donor, fundChildren, fundContext, giftCampaign, goodsReceipt, refusal, type FundContext } from '../../../tests/fixtures/fund';
import { donorInputSchema, receiptInputSchema, receiptQuerySchema } from '../../../shared/schemas/fund';
import { issueGoods } from './campaign-payments';
import { updateDonor } from './donors';
import { closePeriod } from './periods';
import { fundOverview } from './overview';
import { cancelReceipt, createReceipt, listReceipts, nextReceiptNo } from './receipts';

let t: FundContext;
beforeEach(async () => (t = await fundContext()));
afterEach(() => t.close());

const list = (query: Record<string, unknown> = {}) => listReceipts(t.db, t.units, receiptQuerySchema.parse(query));
const ledgerRows = () =>
  t.db
    .selectFrom('fund_entry as e')
    .innerJoin('fund_posting as p', 'p.id', 'e.posting_id')
    .select(['p.source', 'p.posted_on', 'p.receipt_id', 'e.asset', 'e.pot', 'e.amount', 'e.quantity', 'e.lot_receipt_id'])
    .orderBy('p.seq')
    .execute();

describe('createReceipt', () => {
  it('posts cash to the pot its earmark names, and goods as a lot of their own', async () => {
    const [childId] = await fundChildren(t, [{}]);
    const cash = await cashReceipt(t, 20_000_000, { receiptNo: 'PT-2026-0001', earmarkKind: 'child', earmarkChildId: childId });
    const goods = await goodsReceipt(t, 40, 12_000_000, { earmarkKind: 'purpose', earmarkPurpose: 'gifts', receivedOn: '2026-11-03' });

    expect(cash).toMatchObject({
      receiptNo: 'PT-2026-0001',
      kind: 'cash',
      amount: 20_000_000,
      goodsDescription: null,
      earmark: { kind: 'child', childId, childName: expect.any(String) },
      postingSeq: 1,
      cancelled: null,
    });
    expect(goods).toMatchObject({ kind: 'inKind', goodsQuantity: 40, goodsUnit: 'thùng', earmark: { kind: 'purpose', purpose: 'gifts' }, postingSeq: 2 });
    expect(await ledgerRows()).toEqual([
      { source: 'receipt', posted_on: '2026-11-01', receipt_id: cash.id, asset: 'cash', pot: `child:${childId}`, amount: 20_000_000, quantity: null, lot_receipt_id: null },
      { source: 'receipt', posted_on: '2026-11-03', receipt_id: goods.id, asset: 'goods', pot: 'purpose:gifts', amount: 12_000_000, quantity: 40, lot_receipt_id: goods.id },
    ]);
    const audit = await t.db.selectFrom('audit_log').select(['action', 'entity_id']).where('entity', '=', 'fund_receipt').execute();
    expect(audit).toEqual([
      { action: 'create', entity_id: cash.id },
      { action: 'create', entity_id: goods.id },
    ]);
  });

  it('keeps only the earmark its kind names', async () => {
    const receipt = await cashReceipt(t, 1_000_000, { earmarkKind: 'unit', earmarkUnitId: '11329', earmarkPurpose: 'gifts', earmarkChildId: 'x' });
    expect(receipt.earmark).toMatchObject({ kind: 'unit', unitId: '11329', unitName: 'Phường Gia Viên', purpose: null, childId: null });
  });

  it('refuses a commune outside the office area, a child not on the register, and an unknown donor', async () => {
    expect(await refusal(cashReceipt(t, 1_000_000, { earmarkKind: 'unit', earmarkUnitId: '00004' }))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'earmarkUnitId', message: 'validation.earmarkTarget' }],
    });
    expect(await refusal(cashReceipt(t, 1_000_000, { earmarkKind: 'child', earmarkChildId: 'no-such-child' }))).toMatchObject({
      details: [{ path: 'earmarkChildId' }],
    });
    expect(await refusal(cashReceipt(t, 1_000_000, { donorId: 'no-such-donor' }))).toMatchObject({ details: [{ path: 'donorId' }] });
    expect(await ledgerRows()).toEqual([]);
  });

  it('refuses goods in kind set aside for anything but gifts, even past the form', async () => {
    const giver = await donor(t);
    const goods = receiptInputSchema.parse({
      receiptNo: 'PT-2026-0001',
      receivedOn: '2026-11-01',
      donorId: giver.id,
      kind: 'inKind',
      amount: 1_000_000,
      goodsDescription: 'Xe đạp',
      goodsQuantity: 4,
      goodsUnit: 'chiếc',
      note: null,
    });
    const [childId = ''] = await fundChildren(t, [{}]);
    const refused = { code: 'errors.invalidInput', details: [{ path: 'earmarkKind', message: 'validation.goodsEarmark' }] };
    for (const earmark of [
      { earmarkKind: 'purpose', earmarkPurpose: 'heartSurgery' },
      { earmarkKind: 'unit', earmarkUnitId: 'w:11311' },
      { earmarkKind: 'child', earmarkChildId: childId },
    ] as const) {
      expect(await refusal(createReceipt(t.db, t.units, t.clock, { ...goods, ...earmark }))).toEqual(refused);
    }
    expect(await ledgerRows()).toEqual([]);
    const forGifts = await createReceipt(t.db, t.units, t.clock, { ...goods, earmarkKind: 'purpose', earmarkPurpose: 'gifts' });
    expect(forGifts.earmark).toMatchObject({ kind: 'purpose', purpose: 'gifts' });
  });

  it('keeps the donor’s kind as it was that day, whatever the donor becomes later', async () => {
    const giver = await donor(t, { kind: 'individual', origin: 'domestic' });
    const receipt = await cashReceipt(t, 1_000_000, { donorId: giver.id });
    const changed = donorInputSchema.parse({ name: giver.name, kind: 'business', origin: 'international', contactPerson: null, phone: null, email: null, address: null, note: null });
    await updateDonor(t.db, t.clock, { ...changed, id: giver.id });
    const later = await cashReceipt(t, 1_000_000, { donorId: giver.id });
    expect((await list()).map((r) => [r.id, r.donorKind])).toEqual([
      [later.id, 'business'],
      [receipt.id, 'individual'],
    ]);
    const kept = await t.db.selectFrom('fund_receipt').select(['id', 'donor_kind', 'donor_origin']).orderBy('received_on').orderBy('id').execute();
    expect(kept).toEqual([
      { id: receipt.id, donor_kind: 'individual', donor_origin: 'domestic' },
      { id: later.id, donor_kind: 'business', donor_origin: 'international' },
    ]);
  });

  it('refuses a number already used (whatever its case) and a day after today', async () => {
    await cashReceipt(t, 1_000_000, { receiptNo: 'PT-2026-0007' });
    expect(await refusal(cashReceipt(t, 1_000_000, { receiptNo: 'pt-2026-0007' }))).toEqual({
      code: 'errors.receiptNoTaken',
      details: [{ path: 'receiptNo', message: 'errors.receiptNoTaken' }],
    });
    expect(await refusal(cashReceipt(t, 1_000_000, { receivedOn: '2026-11-23' }))).toEqual({
      code: 'errors.futureDate',
      details: [{ path: 'receivedOn', message: 'validation.notAfterToday' }],
    });
    expect(await list()).toHaveLength(1);
  });
});

describe('nextReceiptNo', () => {
  it('is one more than the year’s highest PT- number, ignoring numbers typed in other patterns', async () => {
    expect(await nextReceiptNo(t.db, 2026)).toEqual({ receiptNo: 'PT-2026-0001' });
    await cashReceipt(t, 1, { receiptNo: 'PT-2026-0009' });
    await cashReceipt(t, 1, { receiptNo: 'PT-2026-0010' });
    await cashReceipt(t, 1, { receiptNo: 'PT-2026-0099-A' });
    await cashReceipt(t, 1, { receiptNo: '0500/PT' });
    await cashReceipt(t, 1, { receiptNo: 'PT-2025-0700', receivedOn: '2025-12-30' });
    expect(await nextReceiptNo(t.db, 2026)).toEqual({ receiptNo: 'PT-2026-0011' });
    expect(await nextReceiptNo(t.db, 2025)).toEqual({ receiptNo: 'PT-2025-0701' });
    expect(await nextReceiptNo(t.db, 2027)).toEqual({ receiptNo: 'PT-2027-0001' });
  });
});

describe('listReceipts', () => {
  it('filters by period, donor, and number or donor name without accents; newest first', async () => {
    const hoa = await donor(t, { name: 'Bà Trần Thị Hòa', kind: 'individual' });
    const other = await donor(t, { name: 'Ngân hàng Phát triển', kind: 'business' });
    await cashReceipt(t, 1_000_000, { receiptNo: 'PT-2026-0001', receivedOn: '2026-10-05', donorId: hoa.id });
    await cashReceipt(t, 2_000_000, { receiptNo: 'PT-2026-0002', receivedOn: '2026-11-05', donorId: other.id });
    await cashReceipt(t, 3_000_000, { receiptNo: 'PT-2026-0003', receivedOn: '2026-11-05', donorId: hoa.id });

    const numbers = (rows: { receiptNo: string }[]) => rows.map((r) => r.receiptNo);
    expect(numbers(await list())).toEqual(['PT-2026-0003', 'PT-2026-0002', 'PT-2026-0001']);
    expect(numbers(await list({ from: '2026-11-01', to: '2026-11-30' }))).toEqual(['PT-2026-0003', 'PT-2026-0002']);
    expect(numbers(await list({ donorId: hoa.id }))).toEqual(['PT-2026-0003', 'PT-2026-0001']);
    expect(numbers(await list({ search: 'tran thi hoa' }))).toEqual(['PT-2026-0003', 'PT-2026-0001']);
    expect(numbers(await list({ search: 'pt-2026-0002' }))).toEqual(['PT-2026-0002']);
    expect((await list({ search: 'Hòa' }))[0]).toMatchObject({ donorName: 'Bà Trần Thị Hòa', donorKind: 'individual' });
  });
});

describe('cancelReceipt', () => {
  it('reverses its posting on the day given, once', async () => {
    const receipt = await cashReceipt(t, 5_000_000, { receivedOn: '2026-11-02' });
    const cancel = (date: string) => cancelReceipt(t.db, t.units, t.clock, { id: receipt.id, date, reason: 'Ghi nhầm nhà tài trợ', overrideReason: null });
    expect(await refusal(cancel('2026-11-01'))).toMatchObject({ code: 'errors.reversalBeforeOriginal' });
    const cancelled = await cancel('2026-11-04');
    expect(cancelled.cancelled).toEqual({ on: '2026-11-04', reason: 'Ghi nhầm nhà tài trợ', postingSeq: 2 });
    expect((await ledgerRows()).map((r) => [r.source, r.posted_on, r.amount])).toEqual([
      ['receipt', '2026-11-02', 5_000_000],
      ['reversal', '2026-11-04', -5_000_000],
    ]);
    expect(await refusal(cancel('2026-11-05'))).toMatchObject({ code: 'errors.alreadyReversed' });
    expect((await fundOverview(t.db, t.units)).cash.total).toBe(0);
  });

  it('happens once when asked twice at the same time', async () => {
    const receipt = await cashReceipt(t, 5_000_000, { receivedOn: '2026-11-02' });
    const cancel = () => cancelReceipt(t.db, t.units, t.clock, { id: receipt.id, date: '2026-11-04', reason: 'Bấm hai lần', overrideReason: null });
    const outcomes = await Promise.allSettled([cancel(), cancel()]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failure = outcomes.find((o) => o.status === 'rejected');
    expect(await refusal(Promise.reject(failure?.reason))).toEqual({ code: 'errors.alreadyReversed', details: undefined });
    expect((await ledgerRows()).map((r) => r.amount)).toEqual([5_000_000, -5_000_000]);
  });

  it('is refused on a day the books are closed for', async () => {
    const receipt = await cashReceipt(t, 5_000_000, { receivedOn: '2026-09-02' });
    await closePeriod(t.db, t.clock, { period: '2026-10' });
    const cancel = (date: string) => cancelReceipt(t.db, t.units, t.clock, { id: receipt.id, date, reason: 'Ghi nhầm', overrideReason: null });
    expect(await refusal(cancel('2026-09-03'))).toEqual({ code: 'errors.periodLocked', details: [{ path: 'date', message: 'errors.periodLocked' }] });
    expect(await refusal(cancel('2026-10-31'))).toMatchObject({ code: 'errors.periodLocked' });
    expect((await list())[0]?.cancelled).toBeNull();
    expect((await cancel('2026-11-01')).cancelled).toMatchObject({ on: '2026-11-01' });
  });

  it('of goods already handed out is refused, even with an override, until the issue is reversed', async () => {
    const lot = await goodsReceipt(t, 10, 1_000_000);
    const campaignId = await giftCampaign(t);
    await issueGoods(t.db, t.clock, { campaignId, receiptId: lot.id, quantity: 1, issuedOn: '2026-11-10', note: null });
    expect(
      await refusal(cancelReceipt(t.db, t.units, t.clock, { id: lot.id, date: '2026-11-20', reason: 'Hàng hỏng', overrideReason: 'Vẫn hủy' })),
    ).toMatchObject({ code: 'errors.goodsShortage' });
    expect((await list())[0]?.cancelled).toBeNull();
  });

  it('of goods not handed out empties the lot, and the lot leaves the overview', async () => {
    const lot = await goodsReceipt(t, 10, 1_000_000);
    await cancelReceipt(t.db, t.units, t.clock, { id: lot.id, date: '2026-11-20', reason: 'Hàng hỏng', overrideReason: null });
    expect((await fundOverview(t.db, t.units)).goods).toEqual({ totalValue: 0, lots: [] });
  });
});
