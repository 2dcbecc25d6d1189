import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { potKey } from '../../../shared/codes/fund';
import { refusal, seedGiftChildren } from '../../../tests/fixtures/gifts';
import { approval, cashBalance, completion, proposal, receiveCash, supportContext, type SupportContext } from '../../../tests/fixtures/fund-support';
import { addFollowUp, approveSupport, cancelSupport, completeSupport, rejectSupport, reopenSupport } from './support-workflow';
import { proposeSupport } from './supports';

let t: SupportContext;
let childId: string;

beforeEach(async () => {
  t = await supportContext();
  [childId = ''] = await seedGiftChildren(t, [{ fullName: 'Lê Thị Mai', unitId: 'w:11311' }]);
});
afterEach(() => t.dispose());

const childPot = () => potKey({ kind: 'child', childId });
const heartPot = potKey({ kind: 'purpose', purpose: 'heartSurgery' });
const communePot = potKey({ kind: 'unit', unitId: 'w:11311' });

/** Everything the fund keeps about cases and money, to show that a refused step wrote nothing. */
async function snapshot() {
  const [supports, events, postings, entries, attachments, audit] = await Promise.all([
    t.db.selectFrom('fund_support').selectAll().orderBy('id').execute(),
    t.db.selectFrom('fund_support_event').selectAll().orderBy('id').execute(),
    t.db.selectFrom('fund_posting').selectAll().orderBy('id').execute(),
    t.db.selectFrom('fund_entry').selectAll().orderBy('id').execute(),
    t.db.selectFrom('fund_attachment').selectAll().orderBy('id').execute(),
    t.db.selectFrom('audit_log').select('id').execute(),
  ]);
  return { supports, events, postings, entries, attachments, audit: audit.length };
}

async function approvedCase(changes: Parameters<typeof approval>[1] = {}) {
  const proposed = await proposeSupport(t.db, t.units, t.clock, proposal(childId));
  return approveSupport(t.db, t.units, t.clock, approval(proposed.id, changes));
}

