/**
 * The steps of a support case after its proposal: the decision (and its amendments), the case
 * done and paid from the fund, reopened by reversing that payment, rejected or cancelled, and
 * the follow-up notes. Each step is refused unless the case's status allows it.
 */
import type { Kysely } from 'kysely';
import { medicalSupportTypes, potsFor } from '../../../shared/codes/fund';
import type { ParsedInput } from '../../../shared/contract';
import type { SupportDetail } from '../../../shared/fund';
import type { Clock } from '../../clock';
import type { Database, FundSupportTable } from '../../db/schema';
import { AppFailure } from '../../failure';
import { recordAudit } from '../audit';
import type { UnitCatalog } from '../units';
import { assertOpenDate, drawCash, post, reversePosting } from './ledger';
import { addEvent, assertNotAfterToday, caseFor } from './support-case';
import { unitsServing } from './pots';
import { getSupport, standingPaymentPostings } from './support-read';

type Db = Kysely<Database>;
type SupportChanges = Partial<Omit<FundSupportTable, 'id' | 'office_id' | 'created_at' | 'updated_at'>>;

/** Writes a step: the case's new columns, its history line and the audit row, in one transaction. */
async function step(
  db: Db,
  units: UnitCatalog,
  clock: Clock,
  supportId: string,
  apply: (trx: Db) => Promise<{ row: FundSupportTable; changes: SupportChanges }>,
): Promise<SupportDetail> {
  await db.transaction().execute(async (trx) => {
    const { row, changes } = await apply(trx);
    await trx
      .updateTable('fund_support')
      .set({ ...changes, updated_at: clock.now().toISOString() })
      .where('id', '=', row.id)
      .execute();
    await recordAudit(trx, clock, { officeId: row.office_id, action: 'update', entity: 'fund_support', entityId: row.id });
  });
  return getSupport(db, units, supportId);
}

/**
 * Approves a proposal, or amends the decision of an approved case (with a reason). The user's
 * step decides which: an "approve" from a screen that missed the approval is refused, not taken
 * for an amendment without a reason, and an "amend" of a case not yet approved is refused too.
 */
export function approveSupport(db: Db, units: UnitCatalog, clock: Clock, input: ParsedInput<'fund.approveSupport'>): Promise<SupportDetail> {
  return step(db, units, clock, input.id, async (trx) => {
    const amending = input.mode === 'amend';
    const row = await caseFor(trx, input.id, amending ? 'amendApproval' : 'approve');
    if (amending && !input.reason) throw new AppFailure('errors.invalidInput', [{ path: 'reason', message: 'validation.required' }]);
    assertNotAfterToday(clock, input.decisionDate, 'decisionDate');
    if (input.decisionDate < row.proposed_on) {
      throw new AppFailure('errors.invalidInput', [{ path: 'decisionDate', message: 'validation.decisionBeforeProposal' }]);
    }
    await addEvent(trx, clock, {
      supportId: row.id,
      kind: amending ? 'approvalAmended' : 'approved',
      on: input.decisionDate,
      text: amending ? input.reason : input.decisionNo,
    });
    return { row, changes: { status: 'approved', decision_no: input.decisionNo, decision_date: input.decisionDate, approved_amount: input.approvedAmount } };
  });
}

/**
 * The case is done: the fund's share is paid from the ledger on paidOn, drawn from the money
 * set aside for the child first, then for the kind of support, the commune, the general fund.
 * A share of 0 (others paid it all) posts nothing. The reports count the case from its payment
 * (reports/child-times.ts), in its commune: the child's commune now, the first time it is paid;
 * a case completed again after a reopen stays where its first payment and its reversal were
 * counted, so that no closed period's figures move to another commune.
 */
