import type SQLite from 'better-sqlite3';
import { groupCodes } from '../../../../shared/codes/groups';
import type { ProvinceChildrenRow } from '../../../../shared/exchange';
import type { ProvinceReportQuery as Period } from '../../../../shared/schemas/exchange';
import { fieldSeparator, listSeparator, splitList, splitPair } from './province-report-lists';

/**
 * Children in special circumstances of one office's snapshot at the period's end: the "Cuối kỳ"
 * column of the office's review report (main/services/review/stays.ts). There a child's
 * memberships are merged into stays and a stay counts at the end when start <= to and (no end or
 * end > to): the stay holds the day `to`. A merged stay is the union of memberships that overlap
 * or touch, so it holds `to` exactly when one of its memberships does: the same count comes from
 * the memberships that hold `to` (membership [start_date, end_date): one ending on `to` no longer
 * counts; a child who left has every membership ended on the day they left), read here in SQL so
 * that 200,000 children need no row each in JavaScript. province-report-children.test.ts checks
 * this against the review's own walkStays and countsAtEnd.
 *
 * As in the review: only memberships of children on the register (its inner join on child);
 * `total` counts each child once over the 14 legal groups, `byGroup` once per group (a child in
 * two groups counts in both), `atRisk` is the review's at-risk row (not part of `total`).
 *
 * `supported`: of the children in `total`, those handed a gift in the period (`gifted`, from
 * the gifts section) or paid by the Child Fund in the period: a support payment dated in
 * [from, to] that no reversal dated on or before `to` has undone (a case paid in October and
 * reopened in November counts as supported in October, not in November unless paid again).
 */

export const emptyChildrenRow = (): ProvinceChildrenRow => ({
  total: 0,
  male: 0,
  female: 0,
  byGroup: Object.fromEntries(groupCodes.map((code) => [code, 0])),
  atRisk: 0,
  supported: 0,
});

export function addChildrenRow(sum: ProvinceChildrenRow, row: ProvinceChildrenRow): void {
  sum.total += row.total;
  sum.male += row.male;
  sum.female += row.female;
  for (const code of groupCodes) sum.byGroup[code] = (sum.byGroup[code] ?? 0) + (row.byGroup[code] ?? 0);
  sum.atRisk += row.atRisk;
  sum.supported += row.supported;
}

const legalRows: ReadonlySet<string> = new Set(groupCodes.map((code) => `g${code}`));

type Params = { office: string; from: string; to: string };

export function childrenSection(sqlite: SQLite.Database): (officeId: string, period: Period, gifted: ReadonlySet<string>) => ProvinceChildrenRow {
  // Each membership that holds `to`, as "child<US>row": 'r' for the at-risk row, 'g' + code for a group.
  const atEnd = sqlite
    .prepare<Params, string | null>(`
    select group_concat(data ->> '$.child_id' || ${fieldSeparator} ||
             case when data ->> '$.kind' = 'atRisk' then 'r' else 'g' || (data ->> '$.code') end, ${listSeparator})
    from exchange_row
    where office_id = @office and table_name = 'membership'
      and data ->> '$.start_date' <= @to
      and coalesce(data ->> '$.end_date' > @to, 1)`)
    .pluck();
  // The children on the register, each as its sex's letter and its id.
  const children = sqlite
    .prepare<Params, string | null>(`
    select group_concat(case data ->> '$.sex' when 'male' then 'm' when 'female' then 'f' else '-' end || row_id, ${listSeparator})
    from exchange_row where office_id = @office and table_name = 'child'`)
    .pluck();
  const paid = sqlite
    .prepare<Params, string>(`
    select s.data ->> '$.child_id'
    from exchange_row p
    join exchange_row s on s.office_id = p.office_id and s.table_name = 'fund_support' and s.row_id = p.data ->> '$.support_id'
    where p.office_id = @office and p.table_name = 'fund_posting'
      and p.data ->> '$.source' = 'supportPayment'
      and p.data ->> '$.posted_on' between @from and @to
      and p.row_id not in (
        select data ->> '$.reverses_id' from exchange_row
        where office_id = @office and table_name = 'fund_posting'
          and data ->> '$.source' = 'reversal' and data ->> '$.reverses_id' is not null
          and data ->> '$.posted_on' <= @to)`)
    .pluck();

  return (officeId, { from, to }, gifted) => {
    const params = { office: officeId, from, to };
    const sexOf = new Map<string, string>();
    for (const item of splitList(children.get(params) ?? null)) sexOf.set(item.slice(1), item.slice(0, 1));
    const byRow = new Map<string, Set<string>>();
    const inRegister = new Set<string>();
    for (const item of splitList(atEnd.get(params) ?? null)) {
      const [child, row] = splitPair(item);
      // As the review's inner join on child: memberships of a child not in the snapshot count nowhere.
      if (!sexOf.has(child)) continue;
      let keyed = byRow.get(row);
      if (!keyed) byRow.set(row, (keyed = new Set()));
      keyed.add(child);
      if (legalRows.has(row)) inRegister.add(child);
    }
    const paidChildren = new Set(paid.all(params));
    const result = emptyChildrenRow();
    for (const code of groupCodes) result.byGroup[code] = byRow.get(`g${code}`)?.size ?? 0;
    result.atRisk = byRow.get('r')?.size ?? 0;
    for (const child of inRegister) {
      result.total++;
      const sex = sexOf.get(child);
      if (sex === 'm') result.male++;
      else if (sex === 'f') result.female++;
      if (gifted.has(child) || paidChildren.has(child)) result.supported++;
    }
    return result;
  };
}
