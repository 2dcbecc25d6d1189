/**
 * What every step of a support case starts with: the case as stored, refused when its status
 * does not allow the step; and how a step is written into the case's history.
 */
import type { Kysely } from 'kysely';
import { supportAllows, type SupportAction, type SupportEventKind } from '../../../shared/codes/fund';
import { toIsoDate } from '../../../shared/format/date';
import { newId, type Clock } from '../../clock';
import type { Database, FundSupportTable } from '../../db/schema';
import { AppFailure } from '../../failure';

type Db = Kysely<Database>;

/** The case, or notFound; errors.supportTransition when its status does not allow `action`. */
export async function caseFor(db: Db, id: string, action: SupportAction): Promise<FundSupportTable> {
  const row = await db.selectFrom('fund_support').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppFailure('errors.notFound');
  if (!supportAllows(row.status, action)) throw new AppFailure('errors.supportTransition');
  return row;
}

export async function addEvent(
  db: Db,
  clock: Clock,
  event: { supportId: string; kind: SupportEventKind; on: string | null; text: string | null },
): Promise<void> {
  await db
    .insertInto('fund_support_event')
    .values({ id: newId(), support_id: event.supportId, kind: event.kind, at: clock.now().toISOString(), on_date: event.on, text: event.text })
    .execute();
}

/** A day the office records (a decision, a hospital stay, a note) must have happened. */
export function assertNotAfterToday(clock: Clock, date: string, path: string): void {
  if (date > toIsoDate(clock.now())) throw new AppFailure('errors.invalidInput', [{ path, message: 'validation.notAfterToday' }]);
}

/** The child a case is for: must be on the register (a closed record takes no new support). */
export async function childForSupport(db: Db, childId: string): Promise<{ id: string; unit_id: string }> {
  const child = await db.selectFrom('child').select(['id', 'unit_id', 'status']).where('id', '=', childId).executeTakeFirst();
  if (!child) throw new AppFailure('errors.notFound');
  if (child.status === 'left') throw new AppFailure('errors.childLeft');
  return child;
}