export function completeSupport(db: Db, units: UnitCatalog, clock: Clock, input: ParsedInput<'fund.completeSupport'>): Promise<SupportDetail> {
  return step(db, units, clock, input.id, async (trx) => {
    const row = await caseFor(trx, input.id, 'complete');
    if (medicalSupportTypes.includes(row.type) && !input.hospital) {
      throw new AppFailure('errors.invalidInput', [{ path: 'hospital', message: 'validation.hospitalRequired' }]);
    }
    assertNotAfterToday(clock, input.doneOn, 'doneOn');
    // The operation may come before the decision, even before the proposal: support is often
    // granted after an operation. The payment may not: the ledger pays on a decision.
    if (row.decision_date && input.paidOn < row.decision_date) {
      throw new AppFailure('errors.invalidInput', [{ path: 'paidOn', message: 'validation.paidBeforeDecision' }]);
    }
    if (input.costFund > (row.approved_amount ?? 0)) throw new AppFailure('errors.exceedsApproved', [{ path: 'costFund', message: 'errors.exceedsApproved' }]);
    // Checked even without a payment (which the reports would not count): paidOn is the day the
    // books record the case, and closed books take nothing new.
    await assertOpenDate(trx, clock, input.paidOn, 'paidOn');
    const child = await trx.selectFrom('child').select('unit_id').where('id', '=', row.child_id).executeTakeFirstOrThrow();
    const paidBefore = await trx.selectFrom('fund_posting').select('id').where('support_id', '=', row.id).where('source', '=', 'supportPayment').executeTakeFirst();
    if (input.costFund > 0) {
      const pots = potsFor({ purpose: row.type, childId: row.child_id, unitIds: unitsServing(units, child.unit_id) });
      const drawn = await drawCash(trx, pots, input.costFund, input.paidOn, input.overrideReason);
      await post(trx, clock, {
        officeId: row.office_id,
        postedOn: input.paidOn,
        source: 'supportPayment',
        supportId: row.id,
        entries: drawn.entries,
        // Kept only when the fund was in fact overdrawn: the posting is then listed among the overrides.
        overrideReason: drawn.overdrawn > 0 ? input.overrideReason : null,
        overdrawn: drawn.overdrawn,
        note: null,
      });
    }
    await addEvent(trx, clock, { supportId: row.id, kind: 'done', on: input.doneOn, text: input.hospital });
    return {
      row,
      changes: {
        status: 'done',
        unit_id: paidBefore ? row.unit_id : child.unit_id,
        hospital: input.hospital,
        done_on: input.doneOn,
        paid_on: input.paidOn,
        cost_fund: input.costFund,
        cost_insurance: input.costInsurance,
        cost_cofunders: input.costCofunders,
        cofunder_names: input.cofunderNames,
        cost_family: input.costFamily,
        done_note: input.note,
      },
    };
  });
}

/** Undoes "done": the payment is reversed on `date` (the ledger keeps both) and the case is approved again. */
export function reopenSupport(db: Db, units: UnitCatalog, clock: Clock, input: ParsedInput<'fund.reopenSupport'>): Promise<SupportDetail> {
  return step(db, units, clock, input.id, async (trx) => {
    const row = await caseFor(trx, input.id, 'reopen');
    const payment = await standingPaymentPostings(trx).select('p.id').where('p.support_id', '=', row.id).executeTakeFirst();
    if (payment) {
      await reversePosting(trx, clock, { postingId: payment.id, date: input.date, reason: input.reason, overrideReason: null });
    } else {
      await assertOpenDate(trx, clock, input.date, 'date');
      if (row.paid_on !== null && input.date < row.paid_on) {
        throw new AppFailure('errors.reversalBeforeOriginal', [{ path: 'date', message: 'errors.reversalBeforeOriginal' }]);
      }
    }
    await addEvent(trx, clock, { supportId: row.id, kind: 'reopened', on: input.date, text: input.reason });
    return {
      row,
      changes: {
        status: 'approved',
        hospital: null,
        done_on: null,
        paid_on: null,
        cost_fund: null,
        cost_insurance: null,
        cost_cofunders: null,
        cofunder_names: null,
        cost_family: null,
        done_note: null,
      },
    };
  });
}

function closeSupport(kind: 'rejected' | 'cancelled') {
  return (db: Db, units: UnitCatalog, clock: Clock, input: ParsedInput<'fund.rejectSupport'>): Promise<SupportDetail> =>
    step(db, units, clock, input.id, async (trx) => {
      const row = await caseFor(trx, input.id, kind === 'rejected' ? 'reject' : 'cancel');
      assertNotAfterToday(clock, input.on, 'on');
      if (input.on < row.proposed_on) throw new AppFailure('errors.invalidInput', [{ path: 'on', message: 'validation.closedBeforeProposal' }]);
      await addEvent(trx, clock, { supportId: row.id, kind, on: input.on, text: input.reason });
      return { row, changes: { status: kind, closed_on: input.on, closed_reason: input.reason } };
    });
}

/** Refuses a proposal, with the reason. */
export const rejectSupport = closeSupport('rejected');
/** Drops a proposal or an approved case that will not go ahead, with the reason. */
export const cancelSupport = closeSupport('cancelled');

/** A note on how the child is doing after the support (done cases only). */
export function addFollowUp(db: Db, units: UnitCatalog, clock: Clock, input: ParsedInput<'fund.addFollowUp'>): Promise<SupportDetail> {
  return step(db, units, clock, input.supportId, async (trx) => {
    const row = await caseFor(trx, input.supportId, 'followUp');
    assertNotAfterToday(clock, input.notedOn, 'notedOn');
    if (row.done_on && input.notedOn < row.done_on) {
      throw new AppFailure('errors.invalidInput', [{ path: 'notedOn', message: 'validation.followUpBeforeDone' }]);
    }
    await addEvent(trx, clock, { supportId: row.id, kind: 'followUp', on: input.notedOn, text: input.text });
    return { row, changes: {} };
  });
}
