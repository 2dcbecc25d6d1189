/**
 * Support for a child (DOMAIN.md §6): the list of cases, one case, and the proposal, which
 * can be edited until it is decided on.
 */
import { sql, type Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { SupportDetail, SupportListRow } from '../../../shared/fund';
import { foldVietnamese } from '../../../shared/format/names';
import { newId, type Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import type { UnitCatalog } from '../units';
import { requireOfficeId } from './office-id';
import { addEvent, assertNotAfterToday, caseFor, childForSupport } from './support-case';
import { getSupport, listRow, supportRows } from './support-read';

type Db = Kysely<Database>;

export { getSupport };

/** Cases matching the filters, the newest proposal first. */
export async function listSupports(db: Db, units: UnitCatalog, query: ParsedInput<'fund.supports'>): Promise<SupportListRow[]> {
  let select = supportRows(db);
  if (query.statuses.length > 0) select = select.where('s.status', 'in', query.statuses);
  if (query.types.length > 0) select = select.where('s.type', 'in', query.types);
  if (query.unitId !== null) select = select.where('s.unit_id', '=', query.unitId);
  const folded = foldVietnamese(query.search.trim());
  if (folded !== '') {
    // Decision numbers are folded alike ("qđ 12" finds "12/QĐ-UBND"): Đ is their only accented letter.
    select = select.where(
      sql<boolean>`(instr(c.folded_name, ${folded}) > 0
        or instr(lower(replace(replace(coalesce(s.decision_no, ''), 'Đ', 'd'), 'đ', 'd')), ${folded}) > 0)`,
    );
  }
  const rows = await select.orderBy('s.proposed_on', 'desc').orderBy('s.created_at', 'desc').orderBy('s.id', 'desc').execute();
  return rows.map((row) => listRow(row, units));
}

const proposalColumns = (input: ParsedInput<'fund.proposeSupport'>) => ({
  child_id: input.childId,
  type: input.type,
  proposed_on: input.proposedOn,
  proposed_by: input.proposedBy,
  diagnosis: input.diagnosis,
  estimated_cost: input.estimatedCost,
  proposal_note: input.note,
});

/** A new case for a child on the register, counted in the child's commune. */
export async function proposeSupport(db: Db, units: UnitCatalog, clock: Clock, input: ParsedInput<'fund.proposeSupport'>): Promise<SupportDetail> {
  const officeId = await requireOfficeId(db);
  assertNotAfterToday(clock, input.proposedOn, 'proposedOn');
  const id = newId();
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const child = await childForSupport(trx, input.childId);
    await trx
      .insertInto('fund_support')
      .values({
        id,
        office_id: officeId,
        unit_id: child.unit_id,
        status: 'proposed',
        ...proposalColumns(input),
        decision_no: null,
        decision_date: null,
        approved_amount: null,
        hospital: null,
        done_on: null,
        paid_on: null,
        cost_fund: null,
        cost_insurance: null,
        cost_cofunders: null,
        cofunder_names: null,
        cost_family: null,
        done_note: null,
        closed_on: null,
        closed_reason: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await addEvent(trx, clock, { supportId: id, kind: 'proposed', on: input.proposedOn, text: null });
    await recordAudit(trx, clock, { officeId, action: 'create', entity: 'fund_support', entityId: id });
  });
  return getSupport(db, units, id);
}

/** Changes a proposal not yet decided on (the child too, if it was entered for the wrong one). */
export async function updateProposal(db: Db, units: UnitCatalog, clock: Clock, input: ParsedInput<'fund.updateProposal'>): Promise<SupportDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await caseFor(trx, input.id, 'editProposal');
    assertNotAfterToday(clock, input.proposedOn, 'proposedOn');
    // Another child is checked like a new proposal; the same child keeps the case as it was.
    const unitId = input.childId === row.child_id ? row.unit_id : (await childForSupport(trx, input.childId)).unit_id;
    await trx
      .updateTable('fund_support')
      .set({ ...proposalColumns(input), unit_id: unitId, updated_at: clock.now().toISOString() })
      .where('id', '=', row.id)
      .execute();
    await addEvent(trx, clock, { supportId: row.id, kind: 'proposalEdited', on: null, text: null });
    await recordAudit(trx, clock, { officeId: row.office_id, action: 'update', entity: 'fund_support', entityId: row.id });
  });
  return getSupport(db, units, input.id);
}
