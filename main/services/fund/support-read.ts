/**
 * Support cases as the screens show them: the list row, and the whole case with its payment
 * (the one not reversed), history and attachments. Built for many cases at once, so that a
 * child's tab costs a few queries whatever the number of cases.
 */
import type { Kysely } from 'kysely';
import { supportActionsByStatus } from '../../../shared/codes/fund';
import type { SupportDetail, SupportListRow, SupportPayment } from '../../../shared/fund';
import type { Database, FundSupportTable } from '../../db/schema';
import { AppFailure } from '../../failure';
import type { UnitCatalog } from '../units';
import { describePots } from './pots';

type Db = Kysely<Database>;

export type SupportRow = FundSupportTable & { child_name: string; birth_date: string; sex: 'male' | 'female' };

/** Cases with their child's name, birth date and sex. */
export function supportRows(db: Db) {
  return db
    .selectFrom('fund_support as s')
    .innerJoin('child as c', 'c.id', 's.child_id')
    .selectAll('s')
    .select(['c.full_name as child_name', 'c.birth_date', 'c.sex']);
}

export function listRow(row: SupportRow, units: UnitCatalog): SupportListRow {
  return {
    id: row.id,
    childId: row.child_id,
    childName: row.child_name,
    birthDate: row.birth_date,
    sex: row.sex,
    unitId: row.unit_id,
    unitName: units.unitName(row.unit_id) ?? '',
    type: row.type,
    status: row.status,
    proposedOn: row.proposed_on,
    estimatedCost: row.estimated_cost,
    decisionNo: row.decision_no,
    approvedAmount: row.approved_amount,
    doneOn: row.done_on,
    costFund: row.cost_fund,
    costTotal: row.cost_fund === null ? null : row.cost_fund + (row.cost_insurance ?? 0) + (row.cost_cofunders ?? 0) + (row.cost_family ?? 0),
  };
}

/**
 * The payments of cases that stand (postings 'p'): a case done has at most one, since a case is
 * only completed again after its payment was reversed (reopen).
 */
export function standingPaymentPostings(db: Db) {
  return db
    .selectFrom('fund_posting as p')
    .where('p.source', '=', 'supportPayment')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('fund_posting as r').select('r.id').whereRef('r.reverses_id', '=', 'p.id'))));
}

/** The payments that stand of the cases, by case. */
async function standingPayments(db: Db, units: UnitCatalog, supportIds: readonly string[]): Promise<Map<string, SupportPayment>> {
  const postings = await standingPaymentPostings(db)
    .select(['p.id', 'p.seq', 'p.posted_on', 'p.support_id', 'p.override_reason'])
    .where('p.support_id', 'in', [...supportIds])
    .execute();
  if (postings.length === 0) return new Map();
  const entries = await db
    .selectFrom('fund_entry')
    .select(['posting_id', 'pot', 'amount'])
    .where('posting_id', 'in', postings.map((p) => p.id))
    .where('asset', '=', 'cash')
    .orderBy('posting_id')
    .orderBy('id')
    .execute();
  const pots = await describePots(db, units, new Set(entries.map((e) => e.pot)));
  const payments = new Map<string, SupportPayment>();
  for (const posting of postings) {
    const own = entries.filter((e) => e.posting_id === posting.id);
    payments.set(posting.support_id ?? '', {
      postingId: posting.id,
      seq: posting.seq,
      paidOn: posting.posted_on,
      amount: -own.reduce((sum, e) => sum + e.amount, 0),
      pots: own.flatMap((e) => {
        const pot = pots.get(e.pot);
        return pot ? [{ pot, amount: -e.amount }] : [];
      }),
      overrideReason: posting.override_reason,
    });
  }
  return payments;
}

/** Whole cases, in the order of the rows given. */
export async function supportDetails(db: Db, units: UnitCatalog, rows: readonly SupportRow[]): Promise<SupportDetail[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [events, attachments, payments] = await Promise.all([
    db.selectFrom('fund_support_event').selectAll().where('support_id', 'in', ids).orderBy('at').orderBy('id').execute(),
    db.selectFrom('fund_attachment').selectAll().where('support_id', 'in', ids).orderBy('added_at').orderBy('id').execute(),
    standingPayments(db, units, ids),
  ]);
  return rows.map((row) => ({
    ...listRow(row, units),
    proposedBy: row.proposed_by,
    diagnosis: row.diagnosis,
    proposalNote: row.proposal_note,
    decisionDate: row.decision_date,
    hospital: row.hospital,
    paidOn: row.paid_on,
    costInsurance: row.cost_insurance,
    costCofunders: row.cost_cofunders,
    cofunderNames: row.cofunder_names,
    costFamily: row.cost_family,
    doneNote: row.done_note,
    closedOn: row.closed_on,
    closedReason: row.closed_reason,
    payment: payments.get(row.id) ?? null,
    events: events
      .filter((e) => e.support_id === row.id)
      .map((e) => ({ id: e.id, kind: e.kind, at: e.at, on: e.on_date, text: e.text })),
    attachments: attachments
      .filter((a) => a.support_id === row.id)
      .map((a) => ({ id: a.id, kind: a.kind, fileName: a.file_name, mimeType: a.mime_type, size: a.size, sha256: a.sha256, addedAt: a.added_at })),
    actions: [...supportActionsByStatus[row.status]],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** One whole case, or notFound. */
export async function getSupport(db: Db, units: UnitCatalog, id: string): Promise<SupportDetail> {
  const row = await supportRows(db).where('s.id', '=', id).executeTakeFirst();
  if (!row) throw new AppFailure('errors.notFound');
  const [detail] = await supportDetails(db, units, [row]);
  if (!detail) throw new AppFailure('errors.notFound');
  return detail;
}
