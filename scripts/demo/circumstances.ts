/**
 * Why a demo child is on the register: the 14 groups at the shares a district register
 * shows (disability and illness in poor households by far the most common; orphans,
 * abandoned children and those without anyone to rely on fewer; the rest rare), the at-risk
 * options, and the sub-groups of a, b and c.
 */
import type { GroupCode } from '../../shared/codes/groups';
import { weightedTable, type Random } from './random';

export const groupShares: readonly (readonly [GroupCode, number])[] = [
  ['d', 36],
  ['n', 22],
  ['c', 11],
  ['a', 8],
  ['b', 5],
  ['dd', 2.5],
  ['h', 2.5],
  ['i', 2.5],
  ['l', 2],
  ['e', 1.5],
  ['k', 1.5],
  ['o', 1],
  ['g', 0.8],
  ['m', 0.7],
];

/** The youngest age at which a group is plausible (one leaves school to work at 11 or so). */
const minimumAge: Partial<Record<GroupCode, number>> = { e: 12, g: 12, h: 11, k: 8, l: 3, i: 1 };

/** Circumstances that can end while the child stays on the register for another reason. */
export const endableGroups: ReadonlySet<GroupCode> = new Set(['n', 'c', 'e', 'g', 'h', 'i', 'k', 'l', 'o']);

const subgroupShares: Partial<Record<GroupCode, readonly (readonly [string, number])[]>> = {
  a: [['a1', 5], ['a2', 25], ['a3', 60], ['a4', 10]],
  b: [['b1', 30], ['b2', 70]],
  c: [['c1', 15], ['c2', 30], ['c3', 15], ['c4', 30], ['c5', 10]],
};

const atRiskShares: readonly (readonly [string, number])[] = [
  ['r2', 35],
  ['r4', 25],
  ['r1', 15],
  ['r3', 15],
  ['r5', 10],
];

const drawGroup = weightedTable(groupShares);
const drawAtRisk = weightedTable(atRiskShares);

/** A group that fits the child's age and is not one of `taken`; null after a few misses. */
export function pickGroup(random: Random, age: number, taken: readonly GroupCode[]): GroupCode | null {
  for (let attempt = 0; attempt < 12; attempt++) {
    const group = drawGroup(random);
    if (!taken.includes(group) && age >= (minimumAge[group] ?? 0)) return group;
  }
  return null;
}

export function pickSubgroup(random: Random, group: GroupCode): string | null {
  const shares = subgroupShares[group];
  return shares ? random.weighted(shares) : null;
}

export const pickAtRisk = (random: Random): string => drawAtRisk(random);
