/**
 * Safe-home assessments (QĐ 548/QĐ-LĐTBXH): a household checked against the office's 33
 * criteria, linked to the registered children living there. The result is computed on every
 * read from the current criteria (see safe-home-criteria.ts), never stored.
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import { safeHomeResult } from '../../../shared/codes/models';
import type { ParsedInput } from '../../../shared/contract';
import { compareVietnamese } from '../../../shared/format/names';
import type { SafeHomeAssessment, SafeHomeCriterion, SafeHomeRollupRow } from '../../../shared/models';
import { newId, type Clock } from '../../clock';
import type { Database, SafeHomeAssessmentTable } from '../../db/schema';
import { AppFailure } from '../../failure';
import { recordAudit } from '../audit';
import { requireOfficeId } from '../office';
import type { UnitCatalog } from '../units';
import { officeArea, requireAreaUnit } from './area';
import { requireAssessedInYear } from './dates';
import { isString, parseJsonArray } from './json';
import { listSafeHomeCriteria } from './safe-home-criteria';

type AssessmentInput = ParsedInput<'models.createSafeHomeAssessment'>;
type AssessmentUpdate = ParsedInput<'models.updateSafeHomeAssessment'>;
type Query = ParsedInput<'models.safeHomeAssessments'>;

/** Dated in its year; met criteria must be on the list; linked children must be on the register. */
async function checkReferences(db: Kysely<Database>, input: AssessmentInput): Promise<void> {
  requireAssessedInYear(input);
  const known = new Set((await listSafeHomeCriteria(db)).map((c) => c.id));
  if (input.metCriterionIds.some((id) => !known.has(id))) {
    throw new AppFailure('errors.invalidInput', [{ path: 'metCriterionIds', message: 'validation.invalid' }]);
  }
  const childIds = [...new Set(input.childIds)];
  if (childIds.length === 0) return;
  const found = await db.selectFrom('child').select('id').where('id', 'in', childIds).execute();
  if (found.length !== childIds.length) throw new AppFailure('errors.invalidInput', [{ path: 'childIds', message: 'validation.childNotFound' }]);
}

function fields(input: AssessmentInput, now: string) {
  return {
    unit_id: input.unitId,
    year: input.year,
    assessed_on: input.assessedOn,
    household_head: input.householdHead,
    village: input.village ?? null,
    address: input.address ?? null,
    met_criteria: JSON.stringify([...new Set(input.metCriterionIds)]),
    child_injured: input.childInjured ? 1 : 0,
    note: input.note ?? null,
    updated_at: now,
  };
}

async function linkChildren(trx: Transaction<Database>, assessmentId: string, childIds: readonly string[]): Promise<void> {
  await trx.deleteFrom('safe_home_child').where('assessment_id', '=', assessmentId).execute();
  const unique = [...new Set(childIds)];
  if (unique.length > 0) {
    await trx.insertInto('safe_home_child').values(unique.map((child_id) => ({ assessment_id: assessmentId, child_id }))).execute();
  }
}

type AssessmentRow = Selectable<SafeHomeAssessmentTable>;

/** The children linked to these assessments, by assessment, in register order. */
async function linkedChildren(db: Kysely<Database>, assessmentIds: readonly string[]): Promise<Map<string, SafeHomeAssessment['children']>> {
  const childrenOf = new Map<string, SafeHomeAssessment['children']>();
  if (assessmentIds.length === 0) return childrenOf;
  const children = await db
    .selectFrom('safe_home_child')
    .innerJoin('child', 'child.id', 'safe_home_child.child_id')
    .select(['safe_home_child.assessment_id', 'child.id', 'child.full_name', 'child.birth_date'])
    .where('safe_home_child.assessment_id', 'in', assessmentIds)
    .orderBy('child.sort_key')
    .execute();
  for (const c of children) {
    const list = childrenOf.get(c.assessment_id) ?? [];
    list.push({ id: c.id, fullName: c.full_name, birthDate: c.birth_date });
    childrenOf.set(c.assessment_id, list);
  }
  return childrenOf;
}

function toAssessment(
  a: AssessmentRow,
  units: UnitCatalog,
  criteria: readonly SafeHomeCriterion[],
  children: SafeHomeAssessment['children'],
): SafeHomeAssessment {
  const met = parseJsonArray(a.met_criteria, isString);
  return {
    id: a.id,
    unitId: a.unit_id,
    unitName: units.unitName(a.unit_id) ?? a.unit_id,
    year: a.year,
    assessedOn: a.assessed_on,
    householdHead: a.household_head,
    village: a.village,
    address: a.address,
    metCriterionIds: met,
    childInjured: a.child_injured === 1,
    children,
    note: a.note,
    result: safeHomeResult(criteria, met, a.child_injured === 1),
    updatedAt: a.updated_at,
  };
}

