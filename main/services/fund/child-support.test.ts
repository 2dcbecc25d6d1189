import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal, seedGiftChildren } from '../../../tests/fixtures/gifts';
import { approval, completion, proposal, receiveCash, supportContext, type SupportContext } from '../../../tests/fixtures/fund-support';
import { fundSupportHandlers } from '../../channels/fund-support';
import { childFundSupport } from './child-support';
import { cancelReceipt } from './receipts';
import { approveSupport, completeSupport, rejectSupport } from './support-workflow';
import { proposeSupport } from './supports';

let t: SupportContext;
let childId: string;
let otherChild: string;

beforeEach(async () => {
  t = await supportContext();
  [childId = '', otherChild = ''] = await seedGiftChildren(t, [{ fullName: 'Phạm Gia Khánh' }, { fullName: 'Ngô Thanh Vy' }]);
});
afterEach(() => t.dispose());

describe('the fund support on a child’s record', () => {
  it('lists the child’s cases, newest first, with the cost split, and the donations set aside for the child', async () => {
    const earmarked = await receiveCash(t, 12_000_000, { on: '2026-09-10', earmark: { kind: 'child', childId }, donorName: 'Bà Trịnh Thị Loan' });
    const withdrawn = await receiveCash(t, 3_000_000, { on: '2026-09-12', earmark: { kind: 'child', childId }, donorName: 'Ông Hồ Văn Tâm' });
    await cancelReceipt(t.db, t.units, t.clock, { id: withdrawn.receiptId, date: '2026-09-15', reason: 'Nhà hảo tâm rút lại', overrideReason: null });
    await receiveCash(t, 9_000_000, { on: '2026-09-11', earmark: { kind: 'child', childId: otherChild } });
    await receiveCash(t, 80_000_000);

    const older = await proposeSupport(t.db, t.units, t.clock, proposal(childId, { type: 'emergency', diagnosis: null, proposedOn: '2026-08-01', estimatedCost: 2_000_000 }));
    await rejectSupport(t.db, t.units, t.clock, { id: older.id, on: '2026-08-05', reason: 'Đã được địa phương hỗ trợ' });
    const heart = await proposeSupport(t.db, t.units, t.clock, proposal(childId));
    await approveSupport(t.db, t.units, t.clock, approval(heart.id));
    await completeSupport(t.db, t.units, t.clock, completion(heart.id));
    await proposeSupport(t.db, t.units, t.clock, proposal(otherChild));

    const support = await childFundSupport(t.db, t.units, childId);
    expect(support.supports.map((s) => [s.type, s.status])).toEqual([
      ['heartSurgery', 'done'],
      ['emergency', 'rejected'],
    ]);
    expect(support.supports[0]).toMatchObject({
      costFund: 50_000_000,
      costInsurance: 20_000_000,
      costCofunders: 8_000_000,
      cofunderNames: 'Quỹ Trái tim cho em',
      costFamily: 2_000_000,
      costTotal: 80_000_000,
    });
    // The money given for the child was spent on the child first.
    expect(support.supports[0]?.payment?.pots[0]).toMatchObject({ amount: 12_000_000, pot: { kind: 'child', childId, childName: 'Phạm Gia Khánh' } });
    expect(support.supports[1]?.closedReason).toBe('Đã được địa phương hỗ trợ');
    expect(support.earmarked).toEqual([
      { receiptId: withdrawn.receiptId, receiptNo: withdrawn.receiptNo, receivedOn: '2026-09-12', donorName: 'Ông Hồ Văn Tâm', kind: 'cash', amount: 3_000_000, cancelled: true },
      { receiptId: earmarked.receiptId, receiptNo: earmarked.receiptNo, receivedOn: '2026-09-10', donorName: 'Bà Trịnh Thị Loan', kind: 'cash', amount: 12_000_000, cancelled: false },
    ]);

    expect(await fundSupportHandlers['children.fundSupport'](t.ctx, { id: childId })).toEqual(support);
  });

  it('is empty for a child the fund has not helped, and notFound for an unknown child', async () => {
    expect(await childFundSupport(t.db, t.units, otherChild)).toEqual({ supports: [], earmarked: [] });
    expect((await refusal(childFundSupport(t.db, t.units, 'no-such-child'))).code).toBe('errors.notFound');
  });
});
