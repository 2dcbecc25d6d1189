import type { Kysely } from 'kysely';
import type { ChildDetail } from '../../../shared/register';
import type { ChildUpdate } from '../../../shared/schemas/children';
import { AppFailure } from '../../failure';
import type { Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import type { UnitCatalog } from '../units';
import { getChild } from './read';
import { guardianRows, profileColumns, profileWords } from './rows';
import { loadRules, personalIdTaken, refuse, unitIssues } from './rules';
import { wordTokens } from './vocabulary';

/** Corrects a child's profile and replaces the guardians. A closed record is read-only. */
export async function updateChild(db: Kysely<Database>, units: UnitCatalog, clock: Clock, input: ChildUpdate): Promise<ChildDetail> {
  const rules = await loadRules(db, units, clock);
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('child').select(['status', 'unit_id', 'office_id']).where('id', '=', input.id).executeTakeFirst();
    if (!current) throw new AppFailure('errors.notFound');
    if (current.status === 'left') throw new AppFailure('errors.childLeft');
    refuse(unitIssues(rules, input.unitId, current.unit_id), []);
    if (input.personalId) {
      const taken = await trx
        .selectFrom('child')
        .select('id')
        .where('office_id', '=', current.office_id)
        .where('personal_id', '=', input.personalId)
        .where('id', '!=', input.id)
        .executeTakeFirst();
      if (taken) throw new AppFailure('errors.duplicatePersonalId', [personalIdTaken]);
    }
    const open = await trx.selectFrom('membership').select(['kind', 'code']).where('child_id', '=', input.id).where('end_date', 'is', null).orderBy('start_date').execute();
    const tokens = await wordTokens(trx, profileWords(input));
    await trx.updateTable('child').set({ ...profileColumns(input, open, tokens), updated_at: now }).where('id', '=', input.id).execute();
    await trx.deleteFrom('guardian').where('child_id', '=', input.id).execute();
    const guardians = guardianRows(current.office_id, input.id, input.guardians);
    if (guardians.length > 0) await trx.insertInto('guardian').values(guardians).execute();
    await recordAudit(trx, clock, { officeId: current.office_id, action: 'update', entity: 'child', entityId: input.id });
  });
  return getChild(db, units, input.id);
}
