import { sql, type Kysely } from 'kysely';
import { groupCodes, type GroupCode } from '../../../shared/codes/groups';
import { childAgeLimit, registerStatuses, turning16NoticeDays, type RegisterStatus } from '../../../shared/codes/register';
import { compareVietnamese, splitVietnameseName } from '../../../shared/format/names';
import type { ChildListRow, ReviewMeasure } from '../../../shared/register';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import type { UnitCatalog } from '../units';
import { atRiskKey, checkPeriod, loadFacts, walkStays, type ReviewDimension } from './facts';
import { countsAsDecrease, countsAsIncrease, countsAtEnd, countsAtStart, type Period, type Stay } from './stays';

export interface ReviewCell extends Period {
  dimension: ReviewDimension;
  key: string;
  measure: ReviewMeasure;
}

const counted: Record<ReviewMeasure, (stay: Stay, period: Period) => boolean> = {
  start: countsAtStart,
  increases: countsAsIncrease,
  decreases: countsAsDecrease,
  end: countsAtEnd,
};

/** The day the child turns 16 (29 February → 1 March in common years, as ageOn counts). */
export function sixteenthBirthday(birthDate: string): string {
  const year = Number(birthDate.slice(0, 4)) + childAgeLimit;
  const monthDay = birthDate.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${monthDay === '02-29' && !leap ? '03-01' : monthDay}`;
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Child ids counted in one cell of the report, once per counted stay (so the list length is the number shown). */
function countedChildIds(facts: Parameters<typeof walkStays>[0], cell: ReviewCell): string[] {
  const ids: string[] = [];
  const isCounted = counted[cell.measure];
  walkStays(facts, (dimension, key, stays, childId) => {
    if (dimension !== cell.dimension || (dimension !== 'total' && key !== cell.key)) return;
    for (const stay of stays) if (isCounted(stay, cell)) ids.push(childId);
  });
  return ids;
}

const knownStatuses: ReadonlySet<string> = new Set(registerStatuses);
const groupOrder = new Map<string, number>(groupCodes.map((code, index) => [code, index]));

/** Any number of ids as one bound value: SQLite limits the number of parameters, not a JSON text's length. */
const idsIn = (ids: readonly string[]) => sql<string>`(select value from json_each(${JSON.stringify(ids)}))`;

/** The list rows of these children, as the register shows them today. */
async function listRows(db: Kysely<Database>, units: UnitCatalog, ids: readonly string[], today: string): Promise<Map<string, ChildListRow>> {
  const rows = new Map<string, ChildListRow>();
  if (ids.length === 0) return rows;
  const children = await db
    .selectFrom('child')
    .select(['id', 'full_name', 'sex', 'birth_date', 'unit_id', 'village', 'status'])
    .where('id', 'in', idsIn(ids))
    .execute();
  const openToday = await db
    .selectFrom('membership')
    .select(['child_id', 'kind', 'code'])
    .where('child_id', 'in', idsIn(ids))
    .where('start_date', '<=', today)
    .where((eb) => eb.or([eb('end_date', 'is', null), eb('end_date', '>', today)]))
    .execute();
  const openByChild = new Map<string, { kind: string; code: string }[]>();
  for (const m of openToday) {
    const list = openByChild.get(m.child_id);
    if (list) list.push(m);
    else openByChild.set(m.child_id, [m]);
  }
  const noticeUntil = addDays(today, turning16NoticeDays);
  for (const child of children) {
    const sixteen = sixteenthBirthday(child.birth_date);
    const open = openByChild.get(child.id) ?? [];
    const inGroups = open.filter((m) => m.kind === 'group' && groupOrder.has(m.code)).map((m) => m.code as GroupCode);
    rows.set(child.id, {
      id: child.id,
      fullName: child.full_name,
      sex: child.sex,
      birthDate: child.birth_date,
      unitId: child.unit_id,
      unitName: units.unitName(child.unit_id) ?? child.unit_id,
      village: child.village,
      status: (knownStatuses.has(child.status) ? child.status : 'active') as RegisterStatus,
      groupCodes: [...new Set(inGroups)].sort((a, b) => (groupOrder.get(a) ?? 0) - (groupOrder.get(b) ?? 0)),
      atRiskCodes: [...new Set(open.filter((m) => m.kind === 'atRisk').map((m) => m.code))].sort(),
      sixteenOn: sixteen <= noticeUntil ? sixteen : null,
    });
  }
  return rows;
}

/**
 * The children behind one number of the review report, in Vietnamese name order. A child
 * counted twice in a cell (joined, left and joined again within the period) is listed twice.
 * `today` decides the groups shown for each child and the turning-16 flag, as in the register.
 */
export async function reviewChildren(
  db: Kysely<Database>,
  units: UnitCatalog,
  cell: ReviewCell,
  today: string,
): Promise<ChildListRow[]> {
  checkPeriod(cell);
  if (cell.dimension === 'group' && cell.key !== atRiskKey && !groupOrder.has(cell.key)) {
    throw new AppFailure('errors.invalidInput', [{ path: 'key', message: 'validation.invalid' }]);
  }
  const ids = countedChildIds(await loadFacts(db, cell), cell);
  const rows = await listRows(db, units, [...new Set(ids)], today);

  // compareVietnameseNames's order, with each name split once rather than at every
  // comparison: a cell can hold most of the register.
  const listed = ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [{ row, name: splitVietnameseName(row.fullName) }] : [];
  });
  listed.sort(
    (a, b) =>
      compareVietnamese(a.name.given, b.name.given) ||
      compareVietnamese(a.name.family, b.name.family) ||
      compareVietnamese(a.name.middle, b.name.middle) ||
      compareVietnamese(a.row.fullName, b.row.fullName) ||
      a.row.birthDate.localeCompare(b.row.birthDate) ||
      (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0),
  );
  return listed.map((entry) => entry.row);
}
