import type { Kysely } from 'kysely';
import type { ChildDetail } from '../../../shared/register';
import type { MembershipEnd, MembershipInput } from '../../../shared/schemas/children';
import { AppFailure } from '../../failure';
import { newId, type Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import type { UnitCatalog } from '../units';
import { getChild } from './read';
import { toIsoDate } from '../../../shared/format/date';
import { refreshChild } from './refresh';
import { futureDateIssues, loadRules, membershipIssues, refuse } from './rules';
import { childRow } from './status';

/** Puts a child in one more group (or on the at-risk list for one more reason). */
export async function addMembership(
  db: Kysely<Database>,
  units: UnitCatalog,
  clock: Clock,
  childId: string,
  input: MembershipInput,
): Promise<ChildDetail> {
  const rules = await loadRules(db, units, clock);
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const child = await childRow(trx, childId);
    if (child.status === 'left') throw new AppFailure('errors.childLeft');
    refuse([], membershipIssues(rules, input, child.birth_date));
    const alreadyOpen = await trx
      .selectFrom('membership')
      .select('id')
      .where('child_id', '=', childId)
      .where('kind', '=', input.kind)
      .where('code', '=', input.code)
      .where('end_date', 'is', null)
      .executeTakeFirst();
    if (alreadyOpen) throw new AppFailure('errors.invalidInput', [{ path: 'code', message: 'validation.invalid' }]);
    const id = newId();
    await trx
      .insertInto('membership')
      .values({
        id,
        office_id: child.office_id,
        child_id: childId,
        kind: input.kind,
        code: input.code,
        subgroup_code: input.subgroupCode,
        start_date: input.startDate,
        end_date: null,
        end_reason: null,
        note: input.note,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await refreshChild(trx, childId, now);
    await recordAudit(trx, clock, { officeId: child.office_id, action: 'create', entity: 'membership', entityId: id });
  });
  return getChild(db, units, childId);
}

/** Ends one membership on a day (the child is no longer in the group on that day). */
export async function endMembership(db: Kysely<Database>, units: UnitCatalog, clock: Clock, input: MembershipEnd): Promise<ChildDetail> {
  const now = clock.now().toISOString();
  const future = futureDateIssues({ today: toIsoDate(clock.now()) }, input.endDate, 'endDate');
  if (future.length > 0) throw new AppFailure('errors.invalidInput', future);
  const childId = await db.transaction().execute(async (trx) => {
    const membership = await trx
      .selectFrom('membership')
      .select(['child_id', 'office_id', 'start_date', 'end_date'])
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!membership) throw new AppFailure('errors.notFound');
    if (membership.end_date !== null) throw new AppFailure('errors.membershipClosed');
    if (input.endDate < membership.start_date) throw new AppFailure('errors.invalidInput', [{ path: 'endDate', message: 'validation.periodOrder' }]);
    await trx
      .updateTable('membership')
      .set({ end_date: input.endDate, end_reason: input.endReason, updated_at: now })
      .where('id', '=', input.id)
      .execute();
    await refreshChild(trx, membership.child_id, now);
    await recordAudit(trx, clock, { officeId: membership.office_id, action: 'update', entity: 'membership', entityId: input.id });
    return membership.child_id;
  });
  return getChild(db, units, childId);
}
