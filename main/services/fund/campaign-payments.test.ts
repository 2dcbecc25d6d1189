import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cashReceipt, fundContext, giftCampaign, goodsReceipt, refusal, type FundContext } from '../../../tests/fixtures/fund';
import { fundOverview } from './overview';
import { issueGoods, payCampaign, reverseCampaignPosting } from './campaign-payments';

let t: FundContext;
let campaignId: string;
beforeEach(async () => {
  t = await fundContext();
  campaignId = await giftCampaign(t);
});
afterEach(() => t.close());

const pay = (amount: number, fields: Record<string, unknown> = {}) =>
  payCampaign(t.db, t.clock, { campaignId, paidOn: '2026-11-10', amount, note: null, overrideReason: null, ...fields });
const issue = (receiptId: string, quantity: number, fields: Record<string, unknown> = {}) =>
  issueGoods(t.db, t.clock, { campaignId, receiptId, quantity, issuedOn: '2026-11-10', note: null, ...fields });
const entries = (postingId: string) =>
  t.db.selectFrom('fund_entry').select(['asset', 'pot', 'amount', 'quantity']).where('posting_id', '=', postingId).orderBy('pot').execute();
const lot = async (receiptId: string) => (await fundOverview(t.db, t.units)).goods.lots.find((l) => l.receiptId === receiptId);

describe('payCampaign', () => {
  it('takes money for gifts first, then the general fund, and never money set aside for anything else', async () => {
    await cashReceipt(t, 3_000_000, { earmarkKind: 'purpose', earmarkPurpose: 'gifts' });
    await cashReceipt(t, 2_000_000);
    await cashReceipt(t, 50_000_000, { earmarkKind: 'purpose', earmarkPurpose: 'heartSurgery' });
    await cashReceipt(t, 50_000_000, { earmarkKind: 'unit', earmarkUnitId: 'w:11311' });
    const paid = await pay(4_000_000, { note: 'Đợt 1' });
    expect(await entries(paid.postingId)).toEqual([
      { asset: 'cash', pot: 'general', amount: -1_000_000, quantity: null },
      { asset: 'cash', pot: 'purpose:gifts', amount: -3_000_000, quantity: null },
    ]);
    const posting = await t.db.selectFrom('fund_posting').selectAll().where('id', '=', paid.postingId).executeTakeFirstOrThrow();
    expect(posting).toMatchObject({ source: 'campaignPayment', campaign_id: campaignId, note: 'Đợt 1', override_reason: null, seq: 5 });
    expect(await refusal(pay(1_000_001))).toEqual({ code: 'errors.fundOverdraft', details: undefined });
  });

  it('refuses an unknown campaign and a day after today', async () => {
    await cashReceipt(t, 3_000_000);
    expect(await refusal(pay(1, { campaignId: 'nope' }))).toEqual({ code: 'errors.notFound', details: undefined });
    expect(await refusal(pay(1, { paidOn: '2026-11-23' }))).toMatchObject({ code: 'errors.futureDate', details: [{ path: 'paidOn' }] });
  });
});

describe('issueGoods', () => {
  it('values each issue at its share of what is left, so that issuing the whole lot in odd quantities adds up to its value', async () => {
    const receipt = await goodsReceipt(t, 7, 1_000_000);
    const values: number[] = [];
    for (const quantity of [1, 2, 3, 1]) {
      const ref = await issue(receipt.id, quantity);
      const [entry] = await entries(ref.postingId);
      expect(entry).toMatchObject({ asset: 'goods', pot: 'general', quantity: -quantity });
      values.push(-(entry?.amount ?? 0));
    }
    expect(values).toEqual([142_857, 285_714, 428_572, 142_857]);
    expect(values.reduce((a, b) => a + b, 0)).toBe(1_000_000);
    expect(await lot(receipt.id)).toMatchObject({ quantityReceived: 7, valueReceived: 1_000_000, quantityLeft: 0, valueLeft: 0 });
    expect(await refusal(issue(receipt.id, 1))).toEqual({ code: 'errors.goodsShortage', details: [{ path: 'quantity', message: 'errors.goodsShortage' }] });
  });

  it('handles fractional quantities without stranding a đồng', async () => {
    const receipt = await goodsReceipt(t, 1, 100, { goodsUnit: 'tấn' });
    for (const quantity of [0.1, 0.2, 0.3, 0.4]) await issue(receipt.id, quantity);
    expect(await lot(receipt.id)).toMatchObject({ quantityLeft: 0, valueLeft: 0 });
  });

  it('gives back the goods when reversed', async () => {
    const receipt = await goodsReceipt(t, 10, 1_000_000);
    const ref = await issue(receipt.id, 4);
    await reverseCampaignPosting(t.db, t.clock, { postingId: ref.postingId, date: '2026-11-12', reason: 'Trả lại kho', overrideReason: null });
    expect(await lot(receipt.id)).toMatchObject({ quantityLeft: 10, valueLeft: 1_000_000 });
  });

  it('only from lots received in kind (goods are only ever set aside for gifts)', async () => {
    const cash = await cashReceipt(t, 1_000_000);
    const forGifts = await goodsReceipt(t, 5, 500_000, { earmarkKind: 'purpose', earmarkPurpose: 'gifts' });
    expect(await refusal(issue(cash.id, 1))).toEqual({ code: 'errors.invalidInput', details: [{ path: 'receiptId', message: 'validation.invalid' }] });
    expect(await refusal(issue('nope', 1))).toMatchObject({ code: 'errors.invalidInput' });
    const ref = await issue(forGifts.id, 1);
    expect(await entries(ref.postingId)).toEqual([{ asset: 'goods', pot: 'purpose:gifts', amount: -100_000, quantity: -1 }]);
  });

  it('reads quantities to three decimals, so that 10 − 3,3 − 3,3 leaves 3,4', async () => {
    const receipt = await goodsReceipt(t, 10, 1_000_000, { goodsUnit: 'tạ' });
    await issue(receipt.id, 3.3);
    await issue(receipt.id, 3.3);
    expect(await lot(receipt.id)).toMatchObject({ quantityReceived: 10, quantityLeft: 3.4, valueLeft: 340_000 });
    const ref = await issue(receipt.id, 3.4);
    expect(await entries(ref.postingId)).toMatchObject([{ amount: -340_000 }]);
    expect(await lot(receipt.id)).toMatchObject({ quantityLeft: 0, valueLeft: 0 });
  });

  it('cannot take goods a later issue already took', async () => {
    const receipt = await goodsReceipt(t, 10, 1_000_000);
    await issue(receipt.id, 8, { issuedOn: '2026-11-15' });
    expect(await refusal(issue(receipt.id, 3, { issuedOn: '2026-11-05' }))).toMatchObject({ code: 'errors.goodsShortage' });
    await issue(receipt.id, 2, { issuedOn: '2026-11-05' });
    expect(await lot(receipt.id)).toMatchObject({ quantityLeft: 0, valueLeft: 0 });
  });
});

describe('reverseCampaignPosting', () => {
  it('reverses only campaign payments and goods issues', async () => {
    const receipt = await cashReceipt(t, 1_000_000);
    const request = { postingId: receipt.postingId, date: '2026-11-12', reason: 'Sai', overrideReason: null };
    expect(await refusal(reverseCampaignPosting(t.db, t.clock, request))).toMatchObject({ code: 'errors.notReversible' });
    expect(await refusal(reverseCampaignPosting(t.db, t.clock, { ...request, postingId: 'nope' }))).toMatchObject({ code: 'errors.notFound' });
  });
});
