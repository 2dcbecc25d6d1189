import { membershipEndReasons, type MembershipEndReason } from '../../../shared/codes/register';

/**
 * How the review report (rà soát, biến động) counts. Every rule of the report is here.
 *
 * A membership covers the days [start_date, end_date): end_date is the first day the child is
 * no longer in the group; an open membership has no end. A period [from, to] includes both days.
 *
 * A child's memberships are first merged into stays: for one group, the union of the child's
 * memberships of that group; for the at-risk row, the union of all their at-risk memberships;
 * for the commune rows and the total, the union of all their memberships of the 14 groups
 * (the time the child is in the register as a child in special circumstances). Memberships
 * that overlap or touch (one ends on the day the next starts, e.g. a change of sub-group)
 * make one stay, so that nobody is counted as leaving and rejoining on the same day.
 *
 * Each stay then counts in the period as:
 *   start (đầu kỳ)      start < from and (no end or end >= from)   — in the group the day before `from`
 *   increase (tăng)     from <= start <= to
 *   decrease (giảm)     from <= end <= to, under the reason of the membership that ended it
 *   end (cuối kỳ)       start <= to and (no end or end > to)       — in the group on `to`
 * so that start + increases − decreases = end holds for every stay, hence for every row.
 * A child who joins and leaves inside the period counts +1 and −1; one who leaves and later
 * rejoins counts −1 and +1; a child in several groups counts once in each group's row but
 * once only in their commune's row and in the total. A stay that starts and ends on the same
 * day (an empty membership) counts as one increase and one decrease.
 *
 * The commune of a child is the one on their record today (child.unit_id) for the whole
 * period: the register does not keep a history of moves between communes.
 */

export interface Span {
  start: string;
  end: string | null;
  reason: MembershipEndReason | null;
}

export type Stay = Span;

export interface Period {
  from: string;
  to: string;
}

/**
 * When memberships that end on the same day give different reasons (a child who dies leaves
 * every group that day, some perhaps recorded as "other"), the reason about the child as a
 * whole wins over the reason about one circumstance.
 */
const reasonPriority: readonly MembershipEndReason[] = ['died', 'adopted', 'movedAway', 'turned16', 'circumstanceEnded', 'other'];

const strongerReason = (a: MembershipEndReason | null, b: MembershipEndReason | null): MembershipEndReason | null => {
  if (a === null) return b;
  if (b === null) return a;
  return reasonPriority.indexOf(a) <= reasonPriority.indexOf(b) ? a : b;
};

const knownReasons: ReadonlySet<string> = new Set(membershipEndReasons);

/** A stored end reason; anything unexpected on an ended membership counts as 'other'. */
export function endReason(end: string | null, stored: string | null): MembershipEndReason | null {
  if (end === null) return null;
  return stored !== null && knownReasons.has(stored) ? (stored as MembershipEndReason) : 'other';
}

/** Merges spans sorted by start into stays (see above). The input order must be by start. */
export function mergeSpans(spans: readonly Span[]): readonly Stay[] {
  // Most children have one membership per row: nothing to merge, nothing to copy.
  if (spans.length === 1) return spans;
  const stays: Stay[] = [];
  let current: Stay | null = null;
  for (const span of spans) {
    if (current === null) {
      current = { ...span };
      continue;
    }
    const touches = current.end === null || span.start <= current.end;
    if (!touches) {
      stays.push(current);
      current = { ...span };
      continue;
    }
    if (current.end === null) continue;
    if (span.end === null) {
      current.end = null;
      current.reason = null;
    } else if (span.end > current.end) {
      current.end = span.end;
      current.reason = span.reason;
    } else if (span.end === current.end) {
      current.reason = strongerReason(current.reason, span.reason);
    }
  }
  if (current !== null) stays.push(current);
  return stays;
}

export const countsAtStart = (stay: Stay, { from }: Period): boolean =>
  stay.start < from && (stay.end === null || stay.end >= from);

export const countsAsIncrease = (stay: Stay, { from, to }: Period): boolean => from <= stay.start && stay.start <= to;

export const countsAsDecrease = (stay: Stay, { from, to }: Period): boolean =>
  stay.end !== null && from <= stay.end && stay.end <= to;

export const countsAtEnd = (stay: Stay, { to }: Period): boolean =>
  stay.start <= to && (stay.end === null || stay.end > to);