describe('a heart surgery from proposal to follow-up', () => {
  it('is approved, done with its cost split, paid from the child’s money first, and followed up', async () => {
    await receiveCash(t, 10_000_000, { earmark: { kind: 'child', childId } });
    await receiveCash(t, 15_000_000, { earmark: { kind: 'purpose', purpose: 'heartSurgery' } });
    await receiveCash(t, 5_000_000, { earmark: { kind: 'unit', unitId: 'w:11311' } });
    await receiveCash(t, 100_000_000);
    // Set aside for something else: never drawn for this case.
    await receiveCash(t, 40_000_000, { earmark: { kind: 'purpose', purpose: 'scholarship' } });

    const proposed = await proposeSupport(t.db, t.units, t.clock, proposal(childId));
    expect(proposed.status).toBe('proposed');
    expect(proposed.actions).toEqual(['editProposal', 'approve', 'reject', 'cancel', 'attach']);

    const approved = await approveSupport(t.db, t.units, t.clock, approval(proposed.id));
    expect(approved).toMatchObject({ status: 'approved', decisionNo: '125/QĐ-UBND', decisionDate: '2026-10-15', approvedAmount: 60_000_000 });

    const done = await completeSupport(t.db, t.units, t.clock, completion(proposed.id));
    expect(done).toMatchObject({
      status: 'done',
      hospital: 'Bệnh viện Nhi Trung ương',
      doneOn: '2026-11-10',
      paidOn: '2026-11-12',
      costFund: 50_000_000,
      costInsurance: 20_000_000,
      costCofunders: 8_000_000,
      cofunderNames: 'Quỹ Trái tim cho em',
      costFamily: 2_000_000,
      costTotal: 80_000_000,
      unitName: 'Phường Máy Tơ',
      actions: ['reopen', 'followUp', 'attach'],
    });
    expect(done.payment?.amount).toBe(50_000_000);
    expect(done.payment?.paidOn).toBe('2026-11-12');
    expect(done.payment?.overrideReason).toBeNull();
    expect(done.payment?.pots.map((p) => [p.pot.key, p.amount])).toEqual([
      [childPot(), 10_000_000],
      [heartPot, 15_000_000],
      [communePot, 5_000_000],
      ['general', 20_000_000],
    ]);
    expect(done.payment?.pots[0]?.pot.childName).toBe('Lê Thị Mai');

    const payments = await t.db.selectFrom('fund_posting').selectAll().where('source', '=', 'supportPayment').execute();
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ support_id: proposed.id, posted_on: '2026-11-12', seq: done.payment?.seq });
    expect(await cashBalance(t)).toBe(170_000_000 - 50_000_000);
    expect(await cashBalance(t, potKey({ kind: 'purpose', purpose: 'scholarship' }))).toBe(40_000_000);

    const followed = await addFollowUp(t.db, t.units, t.clock, { supportId: proposed.id, notedOn: '2026-11-20', text: 'Tái khám sau mổ: sức khoẻ ổn định.' });
    expect(followed.events.map((e) => [e.kind, e.on, e.text])).toEqual([
      ['proposed', '2026-10-01', null],
      ['approved', '2026-10-15', '125/QĐ-UBND'],
      ['done', '2026-11-10', 'Bệnh viện Nhi Trung ương'],
      ['followUp', '2026-11-20', 'Tái khám sau mổ: sức khoẻ ổn định.'],
    ]);
  });

  it('counts the case in the commune the child lives in when it is done', async () => {
    await receiveCash(t, 60_000_000);
    const approved = await approvedCase();
    await t.db.updateTable('child').set({ unit_id: 'w:11329' }).where('id', '=', childId).execute();
    const done = await completeSupport(t.db, t.units, t.clock, completion(approved.id));
    expect(done.unitId).toBe('w:11329');
    expect(done.unitName).toBe('Phường Cầu Đất');
  });

  it('is done without a payment when others paid it all', async () => {
    const approved = await approvedCase();
    const done = await completeSupport(
      t.db,
      t.units,
      t.clock,
      completion(approved.id, { costFund: 0, costInsurance: 30_000_000, costCofunders: 0, cofunderNames: null, costFamily: 0 }),
    );
    expect(done.status).toBe('done');
    expect(done.payment).toBeNull();
    expect(await t.db.selectFrom('fund_posting').select('id').where('support_id', '=', approved.id).execute()).toHaveLength(0);
  });
});

describe('the decision', () => {
  it('can be amended with a reason, which the history keeps', async () => {
    const approved = await approvedCase();
    const amended = await approveSupport(
      t.db,
      t.units,
      t.clock,
      approval(approved.id, { mode: 'amend', decisionNo: '131/QĐ-UBND', approvedAmount: 70_000_000, reason: 'Chi phí phẫu thuật tăng' }),
    );
    expect(amended).toMatchObject({ status: 'approved', decisionNo: '131/QĐ-UBND', approvedAmount: 70_000_000 });
    expect(amended.events.at(-1)).toMatchObject({ kind: 'approvalAmended', on: '2026-10-15', text: 'Chi phí phẫu thuật tăng' });
  });

  it('is not amended without a reason, nor dated after today', async () => {
    const approved = await approvedCase();
    const before = await snapshot();
    expect(await refusal(approveSupport(t.db, t.units, t.clock, approval(approved.id, { mode: 'amend', approvedAmount: 70_000_000 })))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'reason', message: 'validation.required' }],
    });
    const proposed = await proposeSupport(t.db, t.units, t.clock, proposal(childId));
    const after = await snapshot();
    expect(await refusal(approveSupport(t.db, t.units, t.clock, approval(proposed.id, { decisionDate: '2026-11-23' })))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'decisionDate', message: 'validation.notAfterToday' }],
    });
    expect((await snapshot()).supports).toEqual(after.supports);
    expect(before.supports.find((s) => s.id === approved.id)).toEqual(after.supports.find((s) => s.id === approved.id));
  });
});

