/**
 * A model in one commune in one year: written whole, one row per (model, unit, year). Each
 * save that changes something keeps what each field was and became, so the history reads
 * "status: planned → pilot" without comparing snapshots.
 */
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import { compareVietnamese } from '../../../shared/format/names';
import type { Rollout, RolloutChange } from '../../../shared/models';
import { newId, type Clock } from '../../clock';
import type { Database, ModelRolloutTable } from '../../db/schema';
import { AppFailure } from '../../failure';
import { recordAudit } from '../audit';
import { getOffice } from '../office';
import type { UnitCatalog } from '../units';
import { officeArea, requireAreaUnit } from './area';
import { parseJsonArray } from './json';
import { requireModelType } from './types';

type RolloutInput = ParsedInput<'models.saveRollout'>;
type Change = RolloutChange['changes'][number];
type Field = Change['field'];

/** The tracked fields, in the order the history lists them, and their columns. */
const tracked: readonly [Field, keyof Columns][] = [
  ['status', 'status'],
  ['startDate', 'start_date'],
  ['endDate', 'end_date'],
  ['decisionNo', 'decision_no'],
  ['personInCharge', 'person_in_charge'],
  ['budget', 'budget'],
  ['notes', 'notes'],
];

const columnsOf = (input: RolloutInput) => ({
  status: input.status,
  start_date: input.startDate,
  end_date: input.endDate,
  decision_no: input.decisionNo ?? null,
  person_in_charge: input.personInCharge ?? null,
  budget: input.budget,
  notes: input.notes ?? null,
});
type Columns = ReturnType<typeof columnsOf>;

function toRollout(row: ModelRolloutTable, units: UnitCatalog): Rollout {
  return {
    id: row.id,
    modelTypeId: row.model_type_id,
    unitId: row.unit_id,
    unitName: units.unitName(row.unit_id) ?? row.unit_id,
    year: row.year,
    status: row.status,
    startDate: row.start_date,
    endDate: row.end_date,
    decisionNo: row.decision_no,
    personInCharge: row.person_in_charge,
    budget: row.budget,
    notes: row.notes,
    updatedAt: row.updated_at,
  };
}

/** Newest year first, then communes by name. */
export async function listRollouts(db: Kysely<Database>, units: UnitCatalog, query: ParsedInput<'models.rollouts'>): Promise<Rollout[]> {
  const office = await getOffice(db);
  if (!office) return [];
  let select = db.selectFrom('model_rollout').selectAll().where('office_id', '=', office.id);
  if (query.modelTypeId !== null) select = select.where('model_type_id', '=', query.modelTypeId);
  if (query.year !== null) select = select.where('year', '=', query.year);
  if (query.unitId !== null) select = select.where('unit_id', '=', query.unitId);
  const rollouts = (await select.execute()).map((row) => toRollout(row, units));
  return rollouts.sort(
    (a, b) => b.year - a.year || compareVietnamese(a.unitName, b.unitName) || a.modelTypeId.localeCompare(b.modelTypeId),
  );
}

const trackedFields: ReadonlySet<unknown> = new Set(tracked.map(([field]) => field));
const isValue = (value: unknown): value is Change['from'] => value === null || typeof value === 'string' || typeof value === 'number';
/** A change as saved: a tracked field and two plain values (anything else in a damaged row is dropped). */
const isChange = (item: unknown): item is Change =>
  typeof item === 'object' &&
  item !== null &&
  'field' in item &&
  trackedFields.has(item.field) &&
  'from' in item &&
  isValue(item.from) &&
  'to' in item &&
  isValue(item.to);

function changesBetween(before: Columns | null, after: Columns): Change[] {
  return tracked.flatMap(([field, column]) => {
    const from = before === null ? null : (before[column] ?? null);
    const to = after[column] ?? null;
    return from === to ? [] : [{ field, from, to }];
  });
}

/** Creates or updates the rollout of (model, unit, year); an unchanged save writes nothing. */
export async function saveRollout(db: Kysely<Database>, units: UnitCatalog, clock: Clock, input: RolloutInput): Promise<Rollout> {
  const area = await officeArea(db, units);
  requireAreaUnit(area, input.unitId);
  const after = columnsOf(input);
  const id = await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('model_rollout')
      .selectAll()
      .where('model_type_id', '=', input.modelTypeId)
      .where('unit_id', '=', input.unitId)
      .where('year', '=', input.year)
      .executeTakeFirst();
    if (!existing) await requireModelType(trx, area.officeId, input.modelTypeId, true);
    const changes = changesBetween(existing ?? null, after);
    if (existing && changes.length === 0) return existing.id;

    const now = clock.now().toISOString();
    const rolloutId = existing?.id ?? newId();
    if (existing) await trx.updateTable('model_rollout').set({ ...after, updated_at: now }).where('id', '=', rolloutId).execute();
    else {
      await trx
        .insertInto('model_rollout')
        .values({
          id: rolloutId,
          office_id: area.officeId,
          model_type_id: input.modelTypeId,
          unit_id: input.unitId,
          year: input.year,
          ...after,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    await trx
      .insertInto('model_rollout_change')
      .values({ id: newId(), rollout_id: rolloutId, at: now, kind: existing ? 'updated' : 'created', changes: JSON.stringify(changes) })
      .execute();
    await recordAudit(trx, clock, { officeId: area.officeId, action: existing ? 'update' : 'create', entity: 'model_rollout', entityId: rolloutId });
    return rolloutId;
  });
  const row = await db.selectFrom('model_rollout').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return toRollout(row, units);
}

/** A rollout's saves, newest first. */
export async function rolloutHistory(db: Kysely<Database>, id: string): Promise<RolloutChange[]> {
  const rollout = await db.selectFrom('model_rollout').select('id').where('id', '=', id).executeTakeFirst();
  if (!rollout) throw new AppFailure('errors.notFound');
  const rows = await db
    .selectFrom('model_rollout_change')
    .selectAll()
    .where('rollout_id', '=', id)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => ({ id: row.id, at: row.at, kind: row.kind, changes: parseJsonArray(row.changes, isChange) }));
}
