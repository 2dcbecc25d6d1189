import type { Kysely, Transaction } from 'kysely';
import type { ChildDetail } from '../../../shared/register';
import type { VisitInput } from '../../../shared/schemas/children';
import { AppFailure } from '../../failure';
import { newId, type Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import type { UnitCatalog } from '../units';
import { getChild } from './read';
import { childRow } from './status';

/** Visits belong to an open record: a closed one is read-only until it is reopened. */
async function openChild(trx: Transaction<Database>, childId: string) {
  const child = await childRow(trx, childId);
  if (child.status === 'left') throw new AppFailure('errors.childLeft');
  return child;
}

const visitColumns = (input: VisitInput) => ({
  visit_date: input.visitDate,
  visitor: input.visitor,
  health: input.health,
  schooling: input.schooling,
  needs: input.needs,
  notes: input.notes,
});

export async function addVisit(db: Kysely<Database>, units: UnitCatalog, clock: Clock, input: VisitInput): Promise<ChildDetail> {
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const child = await openChild(trx, input.childId);
    const id = newId();
    await trx
      .insertInto('visit')
      .values({ id, office_id: child.office_id, child_id: input.childId, ...visitColumns(input), created_at: now, updated_at: now })
      .execute();
    await recordAudit(trx, clock, { officeId: child.office_id, action: 'create', entity: 'visit', entityId: id });
  });
  return getChild(db, units, input.childId);
}

export async function updateVisit(db: Kysely<Database>, units: UnitCatalog, clock: Clock, input: VisitInput & { id: string }): Promise<ChildDetail> {
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const child = await openChild(trx, input.childId);
    const result = await trx
      .updateTable('visit')
      .set({ ...visitColumns(input), updated_at: now })
      .where('id', '=', input.id)
      .where('child_id', '=', input.childId)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new AppFailure('errors.notFound');
    await recordAudit(trx, clock, { officeId: child.office_id, action: 'update', entity: 'visit', entityId: input.id });
  });
  return getChild(db, units, input.childId);
}

export async function deleteVisit(db: Kysely<Database>, units: UnitCatalog, clock: Clock, id: string): Promise<ChildDetail> {
  const childId = await db.transaction().execute(async (trx) => {
    const visit = await trx.selectFrom('visit').select(['child_id']).where('id', '=', id).executeTakeFirst();
    if (!visit) throw new AppFailure('errors.notFound');
    const child = await openChild(trx, visit.child_id);
    await trx.deleteFrom('visit').where('id', '=', id).execute();
    await recordAudit(trx, clock, { officeId: child.office_id, action: 'delete', entity: 'visit', entityId: id });
    return visit.child_id;
  });
  return getChild(db, units, childId);
}
