import { format, parseISO, subMonths } from 'date-fns';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema';
import { deliveredStatuses } from '../../../shared/codes/gifts';
import { childAgeLimit, registerStatuses } from '../../../shared/codes/register';
import type { ChildListQuery } from '../../../shared/schemas/children';
import { bornOnOrBefore, noticeEnd } from './dates';
import { textConditions, unsatisfiable, type TextCondition } from './search';

type Condition = RawBuilder<unknown>;

/** `column in (values)`; written `+column` when it should not lead to an index. */
const within = (column: string, values: readonly string[], indexed = false): Condition =>
  sql`${indexed ? sql`` : sql`+`}${sql.ref(`child.${column}`)} in (${sql.join(values)})`;

/** The same day `months` earlier, or that month's last day when it is shorter (31/03 → 28/02). Local dates, so no time zone shifts a day. */
export const monthsBefore = (iso: string, months: number): string => format(subMonths(parseISO(iso), months), 'yyyy-MM-dd');

/**
 * No gift handed over (to the child or a guardian) in the `months` up to and including today.
 * child.last_gift_on (kept by the delivery service, held in child_birth) answers it, except for
 * a child whose last gift is dated after today: their earlier gifts are then looked up (one
 * seek of gift_recipient_child_status; `+status` keeps SQLite from a seek per status).
 */
const noGiftSince = (today: string, months: number): Condition => {
  const since = monthsBefore(today, months);
  return sql`(child.last_gift_on is null or child.last_gift_on <= ${since} or (child.last_gift_on > ${today}
    and not exists (select 1 from gift_recipient where gift_recipient.child_id = child.id
      and +gift_recipient.status in (${sql.join(deliveredStatuses)})
      and gift_recipient.delivered_on > ${since} and gift_recipient.delivered_on <= ${today})))`;
};

export interface ListFilter {
  /** Conditions on the child row's own columns. */
  columns: Condition[];
  /** Search words and memberships, tested on search_text (through the trigram index or per row). */
  text: TextCondition[];
  /**
   * Conditions on other tables, tested per child (a subquery each): never the start of a plan,
   * and written last so that only the rows the other conditions leave are probed.
   */
  probes: Condition[];
  /** True when no child can match (e.g. "left" and "turning 16 soon" together). */
  empty: boolean;
}

/**
 * The list's filters. Ages become birth-date bounds, which the birth-date index serves; groups
 * and at-risk reasons are the membership marks in search_text (see derived.ts), so that they and
 * the search are answered by one trigram-index query. An empty list means "any".
 *
 * SQLite has no statistics to choose an index by, so a condition that would make a poor start
 * (several statuses: most of the register) is written `+column`, which no index serves; the
 * rows are then found through a selective index, or by reading child_birth, which holds every
 * filter column.
 */
export async function listFilter(db: Kysely<Database>, query: ChildListQuery, today: string): Promise<ListFilter> {
  const columns: Condition[] = [];
  const byUnit = query.unitIds.length > 0 && query.unitIds.length <= 5;
  if (query.unitIds.length > 0) columns.push(within('unit_id', query.unitIds, byUnit));
  if (query.sexes.length > 0) columns.push(within('sex', query.sexes));
  if (query.ethnicityCodes.length > 0) columns.push(within('ethnicity_code', query.ethnicityCodes));
  if (query.householdStatuses.length > 0) columns.push(within('household_status', query.householdStatuses));
  if (query.ageMin !== null) columns.push(sql`child.birth_date <= ${bornOnOrBefore(today, query.ageMin)}`);
  // Younger than ageMax + 1.
  if (query.ageMax !== null) columns.push(sql`child.birth_date > ${bornOnOrBefore(today, query.ageMax + 1)}`);
  let statuses = query.statuses.length > 0 ? [...query.statuses] : [...registerStatuses];
  if (query.turning16Soon) {
    // The 16th birthday on or before the end of the notice period; a closed record is done with.
    columns.push(sql`child.birth_date <= ${bornOnOrBefore(noticeEnd(today), childAgeLimit)}`);
    statuses = statuses.filter((s) => s !== 'left');
  }
  // One status leads to child_status, unless a unit or a birth-date range narrows better.
  const byBirth = query.ageMin !== null || query.ageMax !== null || query.turning16Soon;
  if (statuses.length < registerStatuses.length) columns.push(within('status', statuses, statuses.length === 1 && !byUnit && !byBirth));
  const text = await textConditions(db, query.search, [
    { kind: 'group', codes: query.groupCodes },
    { kind: 'atRisk', codes: query.atRiskCodes },
  ]);
  const probes = query.noGiftMonths !== null ? [noGiftSince(today, query.noGiftMonths)] : [];
  return { columns, text, probes, empty: statuses.length === 0 || unsatisfiable(text) };
}
