import type { Kysely } from 'kysely';
import { legalGroups } from '../../../shared/codes/groups';
import { membershipEndReasons, type MembershipEndReason } from '../../../shared/codes/register';
import { compareVietnamese } from '../../../shared/format/names';
import type { ReviewCounts, ReviewReport, ReviewRow } from '../../../shared/register';
import { parseUnitRef } from '../../../shared/units';
import type { Database } from '../../db/schema';
import type { UnitCatalog } from '../units';
import { atRiskKey, checkPeriod, loadFacts, walkStays } from './facts';
import { atRiskLabel, legacyUnitSuffix } from './labels';
import { countsAsDecrease, countsAsIncrease, countsAtEnd, countsAtStart, type Period, type Stay } from './stays';

export function emptyCounts(): ReviewCounts {
  const decreasesByReason = Object.fromEntries(membershipEndReasons.map((r) => [r, 0])) as Record<MembershipEndReason, number>;
  return { start: 0, increases: 0, decreases: 0, decreasesByReason, end: 0 };
}

function addStays(counts: ReviewCounts, stays: readonly Stay[], period: Period): void {
  for (const stay of stays) {
    if (countsAtStart(stay, period)) counts.start++;
    if (countsAsIncrease(stay, period)) counts.increases++;
    if (countsAsDecrease(stay, period)) {
      counts.decreases++;
      counts.decreasesByReason[stay.reason ?? 'other']++;
    }
    if (countsAtEnd(stay, period)) counts.end++;
  }
}

/**
 * Rà soát, biến động: for the period, per legal group (in the law's order, then the at-risk
 * list), per commune or old ward (by name; only those with a child in the register during the
 * period) and in total. How children are counted: see stays.ts.
 */
export async function reviewReport(db: Kysely<Database>, units: UnitCatalog, period: Period): Promise<ReviewReport> {
  checkPeriod(period);
  const facts = await loadFacts(db, period);
  const byGroup = new Map<string, ReviewCounts>();
  const byUnit = new Map<string, ReviewCounts>();
  const total = emptyCounts();
  const tally = (map: Map<string, ReviewCounts>, key: string): ReviewCounts => {
    let counts = map.get(key);
    if (!counts) {
      counts = emptyCounts();
      map.set(key, counts);
    }
    return counts;
  };

  walkStays(facts, (dimension, key, stays) => {
    if (dimension === 'group') addStays(tally(byGroup, key), stays, period);
    else if (dimension === 'unit') addStays(tally(byUnit, key), stays, period);
    else addStays(total, stays, period);
  });

  const groupRows: ReviewRow[] = [
    ...legalGroups.map((group) => ({
      key: group.code,
      label: group.nameVi,
      counts: byGroup.get(group.code) ?? emptyCounts(),
    })),
    { key: atRiskKey, label: atRiskLabel, counts: byGroup.get(atRiskKey) ?? emptyCounts() },
  ];
  return { from: period.from, to: period.to, byGroup: groupRows, byUnit: unitRows(units, byUnit), total };
}

/**
 * Communes and old wards by name. The reform reused names (the old Phường Gia Viên lies in
 * today's Phường Gia Viên), so an old ward whose name another row also has is marked "(cũ)".
 */
function unitRows(units: UnitCatalog, byUnit: Map<string, ReviewCounts>): ReviewRow[] {
  const named = [...byUnit].map(([key, counts]) => ({ key, name: units.unitName(key) ?? key, counts }));
  const seen = new Map<string, number>();
  for (const row of named) seen.set(row.name, (seen.get(row.name) ?? 0) + 1);
  return named
    .map(({ key, name, counts }) => ({
      key,
      label: parseUnitRef(key).kind === 'legacyWard' && (seen.get(name) ?? 0) > 1 ? `${name}${legacyUnitSuffix}` : name,
      counts,
    }))
    .sort((a, b) => compareVietnamese(a.label, b.label) || (a.key < b.key ? -1 : 1));
}
