/**
 * Child-friendly communes (QĐ 06/QĐ-TTg, 2019): the names of the 13 criteria, and each
 * commune's yearly score. Recognition is computed from the scores and the commune's class on
 * every read, never typed.
 */
import type { Kysely } from 'kysely';
import { childFriendlyResult } from '../../../shared/codes/models';
import type { ParsedInput } from '../../../shared/contract';
import { compareVietnamese } from '../../../shared/format/names';
import type { ChildFriendlyScore } from '../../../shared/models';
import { newId, type Clock } from '../../clock';
import type { ChildFriendlyScoreTable, Database } from '../../db/schema';
import { recordAudit } from '../audit';
import { requireOfficeId } from '../office';
import type { UnitCatalog } from '../units';
import { officeArea, requireAreaUnit } from './area';
import { requireAssessedInYear } from './dates';
import { isScore, parseJsonArray } from './json';

export async function listChildFriendlyCriteria(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('child_friendly_criterion').select('text').orderBy('number').execute();
  return rows.map((r) => r.text);
}

/** The 13 names, in order (criterion n is the n-th text). */
export async function saveChildFriendlyCriteria(
  db: Kysely<Database>,
  clock: Clock,
  input: ParsedInput<'models.saveChildFriendlyCriteria'>,
): Promise<string[]> {
  const officeId = await requireOfficeId(db);
  await db.transaction().execute(async (trx) => {
    for (const [index, text] of input.texts.entries()) {
      await trx.updateTable('child_friendly_criterion').set({ text }).where('number', '=', index + 1).execute();
    }
    await recordAudit(trx, clock, { officeId, action: 'update', entity: 'child_friendly_criterion', entityId: null });
  });
  return listChildFriendlyCriteria(db);
}

function toScore(units: UnitCatalog, row: ChildFriendlyScoreTable): ChildFriendlyScore {
  const scores = parseJsonArray(row.scores, isScore);
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: units.unitName(row.unit_id) ?? row.unit_id,
    year: row.year,
    communeClass: row.commune_class,
    assessedOn: row.assessed_on,
    scores,
    note: row.note,
    result: childFriendlyResult(scores, row.commune_class),
    updatedAt: row.updated_at,
  };
}

/** The communes scored that year, by name. */
export async function listChildFriendlyScores(db: Kysely<Database>, units: UnitCatalog, year: number): Promise<ChildFriendlyScore[]> {
  const rows = await db.selectFrom('child_friendly_score').selectAll().where('year', '=', year).execute();
  return rows.map((row) => toScore(units, row)).sort((a, b) => compareVietnamese(a.unitName, b.unitName) || a.unitId.localeCompare(b.unitId));
}

/** One score per commune and year: a second save for the same commune and year replaces the first. */
export async function saveChildFriendlyScore(
  db: Kysely<Database>,
  units: UnitCatalog,
  clock: Clock,
  input: ParsedInput<'models.saveChildFriendlyScore'>,
): Promise<ChildFriendlyScore> {
  const area = await officeArea(db, units);
  requireAreaUnit(area, input.unitId);
  requireAssessedInYear(input);
  const now = clock.now().toISOString();
  const fields = {
    commune_class: input.communeClass,
    assessed_on: input.assessedOn,
    scores: JSON.stringify(input.scores),
    note: input.note ?? null,
    updated_at: now,
  };
  const row = await db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('child_friendly_score')
      .select('id')
      .where('unit_id', '=', input.unitId)
      .where('year', '=', input.year)
      .executeTakeFirst();
    const id = existing?.id ?? newId();
    if (existing) await trx.updateTable('child_friendly_score').set(fields).where('id', '=', id).execute();
    else {
      await trx
        .insertInto('child_friendly_score')
        .values({ id, office_id: area.officeId, unit_id: input.unitId, year: input.year, created_at: now, ...fields })
        .execute();
    }
    await recordAudit(trx, clock, { officeId: area.officeId, action: existing ? 'update' : 'create', entity: 'child_friendly_score', entityId: id });
    return trx.selectFrom('child_friendly_score').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  });
  return toScore(units, row);
}
