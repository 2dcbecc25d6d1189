/** The office's yearly targets: how many communes of its area should have each model. */
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { ModelTarget } from '../../../shared/models';
import type { Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import { recordAudit } from '../audit';
import { getOffice } from '../office';
import type { UnitCatalog } from '../units';
import { officeArea } from './area';
import { requireModelType } from './types';

export async function listTargets(db: Kysely<Database>, year: number): Promise<ModelTarget[]> {
  const office = await getOffice(db);
  if (!office) return [];
  const rows = await db
    .selectFrom('model_target')
    .select(['model_type_id', 'year', 'target_communes'])
    .where('office_id', '=', office.id)
    .where('year', '=', year)
    .orderBy('model_type_id')
    .execute();
  return rows.map((row) => ({ modelTypeId: row.model_type_id, year: row.year, targetCommunes: row.target_communes }));
}

/** Sets a model's target for a year (never more communes than the area has); answers the year's targets. */
export async function saveTarget(
  db: Kysely<Database>,
  units: UnitCatalog,
  clock: Clock,
  input: ParsedInput<'models.saveTarget'>,
): Promise<ModelTarget[]> {
  const area = await officeArea(db, units);
  if (input.targetCommunes > area.units.length) {
    throw new AppFailure('errors.invalidInput', [{ path: 'targetCommunes', message: 'validation.targetTooHigh' }]);
  }
  await requireModelType(db, area.officeId, input.modelTypeId, false);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('model_target')
      .values({ model_type_id: input.modelTypeId, year: input.year, office_id: area.officeId, target_communes: input.targetCommunes })
      .onConflict((oc) => oc.columns(['model_type_id', 'year']).doUpdateSet({ target_communes: input.targetCommunes, office_id: area.officeId }))
      .execute();
    await recordAudit(trx, clock, { officeId: area.officeId, action: 'update', entity: 'model_target', entityId: input.modelTypeId });
  });
  return listTargets(db, input.year);
}
