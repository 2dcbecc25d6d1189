/**
 * Flood-season childcare points: where children are kept while their parents work the flood
 * season, and what they cost (children × days × the daily rate, plus the carers' pay).
 */
import type { Kysely } from 'kysely';
import { floodPointCost } from '../../../shared/codes/models';
import type { ParsedInput } from '../../../shared/contract';
import { compareVietnamese } from '../../../shared/format/names';
import { moneyInWords } from '../../../shared/format/number-words';
import type { FloodCostReport, FloodPoint } from '../../../shared/models';
import { newId, type Clock } from '../../clock';
import type { Database, FloodPointTable } from '../../db/schema';
import { AppFailure } from '../../failure';
import { recordAudit } from '../audit';
import { requireOfficeId } from '../office';
import type { UnitCatalog } from '../units';
import { officeArea, requireAreaUnit } from './area';

type PointInput = ParsedInput<'models.createFloodPoint'>;
type PointUpdate = ParsedInput<'models.updateFloodPoint'>;

function toPoint(units: UnitCatalog, row: FloodPointTable): FloodPoint {
  const point = {
    childrenEnrolled: row.children_enrolled,
    daysOpen: row.days_open,
    costPerChildDay: row.cost_per_child_day,
    carers: row.carers,
    carerPayPerDay: row.carer_pay_per_day,
  };
  const cost = floodPointCost(point);
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: units.unitName(row.unit_id) ?? row.unit_id,
    year: row.year,
    name: row.name,
    location: row.location,
    ...point,
    note: row.note,
    childCost: cost.childCost,
    carerCost: cost.carerCost,
    totalCost: cost.total,
  };
}

function fields(input: PointInput, now: string) {
  return {
    unit_id: input.unitId,
    year: input.year,
    name: input.name,
    location: input.location ?? null,
    children_enrolled: input.childrenEnrolled,
    days_open: input.daysOpen,
    cost_per_child_day: input.costPerChildDay,
    carers: input.carers,
    carer_pay_per_day: input.carerPayPerDay,
    note: input.note ?? null,
    updated_at: now,
  };
}

async function getPoint(db: Kysely<Database>, units: UnitCatalog, id: string): Promise<FloodPoint> {
  const row = await db.selectFrom('flood_point').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppFailure('errors.notFound');
  return toPoint(units, row);
}

export async function createFloodPoint(db: Kysely<Database>, units: UnitCatalog, clock: Clock, input: PointInput): Promise<FloodPoint> {
  const area = await officeArea(db, units);
  requireAreaUnit(area, input.unitId);
  const id = newId();
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('flood_point').values({ id, office_id: area.officeId, created_at: now, ...fields(input, now) }).execute();
    await recordAudit(trx, clock, { officeId: area.officeId, action: 'create', entity: 'flood_point', entityId: id });
  });
  return getPoint(db, units, id);
}

export async function updateFloodPoint(db: Kysely<Database>, units: UnitCatalog, clock: Clock, input: PointUpdate): Promise<FloodPoint> {
  const officeId = await requireOfficeId(db);
  const current = await db.selectFrom('flood_point').select('unit_id').where('id', '=', input.id).executeTakeFirst();
  if (!current) throw new AppFailure('errors.notFound');
  // A point keeps its unit even when the office's area has changed since.
  if (input.unitId !== current.unit_id) requireAreaUnit(await officeArea(db, units), input.unitId);
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('flood_point').set(fields(input, now)).where('id', '=', input.id).execute();
    await recordAudit(trx, clock, { officeId, action: 'update', entity: 'flood_point', entityId: input.id });
  });
  return getPoint(db, units, input.id);
}

export async function deleteFloodPoint(db: Kysely<Database>, clock: Clock, id: string): Promise<{ deleted: true }> {
  const officeId = await requireOfficeId(db);
  await db.transaction().execute(async (trx) => {
    const gone = await trx.deleteFrom('flood_point').where('id', '=', id).executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) throw new AppFailure('errors.notFound');
    await recordAudit(trx, clock, { officeId, action: 'delete', entity: 'flood_point', entityId: id });
  });
  return { deleted: true };
}

/** The year's points (by commune, then name) with their costs, the totals per commune and overall, and the total in words. */
export async function floodCostReport(db: Kysely<Database>, units: UnitCatalog, year: number): Promise<FloodCostReport> {
  const rows = await db.selectFrom('flood_point').selectAll().where('year', '=', year).execute();
  const points = rows
    .map((row) => toPoint(units, row))
    .sort((a, b) => compareVietnamese(a.unitName, b.unitName) || a.unitId.localeCompare(b.unitId) || compareVietnamese(a.name, b.name));
  const byUnit = new Map<string, FloodCostReport['byUnit'][number]>();
  const total = { points: 0, children: 0, childDays: 0, childCost: 0, carerCost: 0, totalCost: 0 };
  for (const p of points) {
    const childDays = p.childrenEnrolled * p.daysOpen;
    const unit = byUnit.get(p.unitId) ?? { unitId: p.unitId, unitName: p.unitName, points: 0, children: 0, childDays: 0, totalCost: 0 };
    unit.points += 1;
    unit.children += p.childrenEnrolled;
    unit.childDays += childDays;
    unit.totalCost += p.totalCost;
    byUnit.set(p.unitId, unit);
    total.points += 1;
    total.children += p.childrenEnrolled;
    total.childDays += childDays;
    total.childCost += p.childCost;
    total.carerCost += p.carerCost;
    total.totalCost += p.totalCost;
  }
  return { year, points, byUnit: [...byUnit.values()], total, totalInWords: moneyInWords(total.totalCost) };
}