describe('approving and amending', () => {
  it('take the step the user chose: approving an approved case, or amending a proposal, is refused', async () => {
    const approved = await approvedCase();
    const proposed = await proposeSupport(t.db, t.units, t.clock, proposal(childId));
    const before = await snapshot();
    // A second "approve" (a screen that missed the first) is not an amendment, even with a reason.
    const again = approval(approved.id, { mode: 'approve', decisionNo: '131/QĐ-UBND', approvedAmount: 70_000_000, reason: 'Chi phí tăng' });
    expect((await refusal(approveSupport(t.db, t.units, t.clock, again))).code).toBe('errors.supportTransition');
    const early = approval(proposed.id, { mode: 'amend', reason: 'Chi phí tăng' });
    expect((await refusal(approveSupport(t.db, t.units, t.clock, early))).code).toBe('errors.supportTransition');
    expect(await snapshot()).toEqual(before);
    expect((await approveSupport(t.db, t.units, t.clock, approval(proposed.id, { mode: 'approve' }))).status).toBe('approved');
  });
});

describe('dates in order', () => {
  it('refuses a decision dated before the proposal, and a payment before the decision', async () => {
    await receiveCash(t, 100_000_000);
    const proposed = await proposeSupport(t.db, t.units, t.clock, proposal(childId));
    expect(await refusal(approveSupport(t.db, t.units, t.clock, approval(proposed.id, { decisionDate: '2026-09-30' })))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'decisionDate', message: 'validation.decisionBeforeProposal' }],
    });
    const approved = await approveSupport(t.db, t.units, t.clock, approval(proposed.id));
    const before = await snapshot();
    expect(await refusal(completeSupport(t.db, t.units, t.clock, completion(approved.id, { paidOn: '2026-10-14' })))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'paidOn', message: 'validation.paidBeforeDecision' }],
    });
    expect(await snapshot()).toEqual(before);
    // An operation before the decision is fine: support is often granted afterwards.
    const done = await completeSupport(t.db, t.units, t.clock, completion(approved.id, { doneOn: '2026-10-10', paidOn: '2026-10-15' }));
    expect(done).toMatchObject({ status: 'done', doneOn: '2026-10-10', paidOn: '2026-10-15' });
  });

  it('allows an operation before the proposal: support is often granted afterwards', async () => {
    await receiveCash(t, 100_000_000);
    const approved = await approvedCase();
    const done = await completeSupport(t.db, t.units, t.clock, completion(approved.id, { doneOn: '2026-09-20' }));
    expect(done).toMatchObject({ status: 'done', proposedOn: '2026-10-01', doneOn: '2026-09-20' });
  });

  it('refuses rejecting or cancelling a case before its proposal, writing nothing', async () => {
    const proposed = await proposeSupport(t.db, t.units, t.clock, proposal(childId));
    const approved = await approvedCase();
    const before = await snapshot();
    const refusedOn = { code: 'errors.invalidInput', details: [{ path: 'on', message: 'validation.closedBeforeProposal' }] };
    expect(await refusal(rejectSupport(t.db, t.units, t.clock, { id: proposed.id, on: '2026-09-30', reason: 'Không đủ điều kiện' }))).toEqual(refusedOn);
    expect(await refusal(cancelSupport(t.db, t.units, t.clock, { id: proposed.id, on: '2026-09-30', reason: 'Không thực hiện' }))).toEqual(refusedOn);
    expect(await refusal(cancelSupport(t.db, t.units, t.clock, { id: approved.id, on: '2026-09-30', reason: 'Không thực hiện' }))).toEqual(refusedOn);
    expect(await snapshot()).toEqual(before);
    // The proposal's own day is fine.
    expect((await rejectSupport(t.db, t.units, t.clock, { id: proposed.id, on: '2026-10-01', reason: 'Không đủ điều kiện' })).status).toBe('rejected');
  });

  it('refuses a follow-up note dated before the support was given', async () => {
    await receiveCash(t, 100_000_000);
    const approved = await approvedCase();
    await completeSupport(t.db, t.units, t.clock, completion(approved.id));
    const before = await snapshot();
    expect(await refusal(addFollowUp(t.db, t.units, t.clock, { supportId: approved.id, notedOn: '2026-11-09', text: 'Khám trước mổ' }))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'notedOn', message: 'validation.followUpBeforeDone' }],
    });
    expect(await snapshot()).toEqual(before);
    const followed = await addFollowUp(t.db, t.units, t.clock, { supportId: approved.id, notedOn: '2026-11-10', text: 'Mổ thành công' });
    expect(followed.events.at(-1)).toMatchObject({ kind: 'followUp', on: '2026-11-10' });
  });
});

