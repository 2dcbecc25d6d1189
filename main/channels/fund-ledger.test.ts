import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fundContext, giftCampaign, type FundContext } from '../../tests/fixtures/fund';
import { dispatch } from '../handlers';

let t: FundContext;
beforeEach(async () => (t = await fundContext()));
afterEach(() => t.close());

const call = async (channel: string, input?: unknown) => {
  const answer = await dispatch(t.ctx, channel, input);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.code}`);
  return answer.data as never;
};

describe('fund ledger channels', () => {
  it('take a donor and a receipt from the forms through to the ledger', async () => {
    const donor: { id: string } = await call('fund.createDonor', {
      name: 'Công ty Cổ phần Thép Hải Đăng',
      kind: 'business',
      origin: 'domestic',
      contactPerson: '',
      phone: '',
      email: '',
      address: '',
      note: '',
    });
    expect(await call('fund.nextReceiptNo', { year: 2026 })).toEqual({ receiptNo: 'PT-2026-0001' });
    const receipt = {
      receiptNo: 'PT-2026-0001',
      receivedOn: '2026-11-03',
      donorId: donor.id,
      kind: 'cash',
      amount: 12_000_000,
      goodsDescription: '',
      goodsQuantity: null,
      goodsUnit: '',
      note: '',
      earmarkKind: 'purpose',
      earmarkPurpose: 'gifts',
    };
    expect(await call('fund.createReceipt', receipt)).toMatchObject({ receiptNo: 'PT-2026-0001', postingSeq: 1, earmark: { key: 'purpose:gifts' } });
    expect(await dispatch(t.ctx, 'fund.createReceipt', receipt)).toEqual({
      ok: false,
      error: { code: 'errors.receiptNoTaken', details: [{ path: 'receiptNo', message: 'errors.receiptNoTaken' }] },
    });
    expect(await call('fund.donors', { search: 'thep' })).toMatchObject([{ receiptCount: 1, receivedTotal: 12_000_000 }]);
    expect(await call('fund.receipts', {})).toHaveLength(1);

    const campaignId = await giftCampaign(t);
    const paid: { postingId: string } = await call('fund.payCampaign', { campaignId, paidOn: '2026-11-10', amount: 2_000_000, note: '', overrideReason: '' });
    expect(await call('fund.available', { target: { kind: 'campaign', id: campaignId }, on: '2026-11-22' })).toMatchObject({ total: 10_000_000 });
    expect(await call('fund.overview')).toMatchObject({ cash: { total: 10_000_000 } });
    expect(await call('fund.ledger', { from: '2026-11-01', to: '2026-11-30' })).toMatchObject({ opening: 0, closing: 10_000_000 });
    await call('fund.reversePosting', { postingId: paid.postingId, date: '2026-11-11', reason: 'Nhầm', overrideReason: '' });
    expect(await call('fund.closePeriod', { period: '2026-10' })).toMatchObject([{ period: '2026-10' }]);
    expect(await dispatch(t.ctx, 'fund.closePeriod', { period: '2026-13' })).toMatchObject({ ok: false, error: { code: 'errors.invalidInput' } });
  });
});
