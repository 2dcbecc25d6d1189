/**
 * Model types: the six shipped with the app (id = builtin code, no office) and the office's
 * own, which it may rename or archive. Archived ones stay listed so old rollouts keep a name.
 */
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import { compareVietnamese } from '../../../shared/format/names';
import type { ModelType } from '../../../shared/models';
import { newId, type Clock } from '../../clock';
import type { Database, ModelTypeTable } from '../../db/schema';
import { AppFailure } from '../../failure';
import { recordAudit } from '../audit';
import { getOffice, requireOfficeId } from '../office';

const toModelType = (row: ModelTypeTable): ModelType => ({
  id: row.id,
  builtin: row.builtin,
  name: row.builtin === null ? row.name : null,
  archived: row.archived === 1,
});

/** The rows of the models this office sees: the shipped ones and its own. */
export async function modelTypeRows(db: Kysely<Database>): Promise<ModelTypeTable[]> {
  const office = await getOffice(db);
  const rows = await db
    .selectFrom('model_type')
    .selectAll()
    .where((eb) => (office ? eb.or([eb('office_id', 'is', null), eb('office_id', '=', office.id)]) : eb('office_id', 'is', null)))
    .execute();
  const shipped = rows.filter((r) => r.builtin !== null).sort((a, b) => a.sort_order - b.sort_order);
  const own = rows.filter((r) => r.builtin === null).sort((a, b) => compareVietnamese(a.name ?? '', b.name ?? ''));
  return [...shipped, ...own];
}

/** Shipped models first in their order, then the office's own by name (archived ones flagged). */
export async function listModelTypes(db: Kysely<Database>): Promise<ModelType[]> {
  return (await modelTypeRows(db)).map(toModelType);
}

export async function createModelType(db: Kysely<Database>, clock: Clock, input: ParsedInput<'models.createType'>): Promise<ModelType[]> {
  const officeId = await requireOfficeId(db);
  await db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('model_type').select((eb) => eb.fn.max('sort_order').as('max')).executeTakeFirst();
    const id = newId();
    await trx
      .insertInto('model_type')
      .values({
        id,
        office_id: officeId,
        builtin: null,
        name: input.name,
        archived: 0,
        sort_order: Number(last?.max ?? -1) + 1,
        created_at: clock.now().toISOString(),
      })
      .execute();
    await recordAudit(trx, clock, { officeId, action: 'create', entity: 'model_type', entityId: id });
  });
  return listModelTypes(db);
}

/** Renames or archives one of the office's own models; the shipped ones cannot change. */
export async function updateModelType(db: Kysely<Database>, clock: Clock, input: ParsedInput<'models.updateType'>): Promise<ModelType[]> {
  const officeId = await requireOfficeId(db);
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('model_type').select(['id', 'office_id', 'builtin']).where('id', '=', input.id).executeTakeFirst();
    if (!row || (row.builtin === null && row.office_id !== officeId)) throw new AppFailure('errors.notFound');
    if (row.builtin !== null) throw new AppFailure('errors.notSupported');
    await trx
      .updateTable('model_type')
      .set({ name: input.name, archived: input.archived ? 1 : 0 })
      .where('id', '=', input.id)
      .execute();
    await recordAudit(trx, clock, { officeId, action: 'update', entity: 'model_type', entityId: input.id });
  });
  return listModelTypes(db);
}

/** The model for a new rollout or target: one this office sees; `active` also refuses an archived one. */
export async function requireModelType(db: Kysely<Database>, officeId: string, id: string, active: boolean): Promise<ModelTypeTable> {
  const row = await db.selectFrom('model_type').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (row.office_id !== null && row.office_id !== officeId)) throw new AppFailure('errors.notFound');
  if (active && row.archived === 1) throw new AppFailure('errors.invalidInput', [{ path: 'modelTypeId', message: 'validation.modelArchived' }]);
  return row;
}
