import type { Kysely, Transaction } from 'kysely';
import type { ChildDetail } from '../../../shared/register';
import type { ChildClose } from '../../../shared/schemas/children';
import { toIsoDate } from '../../../shared/format/date';
import { AppFailure } from '../../failure';
import type { Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import type { UnitCatalog } from '../units';
import { getChild } from './read';
import { refreshChild } from './refresh';
import { futureDateIssues } from './rules';

/** The child row, or notFound. */
export async function childRow(db: Kysely<Database> | Transaction<Database>, id: string) {
  const row = await db.selectFrom('child').select(['id', 'office_id', 'status', 'birth_date']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppFailure('errors.notFound');
  return row;
}

/**
 * Takes a child off the register: the record stays, closed, and every open membership ends
 * that day for the same reason (the leave reasons are named like the end reasons).
 */
export async function closeChild(db: Kysely<Database>, units: UnitCatalog, clock: Clock, input: ChildClose): Promise<ChildDetail> {
  const now = clock.now().toISOString();
  const future = futureDateIssues({ today: toIsoDate(clock.now()) }, input.date, 'date');
  if (future.length > 0) throw new AppFailure('errors.invalidInput', future);
  await db.transaction().execute(async (trx) => {
    const child = await childRow(trx, input.id);
    if (child.status === 'left') throw new AppFailure('errors.childLeft');
    const lateStart = await trx
      .selectFrom('membership')
      .select('id')
      .where('child_id', '=', input.id)
      .where('end_date', 'is', null)
      .where('start_date', '>', input.date)
      .executeTakeFirst();
    // Only older data can have one: memberships now start before the 16th birthday.
    if (lateStart) throw new AppFailure('errors.invalidInput', [{ path: 'date', message: 'validation.leaveBeforeStart' }]);
    await trx
      .updateTable('membership')
      .set({ end_date: input.date, end_reason: input.reason, updated_at: now })
      .where('child_id', '=', input.id)
      .where('end_date', 'is', null)
      .execute();
    await trx
      .updateTable('child')
      .set({ left_reason: input.reason, left_date: input.date, left_note: input.note, updated_at: now })
      .where('id', '=', input.id)
      .execute();
    await refreshChild(trx, input.id, now, true);
    await recordAudit(trx, clock, { officeId: child.office_id, action: 'update', entity: 'child', entityId: input.id });
  });
  return getChild(db, units, input.id);
}

/**
 * Opens a closed record again. Its memberships stay ended: the user adds a new one, which is
 * how "left, then came back" shows in the history and in the review report.
 */
export async function reopenChild(db: Kysely<Database>, units: UnitCatalog, clock: Clock, id: string): Promise<ChildDetail> {
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const child = await childRow(trx, id);
    if (child.status !== 'left') return;
    await trx.updateTable('child').set({ left_reason: null, left_date: null, left_note: null, updated_at: now }).where('id', '=', id).execute();
    await refreshChild(trx, id, now, false);
    await recordAudit(trx, clock, { officeId: child.office_id, action: 'update', entity: 'child', entityId: id });
  });
  return getChild(db, units, id);
}
