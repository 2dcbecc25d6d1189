import type SQLite from 'better-sqlite3';
import { builtinModelTypes, childFriendlyResult, coveredStatuses, type CommuneClass } from '../../../../shared/codes/models';
import type { ProvinceModelsRow } from '../../../../shared/exchange';
import { isScore, parseJsonArray } from '../../models/json';

/**
 * Community models of one office's snapshot in one year, as the office's coverage screen counts
 * them (main/services/models/coverage.ts): per shipped model, the area's communes where the
 * office's rollout that year has a covered status (pilot, active, recognised — not planned), or
 * where the model's own records show it that year (a safe-home assessment, a recognised
 * child-friendly score, a flood-season childcare point); each commune once. `communes` is the
 * number of the area's units.
 */

export const emptyModelsRow = (): ProvinceModelsRow => ({
  covered: Object.fromEntries(builtinModelTypes.map((code) => [code, 0])),
  communes: 0,
});

export function addModelsRow(sum: ProvinceModelsRow, row: ProvinceModelsRow): void {
  for (const code of builtinModelTypes) sum.covered[code] = (sum.covered[code] ?? 0) + (row.covered[code] ?? 0);
  sum.communes += row.communes;
}

/** The office's area as its manifest lists it: unit refs. */
export type AreaUnits = ReadonlySet<string>;

/** The area's unit refs from exchange_source.profile (the manifest's office, as sent); a damaged profile reads as no area. */
export function areaUnits(profile: string): AreaUnits {
  const refs = new Set<string>();
  let office: unknown;
  try {
    office = JSON.parse(profile);
  } catch {
    return refs;
  }
  const units = typeof office === 'object' && office !== null ? (office as { units?: unknown }).units : undefined;
  if (!Array.isArray(units)) return refs;
  for (const unit of units as unknown[]) {
    const ref = typeof unit === 'object' && unit !== null ? (unit as { ref?: unknown }).ref : undefined;
    if (typeof ref === 'string') refs.add(ref);
  }
  return refs;
}

type Params = { office: string; year: number };

const covering: ReadonlySet<string> = new Set(coveredStatuses);

export function modelsSection(sqlite: SQLite.Database): (officeId: string, area: AreaUnits, year: number) => ProvinceModelsRow {
  const shippedTypes = sqlite.prepare<Params, { id: string; builtin: string }>(`
    select row_id as id, data ->> '$.builtin' as builtin from exchange_row
    where office_id = @office and table_name = 'model_type' and data ->> '$.builtin' is not null`);
  const rollouts = sqlite.prepare<Params, { modelTypeId: string; unitId: string; status: string }>(`
    select data ->> '$.model_type_id' as modelTypeId, data ->> '$.unit_id' as unitId, data ->> '$.status' as status
    from exchange_row
    where office_id = @office and table_name = 'model_rollout'
      and data ->> '$.office_id' = @office and data ->> '$.year' = @year`);
  const unitsOf = (table: string) =>
    sqlite
      .prepare<Params, string>(`
      select distinct data ->> '$.unit_id' from exchange_row
      where office_id = @office and table_name = '${table}' and data ->> '$.year' = @year`)
      .pluck();
  const safeHomes = unitsOf('safe_home_assessment');
  const floodPoints = unitsOf('flood_point');
  const scores = sqlite.prepare<Params, { unitId: string; communeClass: string; scores: string }>(`
    select data ->> '$.unit_id' as unitId, data ->> '$.commune_class' as communeClass, data ->> '$.scores' as scores
    from exchange_row
    where office_id = @office and table_name = 'child_friendly_score' and data ->> '$.year' = @year`);

  return (officeId, area, year) => {
    const params = { office: officeId, year };
    // Shipped models have their code as id; a snapshot without the model_type table still counts them.
    const codeOf = new Map<string, string>(builtinModelTypes.map((code) => [code, code]));
    for (const type of shippedTypes.all(params)) codeOf.set(type.id, type.builtin);
    const covered = new Map<string, Set<string>>(builtinModelTypes.map((code) => [code, new Set<string>()]));
    const mark = (code: string | undefined, unitId: string) => {
      if (code !== undefined && area.has(unitId)) covered.get(code)?.add(unitId);
    };
    for (const rollout of rollouts.all(params)) {
      if (covering.has(rollout.status)) mark(codeOf.get(rollout.modelTypeId), rollout.unitId);
    }
    for (const unitId of safeHomes.all(params)) mark('safeHome', unitId);
    for (const unitId of floodPoints.all(params)) mark('floodChildcare', unitId);
    for (const score of scores.all(params)) {
      if (childFriendlyResult(parseJsonArray(score.scores, isScore), score.communeClass as CommuneClass).recognised) mark('childFriendly', score.unitId);
    }
    const row = emptyModelsRow();
    for (const [code, units] of covered) row.covered[code] = units.size;
    row.communes = area.size;
    return row;
  };
}
