import { sql, type Kysely, type RawBuilder } from 'kysely';
import { groupCodes as legalGroupCodes, type GroupCode } from '../../../shared/codes/groups';
import type { ChildListPage, ChildListRow } from '../../../shared/register';
import type { ChildListQuery } from '../../../shared/schemas/children';
import type { Database } from '../../db/schema';
import type { UnitCatalog } from '../units';
import { sixteenOn } from './dates';
import { listFilter, type ListFilter } from './filters';
import { matchesIndex, matchesRow, matchExpression } from './search';

type Condition = RawBuilder<unknown>;

/** Each list order, the index that holds it, and the same order that no index can serve. */
const orders = {
  name: { index: 'child_sort', byIndex: sql`child.sort_key, child.rowid`, bySort: sql`+child.sort_key, child.rowid` },
  birthDate: {
    index: 'child_birth',
    byIndex: sql`child.birth_date, child.sort_key, child.rowid`,
    bySort: sql`+child.birth_date, child.sort_key, child.rowid`,
  },
  // Newest first: what was just entered or imported is what a user looks for.
  createdAt: { index: 'child_created', byIndex: sql`child.created_at desc, child.rowid desc`, bySort: sql`+child.created_at desc, child.rowid desc` },
} as const;

const where = (conditions: readonly Condition[]): RawBuilder<unknown> =>
  conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;

async function countMatches(db: Kysely<Database>, filter: ListFilter): Promise<number> {
  const { columns, text, probes } = filter;
  const query =
    columns.length > 0 || probes.length > 0
      ? sql<{ n: number }>`select count(*) as n from child ${where([...columns, ...matchesIndex(text, columns.length === 0), ...probes])}`
      : text.length > 0
        ? // Every child has its row in the trigram index, so the index alone can count.
          sql<{ n: number }>`select count(*) as n from child_search where child_search match ${matchExpression(text)}`
        : sql<{ n: number }>`select count(*) as n from child`;
  const { rows } = await query.execute(db);
  return rows[0]?.n ?? 0;
}

/**
 * The row ids of one page, in order. Walking the order's index and testing each row stops after
 * offset + limit hits, which is quick when matches are common; collecting every match and
 * sorting them is quick when they are few (and reads child_birth alone when the filter's
 * columns lead there). The walk is expected to test (offset + limit) × rows / matches rows; it is
 * chosen while that stays within a small multiple of the matches, where the two costs meet.
 */
async function pageRowids(db: Kysely<Database>, query: ChildListQuery, filter: ListFilter, total: number): Promise<number[]> {
  const order = orders[query.sort];
  const { rows: sizeRows } = await sql<{ n: number | null }>`select max(rowid) as n from child`.execute(db);
  const size = sizeRows[0]?.n ?? total;
  const walk = ((query.offset + query.limit) * size) / total <= 1.5 * total;
  const page = sql`limit ${query.limit} offset ${query.offset}`;
  const read = walk
    ? sql<{ r: number }>`select child.rowid as r from child indexed by ${sql.raw(order.index)}
        ${where([...filter.columns, ...matchesRow(filter.text), ...filter.probes])} order by ${order.byIndex} ${page}`
    : sql<{ r: number }>`select child.rowid as r from child
        ${where([...filter.columns, ...matchesIndex(filter.text, filter.columns.length === 0), ...filter.probes])} order by ${order.bySort} ${page}`;
  return (await read.execute(db)).rows.map((row) => row.r);
}

interface PageRow {
  r: number;
  id: string;
  full_name: string;
  sex: ChildListRow['sex'];
  birth_date: string;
  unit_id: string;
  village: string | null;
  status: ChildListRow['status'];
}

async function pageRows(db: Kysely<Database>, rowids: readonly number[]): Promise<PageRow[]> {
  if (rowids.length === 0) return [];
  const { rows } = await sql<PageRow>`select child.rowid as r, child.id, child.full_name, child.sex, child.birth_date,
      child.unit_id, child.village, child.status from child where child.rowid in (${sql.join(rowids)})`.execute(db);
  const byRowid = new Map(rows.map((row) => [row.r, row]));
  return rowids.flatMap((r) => byRowid.get(r) ?? []);
}

/** The open memberships of the page's children, in one query (open: not ended, see refresh.ts). */
async function openCodes(db: Kysely<Database>, ids: readonly string[]) {
  const rows =
    ids.length === 0
      ? []
      : await db.selectFrom('membership').select(['child_id', 'kind', 'code']).where('child_id', 'in', ids).where('end_date', 'is', null).execute();
  const byChild = new Map<string, { groups: Set<string>; atRisk: Set<string> }>();
  for (const row of rows) {
    const entry = byChild.get(row.child_id) ?? { groups: new Set(), atRisk: new Set() };
    (row.kind === 'group' ? entry.groups : entry.atRisk).add(row.code);
    byChild.set(row.child_id, entry);
  }
  return byChild;
}

/**
 * One page of the register: filtered, searched, in Vietnamese name order (or by birth date,
 * or newest first), with the total number of matches. `today` is the local date, YYYY-MM-DD.
 */
export async function listChildren(db: Kysely<Database>, units: UnitCatalog, query: ChildListQuery, today: string): Promise<ChildListPage> {
  const filter = await listFilter(db, query, today);
  if (filter.empty) return { total: 0, rows: [] };
  const total = await countMatches(db, filter);
  if (total === 0 || query.offset >= total) return { total, rows: [] };
  const page = await pageRows(db, await pageRowids(db, query, filter, total));
  const codes = await openCodes(db, page.map((r) => r.id));
  return {
    total,
    rows: page.map((row) => {
      const open = codes.get(row.id);
      return {
        id: row.id,
        fullName: row.full_name,
        sex: row.sex,
        birthDate: row.birth_date,
        unitId: row.unit_id,
        unitName: units.unitName(row.unit_id) ?? '',
        village: row.village,
        status: row.status,
        groupCodes: legalGroupCodes.filter((code): code is GroupCode => open?.groups.has(code) ?? false),
        atRiskCodes: [...(open?.atRisk ?? [])].sort(),
        sixteenOn: sixteenOn(row.birth_date, today),
      };
    }),
  };
}