/** The assessments of a year (of one unit, or all): units by name, newest first within a unit. */
export async function listSafeHomeAssessments(db: Kysely<Database>, units: UnitCatalog, query: Query): Promise<SafeHomeAssessment[]> {
  let rows = db.selectFrom('safe_home_assessment').selectAll().where('year', '=', query.year);
  if (query.unitId !== null) rows = rows.where('unit_id', '=', query.unitId);
  const assessments = await rows.orderBy('assessed_on', 'desc').orderBy('created_at', 'desc').execute();
  if (assessments.length === 0) return [];
  const criteria = await listSafeHomeCriteria(db);
  const childrenOf = await linkedChildren(db, assessments.map((a) => a.id));
  const result = assessments.map((a) => toAssessment(a, units, criteria, childrenOf.get(a.id) ?? []));
  // A stable sort keeps the newest-first order within each unit.
  return result.sort((x, y) => compareVietnamese(x.unitName, y.unitName) || x.unitId.localeCompare(y.unitId));
}

async function getAssessment(db: Kysely<Database>, units: UnitCatalog, id: string): Promise<SafeHomeAssessment> {
  const row = await db.selectFrom('safe_home_assessment').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppFailure('errors.notFound');
  const childrenOf = await linkedChildren(db, [id]);
  return toAssessment(row, units, await listSafeHomeCriteria(db), childrenOf.get(id) ?? []);
}

export async function createSafeHomeAssessment(
  db: Kysely<Database>,
  units: UnitCatalog,
  clock: Clock,
  input: AssessmentInput,
): Promise<SafeHomeAssessment> {
  const area = await officeArea(db, units);
  requireAreaUnit(area, input.unitId);
  const officeId = area.officeId;
  await checkReferences(db, input);
  const id = newId();
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('safe_home_assessment').values({ id, office_id: officeId, created_at: now, ...fields(input, now) }).execute();
    await linkChildren(trx, id, input.childIds);
    await recordAudit(trx, clock, { officeId, action: 'create', entity: 'safe_home_assessment', entityId: id });
  });
  return getAssessment(db, units, id);
}

export async function updateSafeHomeAssessment(
  db: Kysely<Database>,
  units: UnitCatalog,
  clock: Clock,
  input: AssessmentUpdate,
): Promise<SafeHomeAssessment> {
  const officeId = await requireOfficeId(db);
  const current = await db.selectFrom('safe_home_assessment').select(['unit_id']).where('id', '=', input.id).executeTakeFirst();
  if (!current) throw new AppFailure('errors.notFound');
  // An assessment keeps its unit even when the office's area has changed since.
  if (input.unitId !== current.unit_id) requireAreaUnit(await officeArea(db, units), input.unitId);
  await checkReferences(db, input);
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('safe_home_assessment').set(fields(input, now)).where('id', '=', input.id).execute();
    await linkChildren(trx, input.id, input.childIds);
    await recordAudit(trx, clock, { officeId, action: 'update', entity: 'safe_home_assessment', entityId: input.id });
  });
  return getAssessment(db, units, input.id);
}

export async function deleteSafeHomeAssessment(db: Kysely<Database>, clock: Clock, id: string): Promise<{ deleted: true }> {
  const officeId = await requireOfficeId(db);
  await db.transaction().execute(async (trx) => {
    const gone = await trx.deleteFrom('safe_home_assessment').where('id', '=', id).executeTakeFirst();
    if (Number(gone.numDeletedRows) === 0) throw new AppFailure('errors.notFound');
    await recordAudit(trx, clock, { officeId, action: 'delete', entity: 'safe_home_assessment', entityId: id });
  });
  return { deleted: true };
}

/** Per unit with any assessment that year: households assessed and recognised, by unit name. */
export async function safeHomeRollup(db: Kysely<Database>, units: UnitCatalog, year: number): Promise<SafeHomeRollupRow[]> {
  // Only what the rule reads: no children, notes or names.
  const assessments = await db
    .selectFrom('safe_home_assessment')
    .select(['unit_id', 'met_criteria', 'child_injured'])
    .where('year', '=', year)
    .execute();
  if (assessments.length === 0) return [];
  const criteria = await listSafeHomeCriteria(db);
  const rows = new Map<string, SafeHomeRollupRow>();
  for (const a of assessments) {
    const row = rows.get(a.unit_id) ?? { unitId: a.unit_id, unitName: units.unitName(a.unit_id) ?? a.unit_id, assessed: 0, recognised: 0 };
    row.assessed += 1;
    if (safeHomeResult(criteria, parseJsonArray(a.met_criteria, isString), a.child_injured === 1).recognised) row.recognised += 1;
    rows.set(a.unit_id, row);
  }
  return [...rows.values()].sort((x, y) => compareVietnamese(x.unitName, y.unitName) || x.unitId.localeCompare(y.unitId));
}
