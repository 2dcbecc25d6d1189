/**
 * Coverage: per model, how many communes of the area have it each year, against the office's
 * targets. A commune counts once per model and year when its rollout has a covered status, or
 * when the model's own records show it there (a safe-home assessment, a recognised
 * child-friendly score, a flood-season childcare point). One query per table, grouped here.
 */
import type { Kysely } from 'kysely';
import { childFriendlyResult, coveredStatuses, rolloutStatuses, type BuiltinModelType, type RolloutStatus } from '../../../shared/codes/models';
import type { Coverage, ModelCoverage } from '../../../shared/models';
import type { CoverageQuery } from '../../../shared/schemas/models';
import type { Database } from '../../db/schema';
import type { UnitCatalog } from '../units';
import { officeArea, type OfficeArea } from './area';
import { isScore, parseJsonArray } from './json';
import { modelTypeRows } from './types';

/** model id → year → the area units covered. */
type Covered = Map<string, Map<number, Set<string>>>;

const covering: ReadonlySet<RolloutStatus> = new Set(coveredStatuses);

function mark(covered: Covered, modelId: string, year: number, unitId: string): void {
  const byYear = covered.get(modelId) ?? new Map<number, Set<string>>();
  const unitIds = byYear.get(year) ?? new Set<string>();
  unitIds.add(unitId);
  byYear.set(year, unitIds);
  covered.set(modelId, byYear);
}

/** Where the shipped models' own records show them, by year (area units only). */
async function evidence(db: Kysely<Database>, area: OfficeArea, from: number, to: number): Promise<{ model: BuiltinModelType; unitId: string; year: number }[]> {
  const inRange = <T extends { unit_id: string }>(rows: T[]) => rows.filter((row) => area.has(row.unit_id));
  const [homes, scores, points] = await Promise.all([
    db.selectFrom('safe_home_assessment').select(['unit_id', 'year']).distinct().where('year', '>=', from).where('year', '<=', to).execute(),
    db.selectFrom('child_friendly_score').select(['unit_id', 'year', 'commune_class', 'scores']).where('year', '>=', from).where('year', '<=', to).execute(),
    db.selectFrom('flood_point').select(['unit_id', 'year']).distinct().where('year', '>=', from).where('year', '<=', to).execute(),
  ]);
  return [
    ...inRange(homes).map((row) => ({ model: 'safeHome' as const, unitId: row.unit_id, year: row.year })),
    ...inRange(scores)
      .filter((row) => childFriendlyResult(parseJsonArray(row.scores, isScore), row.commune_class).recognised)
      .map((row) => ({ model: 'childFriendly' as const, unitId: row.unit_id, year: row.year })),
    ...inRange(points).map((row) => ({ model: 'floodChildcare' as const, unitId: row.unit_id, year: row.year })),
  ];
}

const emptyStatusCounts = (): Record<RolloutStatus, number> =>
  Object.fromEntries(rolloutStatuses.map((status) => [status, 0])) as Record<RolloutStatus, number>;

export async function coverage(db: Kysely<Database>, units: UnitCatalog, query: CoverageQuery): Promise<Coverage> {
  const { year, fromYear } = query;
  const area = await officeArea(db, units);
  const [types, rollouts, targets, shown] = await Promise.all([
    modelTypeRows(db),
    db
      .selectFrom('model_rollout')
      .select(['model_type_id', 'unit_id', 'year', 'status'])
      .where('office_id', '=', area.officeId)
      .where('year', '>=', fromYear)
      .where('year', '<=', year)
      .execute(),
    db
      .selectFrom('model_target')
      .select(['model_type_id', 'year', 'target_communes'])
      .where('office_id', '=', area.officeId)
      .where('year', '>=', fromYear)
      .where('year', '<=', year)
      .execute(),
    evidence(db, area, fromYear, year),
  ]);

  const covered: Covered = new Map();
  /** model id → unit id → status, for the chosen year. */
  const statusThisYear = new Map<string, Map<string, RolloutStatus>>();
  const withData = new Set<string>();
  for (const row of rollouts) {
    if (!area.has(row.unit_id)) continue;
    withData.add(row.model_type_id);
    if (covering.has(row.status)) mark(covered, row.model_type_id, row.year, row.unit_id);
    if (row.year === year) {
      const statuses = statusThisYear.get(row.model_type_id) ?? new Map<string, RolloutStatus>();
      statuses.set(row.unit_id, row.status);
      statusThisYear.set(row.model_type_id, statuses);
    }
  }
  const targetOf = new Map(targets.map((row) => [`${row.model_type_id} ${row.year}`, row.target_communes]));
  for (const row of targets) withData.add(row.model_type_id);
  const builtinIds = new Map(types.flatMap((t) => (t.builtin === null ? [] : [[t.builtin, t.id] as const])));
  for (const item of shown) {
    const modelId = builtinIds.get(item.model);
    if (modelId === undefined) continue;
    withData.add(modelId);
    mark(covered, modelId, item.year, item.unitId);
  }

  const years = Array.from({ length: year - fromYear + 1 }, (_, index) => fromYear + index);
  const models = types
    .filter((type) => type.archived === 0 || withData.has(type.id))
    .map((type): ModelCoverage => {
      const coveredIn = (y: number) => covered.get(type.id)?.get(y)?.size ?? 0;
      const targetIn = (y: number) => targetOf.get(`${type.id} ${y}`) ?? null;
      const statuses = statusThisYear.get(type.id);
      const byStatus = emptyStatusCounts();
      for (const unit of area.units) byStatus[statuses?.get(unit.id) ?? 'notStarted'] += 1;
      return {
        modelTypeId: type.id,
        builtin: type.builtin,
        name: type.builtin === null ? type.name : null,
        covered: coveredIn(year),
        target: targetIn(year),
        byStatus,
        byYear: years.map((y) => ({ year: y, covered: coveredIn(y), target: targetIn(y) })),
      };
    });
  return { year, fromYear, totalCommunes: area.units.length, models };
}