describe('completing a case', () => {
  it('needs the hospital of a surgery', async () => {
    await receiveCash(t, 60_000_000);
    const approved = await approvedCase();
    expect(await refusal(completeSupport(t.db, t.units, t.clock, completion(approved.id, { hospital: null })))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'hospital', message: 'validation.hospitalRequired' }],
    });
  });

  it('refuses a fund share above the approved amount', async () => {
    await receiveCash(t, 100_000_000);
    const approved = await approvedCase();
    const before = await snapshot();
    expect((await refusal(completeSupport(t.db, t.units, t.clock, completion(approved.id, { costFund: 60_000_001 })))).code).toBe('errors.exceedsApproved');
    expect(await snapshot()).toEqual(before);
    const done = await completeSupport(t.db, t.units, t.clock, completion(approved.id, { costFund: 60_000_000 }));
    expect(done.payment?.amount).toBe(60_000_000);
  });

  it('refuses to overdraw the fund, then pays with an override reason kept on the posting', async () => {
    await receiveCash(t, 10_000_000, { earmark: { kind: 'purpose', purpose: 'heartSurgery' } });
    await receiveCash(t, 20_000_000);
    // 100 M that this case may not touch.
    await receiveCash(t, 50_000_000, { earmark: { kind: 'purpose', purpose: 'scholarship' } });
    await receiveCash(t, 50_000_000, { earmark: { kind: 'unit', unitId: 'w:11329' } });
    const approved = await approvedCase();
    const before = await snapshot();

    expect((await refusal(completeSupport(t.db, t.units, t.clock, completion(approved.id)))).code).toBe('errors.fundOverdraft');
    expect(await snapshot()).toEqual(before);

    const reason = 'Ca mổ cấp cứu, nhà tài trợ đã cam kết chuyển tiền trong tháng 12';
    const done = await completeSupport(t.db, t.units, t.clock, completion(approved.id, { overrideReason: reason }));
    expect(done.payment?.overrideReason).toBe(reason);
    expect(done.payment?.pots.map((p) => [p.pot.key, p.amount])).toEqual([
      [heartPot, 10_000_000],
      ['general', 40_000_000],
    ]);
    const posting = await t.db.selectFrom('fund_posting').selectAll().where('id', '=', done.payment?.postingId ?? '').executeTakeFirstOrThrow();
    expect(posting.override_reason).toBe(reason);
    expect(await cashBalance(t, 'general')).toBe(-20_000_000);
    const logged = await t.db.selectFrom('audit_log').select('entity_id').where('entity', '=', 'fund_overdraft').execute();
    expect(logged).toEqual([{ entity_id: posting.id }]);
  });

  it('is refused in a closed month, writing nothing', async () => {
    await receiveCash(t, 60_000_000);
    const approved = await approvedCase();
    await t.db.insertInto('fund_period_close').values({ period: '2026-10', office_id: t.officeId, closed_at: '2026-11-05T02:00:00.000Z' }).execute();
    const before = await snapshot();
    expect(await refusal(completeSupport(t.db, t.units, t.clock, completion(approved.id, { doneOn: '2026-10-20', paidOn: '2026-10-25' })))).toEqual({
      code: 'errors.periodLocked',
      details: [{ path: 'paidOn', message: 'errors.periodLocked' }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('is refused for a day after today', async () => {
    await receiveCash(t, 60_000_000);
    const approved = await approvedCase();
    expect((await refusal(completeSupport(t.db, t.units, t.clock, completion(approved.id, { paidOn: '2026-11-23' })))).code).toBe('errors.futureDate');
    expect((await refusal(completeSupport(t.db, t.units, t.clock, completion(approved.id, { doneOn: '2026-11-23' })))).details).toEqual([
      { path: 'doneOn', message: 'validation.notAfterToday' },
    ]);
  });
});

describe('reopening a done case', () => {
  it('reverses the payment, keeps both postings, and the case can be completed again', async () => {
    await receiveCash(t, 100_000_000);
    const approved = await approvedCase();
    const done = await completeSupport(t.db, t.units, t.clock, completion(approved.id));
    expect(await cashBalance(t)).toBe(50_000_000);

    const reopened = await reopenSupport(t.db, t.units, t.clock, { id: approved.id, date: '2026-11-20', reason: 'Nhập sai phần Quỹ chi trả' });
    expect(reopened).toMatchObject({ status: 'approved', payment: null, doneOn: null, paidOn: null, costFund: null, hospital: null, cofunderNames: null });
    expect(reopened.events.at(-1)).toMatchObject({ kind: 'reopened', on: '2026-11-20', text: 'Nhập sai phần Quỹ chi trả' });
    expect(await cashBalance(t)).toBe(100_000_000);
    const postings = await t.db.selectFrom('fund_posting').selectAll().where('support_id', '=', approved.id).orderBy('seq').execute();
    expect(postings.map((p) => [p.source, p.posted_on, p.reverses_id])).toEqual([
      ['supportPayment', '2026-11-12', null],
      ['reversal', '2026-11-20', done.payment?.postingId],
    ]);

    const again = await completeSupport(t.db, t.units, t.clock, completion(approved.id, { costFund: 45_000_000, costFamily: 7_000_000, paidOn: '2026-11-21' }));
    expect(again.payment).toMatchObject({ amount: 45_000_000, paidOn: '2026-11-21' });
    expect(again.payment?.seq).toBeGreaterThan(postings[1]?.seq ?? Infinity);
    expect(await cashBalance(t)).toBe(55_000_000);
  });

  it('counts a case completed again in the commune its first payment was counted in, even if the child moved', async () => {
    await receiveCash(t, 100_000_000);
    const approved = await approvedCase();
    await completeSupport(t.db, t.units, t.clock, completion(approved.id));
    await reopenSupport(t.db, t.units, t.clock, { id: approved.id, date: '2026-11-20', reason: 'Nhập sai phần Quỹ chi trả' });
    await t.db.updateTable('child').set({ unit_id: 'w:11329' }).where('id', '=', childId).execute();
    const again = await completeSupport(t.db, t.units, t.clock, completion(approved.id, { costFund: 45_000_000, paidOn: '2026-11-21' }));
    expect(again).toMatchObject({ unitId: 'w:11311', unitName: 'Phường Máy Tơ' });
  });

  it('is refused before the payment’s day', async () => {
    await receiveCash(t, 100_000_000);
    const approved = await approvedCase();
    await completeSupport(t.db, t.units, t.clock, completion(approved.id));
    const before = await snapshot();
    expect((await refusal(reopenSupport(t.db, t.units, t.clock, { id: approved.id, date: '2026-11-11', reason: 'Nhập sai' }))).code).toBe(
      'errors.reversalBeforeOriginal',
    );
    expect(await snapshot()).toEqual(before);
  });
});

describe('closing a case', () => {
  it('rejects a proposal and cancels an approved case, with the day and reason', async () => {
    const proposed = await proposeSupport(t.db, t.units, t.clock, proposal(childId));
    const rejected = await rejectSupport(t.db, t.units, t.clock, { id: proposed.id, on: '2026-10-10', reason: 'Đã được bảo hiểm chi trả toàn bộ' });
    expect(rejected).toMatchObject({ status: 'rejected', closedOn: '2026-10-10', closedReason: 'Đã được bảo hiểm chi trả toàn bộ', actions: [] });
    expect(rejected.events.at(-1)).toMatchObject({ kind: 'rejected', on: '2026-10-10' });

    const approved = await approvedCase();
    const cancelled = await cancelSupport(t.db, t.units, t.clock, { id: approved.id, on: '2026-11-01', reason: 'Gia đình chuyển đi nơi khác' });
    expect(cancelled).toMatchObject({ status: 'cancelled', closedOn: '2026-11-01', closedReason: 'Gia đình chuyển đi nơi khác', actions: [] });
  });
});
