import type { Kysely } from 'kysely';
import { groupCodes } from '../../../shared/codes/groups';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import { isIsoDate } from '../../../shared/format/date';
import { endReason, mergeSpans, type Period, type Span, type Stay } from './stays';

/** One membership with what the report needs of it and of its child. */
export interface MembershipFact {
  childId: string;
  kind: 'group' | 'atRisk';
  code: string;
  start: string;
  end: string | null;
  reason: string | null;
  unitId: string;
}

export type ReviewDimension = 'group' | 'unit' | 'total';

/** Row keys that are not a group code or a unit. */
export const atRiskKey = 'atRisk';
export const totalKey = 'total';

export function checkPeriod(period: Period): void {
  if (!isIsoDate(period.from) || !isIsoDate(period.to) || period.from > period.to) {
    throw new AppFailure('errors.invalidInput', [{ path: 'to', message: 'validation.periodOrder' }]);
  }
}

/**
 * Every membership that can count in the period, with the child's unit, in one query,
 * ordered by child and start. Memberships that ended before `from` or start after `to`
 * count nowhere, and leaving them out changes no stay's counts (they could only stretch a
 * stay further before `from` or after `to`).
 */
export async function loadFacts(db: Kysely<Database>, period: Period): Promise<MembershipFact[]> {
  return db
    .selectFrom('membership as m')
    .innerJoin('child as c', 'c.id', 'm.child_id')
    .select([
      'm.child_id as childId',
      'm.kind as kind',
      'm.code as code',
      'm.start_date as start',
      'm.end_date as end',
      'm.end_reason as reason',
      'c.unit_id as unitId',
    ])
    .where('m.start_date', '<=', period.to)
    .where((eb) => eb.or([eb('m.end_date', 'is', null), eb('m.end_date', '>=', period.from)]))
    .orderBy('m.child_id')
    .orderBy('m.start_date')
    .execute();
}

export type StayVisitor = (dimension: ReviewDimension, key: string, stays: readonly Stay[], childId: string) => void;

const legalGroupCodes: ReadonlySet<string> = new Set(groupCodes);

/** One child's facts (facts[first..last)) → their stays per group, at risk, and in the register. */
function visitChild(facts: readonly MembershipFact[], first: number, last: number, visit: StayVisitor): void {
  const byGroup = new Map<string, Span[]>();
  const inRegister: Span[] = [];
  const atRisk: Span[] = [];
  let unitId = '';
  let childId = '';
  for (let i = first; i < last; i++) {
    const fact = facts[i];
    if (!fact) continue;
    unitId = fact.unitId;
    childId = fact.childId;
    const span: Span = { start: fact.start, end: fact.end, reason: endReason(fact.end, fact.reason) };
    if (fact.kind === 'atRisk') {
      atRisk.push(span);
    } else if (legalGroupCodes.has(fact.code)) {
      inRegister.push(span);
      const spans = byGroup.get(fact.code);
      if (spans) spans.push(span);
      else byGroup.set(fact.code, [span]);
    }
  }
  for (const [code, spans] of byGroup) visit('group', code, mergeSpans(spans), childId);
  if (atRisk.length > 0) visit('group', atRiskKey, mergeSpans(atRisk), childId);
  if (inRegister.length > 0) {
    const stays = mergeSpans(inRegister);
    visit('unit', unitId, stays, childId);
    visit('total', totalKey, stays, childId);
  }
}

/** Calls `visit` with each child's stays in each row they belong to. Facts come sorted as loadFacts sorts. */
export function walkStays(facts: readonly MembershipFact[], visit: StayVisitor): void {
  let first = 0;
  while (first < facts.length) {
    const childId = facts[first]?.childId;
    let last = first + 1;
    while (last < facts.length && facts[last]?.childId === childId) last++;
    visitChild(facts, first, last, visit);
    first = last;
  }
}
