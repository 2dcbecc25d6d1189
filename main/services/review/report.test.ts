import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../tests/fixtures/context';
import { legacyOffice } from '../../../tests/fixtures/office';
import { unitsFixture } from '../../../tests/fixtures/units';
import { groupCodes } from '../../../shared/codes/groups';
import { membershipEndReasons, type MembershipEndReason } from '../../../shared/codes/register';
import type { ReviewCounts, ReviewReport } from '../../../shared/register';
import { saveOffice } from '../office';
import { reviewReport } from './report';
import { addChild, addDays, addMemberships, seededRandom, type MembershipFixture } from './test-fixtures';

let t: Awaited<ReturnType<typeof createTestContext>>;
let officeId: string;
beforeEach(async () => {
  t = await createTestContext();
  officeId = (await saveOffice(t.ctx.db, t.ctx.units, t.clock, legacyOffice)).id;
});
afterEach(async () => t.close());

const period = { from: '2026-01-01', to: '2026-06-30' };

function counts(start: number, increases: number, decreases: number, end: number, reasons: Partial<Record<MembershipEndReason, number>> = {}): ReviewCounts {
  const decreasesByReason = Object.fromEntries(membershipEndReasons.map((r) => [r, reasons[r] ?? 0])) as Record<MembershipEndReason, number>;
  if (decreases > 0 && Object.keys(reasons).length === 0) decreasesByReason.circumstanceEnded = decreases;
  return { start, increases, decreases, decreasesByReason, end };
}

function groupRow(report: ReviewReport, key: string): ReviewCounts {
  const row = report.byGroup.find((r) => r.key === key);
  if (!row) throw new Error(`no group row ${key}`);
  return row.counts;
}

async function childWith(memberships: MembershipFixture[], unitId = 'w:11311'): Promise<string> {
  const id = await addChild(t.ctx.db, officeId, { unitId });
  await addMemberships(t.ctx.db, officeId, id, memberships);
  return id;
}

const report = () => reviewReport(t.ctx.db, t.ctx.units, period);

describe('review report: one child, one group, on the edges of the period', () => {
  it.each<[string, MembershipFixture, ReviewCounts]>([
    ['in the group all along', { code: 'a', start: '2025-03-01' }, counts(1, 0, 0, 1)],
    ['joined and left inside the period', { code: 'a', start: '2026-02-01', end: '2026-03-01' }, counts(0, 1, 1, 0)],
    ['left before the period', { code: 'a', start: '2025-01-01', end: '2025-06-01' }, counts(0, 0, 0, 0)],
    ['left on the last day before the period', { code: 'a', start: '2025-01-01', end: '2025-12-31' }, counts(0, 0, 0, 0)],
    // end_date is the first day out: ending on `from` means in the day before, out from the first day.
    ['membership ending exactly on from', { code: 'a', start: '2025-01-01', end: '2026-01-01' }, counts(1, 0, 1, 0)],
    ['membership ending exactly on to', { code: 'a', start: '2025-01-01', end: '2026-06-30' }, counts(1, 0, 1, 0)],
    ['membership ending the day after to', { code: 'a', start: '2025-01-01', end: '2026-07-01' }, counts(1, 0, 0, 1)],
    ['starting on from', { code: 'a', start: '2026-01-01' }, counts(0, 1, 0, 1)],
    ['starting on to', { code: 'a', start: '2026-06-30' }, counts(0, 1, 0, 1)],
    ['starting the day after to', { code: 'a', start: '2026-07-01' }, counts(0, 0, 0, 0)],
    ['starting and ending on the same day', { code: 'a', start: '2026-03-03', end: '2026-03-03' }, counts(0, 1, 1, 0)],
  ])('%s', async (_case, membership, expected) => {
    await childWith([membership]);
    const result = await report();
    expect(groupRow(result, 'a')).toEqual(expected);
    expect(result.total).toEqual(expected);
    const unitTotal = result.byUnit.reduce((sum, row) => sum + row.counts.start + row.counts.end + row.counts.increases, 0);
    expect(unitTotal).toBe(expected.start + expected.end + expected.increases);
  });
});

describe('review report: tricky histories', () => {
  it('left then rejoined the same group: −1 and +1, reason kept', async () => {
    await childWith([
      { code: 'd', start: '2024-05-01', end: '2026-02-10', reason: 'movedAway' },
      { code: 'd', start: '2026-04-01' },
    ]);
    const result = await report();
    expect(groupRow(result, 'd')).toEqual(counts(1, 1, 1, 1, { movedAway: 1 }));
    expect(result.total).toEqual(counts(1, 1, 1, 1, { movedAway: 1 }));
  });

  it('joined, left and joined again inside the period: +2 −1', async () => {
    await childWith([
      { code: 'd', start: '2026-01-15', end: '2026-02-10' },
      { code: 'd', start: '2026-04-01' },
    ]);
    expect(groupRow(await report(), 'd')).toEqual(counts(0, 2, 1, 1));
  });

  it('a new membership starting the day the old one ends (a change of sub-group) is no leave', async () => {
    await childWith([
      { code: 'a', start: '2025-01-01', end: '2026-03-01', reason: 'other' },
      { code: 'a', start: '2026-03-01' },
    ]);
    const result = await report();
    expect(groupRow(result, 'a')).toEqual(counts(1, 0, 0, 1));
    expect(result.total).toEqual(counts(1, 0, 0, 1));
  });

  it('several groups: once in each group row, once in the commune and the total', async () => {
    await childWith([
      { code: 'a', start: '2025-01-01' },
      { code: 'd', start: '2025-06-01' },
      { code: 'n', start: '2026-02-01', end: '2026-05-01', reason: 'circumstanceEnded' },
    ]);
    const result = await report();
    expect(groupRow(result, 'a')).toEqual(counts(1, 0, 0, 1));
    expect(groupRow(result, 'd')).toEqual(counts(1, 0, 0, 1));
    expect(groupRow(result, 'n')).toEqual(counts(0, 1, 1, 0));
    expect(result.total).toEqual(counts(1, 0, 0, 1));
    expect(result.byUnit).toEqual([{ key: 'w:11311', label: 'Phường Máy Tơ', counts: counts(1, 0, 0, 1) }]);
  });

  it('moving from one group to another: a decrease and an increase in the groups, nothing in the total', async () => {
    await childWith([
      { code: 'i', start: '2025-01-01', end: '2026-03-01', reason: 'circumstanceEnded' },
      { code: 'k', start: '2026-03-01' },
    ]);
    const result = await report();
    expect(groupRow(result, 'i')).toEqual(counts(1, 0, 1, 0));
    expect(groupRow(result, 'k')).toEqual(counts(0, 1, 0, 1));
    expect(result.total).toEqual(counts(1, 0, 0, 1));
  });

  it('leaving the register: the total decreases once, under the reason about the child as a whole', async () => {
    await childWith([
      { code: 'a', start: '2025-01-01', end: '2026-05-05', reason: 'other' },
      { code: 'd', start: '2025-01-01', end: '2026-05-05', reason: 'died' },
    ]);
    const result = await report();
    expect(groupRow(result, 'a')).toEqual(counts(1, 0, 1, 0, { other: 1 }));
    expect(groupRow(result, 'd')).toEqual(counts(1, 0, 1, 0, { died: 1 }));
    expect(result.total).toEqual(counts(1, 0, 1, 0, { died: 1 }));
  });

  it('the reason of a stay is that of the membership that ends it last', async () => {
    await childWith([
      { code: 'a', start: '2025-01-01', end: '2026-02-01', reason: 'other' },
      { code: 'd', start: '2025-06-01', end: '2026-04-10', reason: 'turned16' },
    ]);
    expect((await report()).total).toEqual(counts(1, 0, 1, 0, { turned16: 1 }));
  });

  it('counts the at-risk list in its own row, never in the communes or the total', async () => {
    await childWith([
      { kind: 'atRisk', code: 'r1', start: '2025-01-01', end: '2026-03-01', reason: 'other' },
      { kind: 'atRisk', code: 'r4', start: '2026-02-01' },
    ]);
    const result = await report();
    expect(groupRow(result, 'atRisk')).toEqual(counts(1, 0, 0, 1));
    expect(result.total).toEqual(counts(0, 0, 0, 0));
    expect(result.byUnit).toEqual([]);
  });

  it('splits decreases by reason', async () => {
    const reasons: MembershipEndReason[] = ['circumstanceEnded', 'turned16', 'turned16', 'movedAway', 'adopted', 'died', 'other'];
    for (const reason of reasons) await childWith([{ code: 'b', start: '2025-01-01', end: '2026-03-15', reason }]);
    const result = await report();
    expect(groupRow(result, 'b')).toEqual(
      counts(7, 0, 7, 0, { circumstanceEnded: 1, turned16: 2, movedAway: 1, adopted: 1, died: 1, other: 1 }),
    );
  });
});

describe('review report: rows', () => {
  it('lists the 14 groups in the law’s order, then the at-risk list, with zeros where nobody is', async () => {
    const result = await report();
    expect(result.byGroup.map((r) => r.key)).toEqual([...groupCodes, 'atRisk']);
    expect(result.byGroup[4]?.label).toBe('Trẻ em nhiễm HIV/AIDS');
    expect(result.byGroup.every((r) => r.counts.start === 0 && r.counts.end === 0)).toBe(true);
    expect(result).toMatchObject({ from: '2026-01-01', to: '2026-06-30', byUnit: [] });
  });

  it('has one row per commune or old ward with children, in Vietnamese name order', async () => {
    await childWith([{ code: 'a', start: '2025-01-01' }], 'w:11329'); // Phường Cầu Đất
    await childWith([{ code: 'a', start: '2025-01-01' }], '11329'); // Phường Gia Viên (current)
    await childWith([{ code: 'd', start: '2026-02-01' }], '11329');
    await childWith([{ code: 'd', start: '2025-02-01' }], 'w:11314'); // Phường Máy Chai
    await childWith([{ code: 'd', start: '2020-02-01', end: '2021-01-01' }], 'w:11311'); // nothing in the period
    const result = await report();
    expect(result.byUnit.map((r) => [r.key, r.label, r.counts.start, r.counts.increases, r.counts.end])).toEqual([
      ['w:11329', 'Phường Cầu Đất', 1, 0, 1],
      ['11329', 'Phường Gia Viên', 1, 1, 2],
      ['w:11314', 'Phường Máy Chai', 1, 0, 1],
    ]);
    expect(result.total).toEqual(counts(3, 1, 0, 4));
  });

  it('marks an old ward that has the name of a current commune', async () => {
    await t.close();
    const renamed = { ...unitsFixture, legacyWards: unitsFixture.legacyWards.map((w) => (w.id === '11329' ? { ...w, name: 'Phường Gia Viên' } : w)) };
    t = await createTestContext(renamed);
    officeId = (await saveOffice(t.ctx.db, t.ctx.units, t.clock, legacyOffice)).id;
    await childWith([{ code: 'a', start: '2025-01-01' }], 'w:11329');
    await childWith([{ code: 'a', start: '2025-01-01' }], '11329');
    await childWith([{ code: 'a', start: '2025-01-01' }], 'w:11311');
    expect((await report()).byUnit.map((r) => [r.key, r.label])).toEqual([
      ['11329', 'Phường Gia Viên'],
      ['w:11329', 'Phường Gia Viên (cũ)'],
      ['w:11311', 'Phường Máy Tơ'],
    ]);
  });

  it('names an unknown unit by its reference rather than dropping its children', async () => {
    await childWith([{ code: 'a', start: '2025-01-01' }], '99999');
    expect((await report()).byUnit).toEqual([{ key: '99999', label: '99999', counts: counts(1, 0, 0, 1) }]);
  });

  it('refuses a period that ends before it starts', async () => {
    await expect(reviewReport(t.ctx.db, t.ctx.units, { from: '2026-02-01', to: '2026-01-31' })).rejects.toMatchObject({
      code: 'errors.invalidInput',
    });
  });
});

/** In the register (or a group) on a day, straight from the memberships: the oracle for the random test. */
const inOn = (memberships: readonly MembershipFixture[], day: string) =>
  memberships.some((m) => m.start <= day && (m.end == null || m.end > day));

function oracle(memberships: readonly MembershipFixture[], from: string, to: string): { start: number; increases: number; decreases: number; end: number } {
  const result = { start: inOn(memberships, addDays(from, -1)) ? 1 : 0, increases: 0, decreases: 0, end: inOn(memberships, to) ? 1 : 0 };
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const before = inOn(memberships, addDays(day, -1));
    const now = inOn(memberships, day);
    if (!before && now) result.increases++;
    if (before && !now) result.decreases++;
  }
  return result;
}

describe('review report on random registers', () => {
  it('keeps start + increases − decreases = end everywhere, and agrees with a day-by-day count', async () => {
    const random = seededRandom(20261122);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const units = ['w:11311', 'w:11314', 'w:11329', '11311', '11329'];
    const codes = ['a', 'b', 'd', 'dd', 'n'];
    const histories: { unitId: string; memberships: MembershipFixture[] }[] = [];
    for (let i = 0; i < 150; i++) {
      const memberships: MembershipFixture[] = [];
      const count = Math.floor(random() * 4);
      for (let j = 0; j < count; j++) {
        const start = addDays('2025-09-01', Math.floor(random() * 420));
        const ends = random() < 0.6;
        memberships.push({
          kind: random() < 0.15 ? 'atRisk' : 'group',
          code: pick(codes),
          start,
          end: ends ? addDays(start, 1 + Math.floor(random() * 200)) : null,
          reason: ends ? pick(membershipEndReasons) : null,
        });
      }
      for (const m of memberships) if (m.kind === 'atRisk') m.code = 'r1';
      const unitId = pick(units);
      histories.push({ unitId, memberships });
      await childWith(memberships, unitId);
    }

    for (const [from, to] of [['2026-01-01', '2026-06-30'], ['2026-03-15', '2026-03-15'], ['2025-10-01', '2026-09-30']] as const) {
      const result = await reviewReport(t.ctx.db, t.ctx.units, { from, to });
      const rows = [...result.byGroup, ...result.byUnit, { key: 'total', label: '', counts: result.total }];
      for (const { counts: c } of rows) {
        expect(c.start + c.increases - c.decreases).toBe(c.end);
        expect(Object.values(c.decreasesByReason).reduce((a, b) => a + b, 0)).toBe(c.decreases);
      }
      const sum = (key: 'start' | 'increases' | 'decreases' | 'end') => result.byUnit.reduce((s, r) => s + r.counts[key], 0);
      expect({ start: sum('start'), increases: sum('increases'), decreases: sum('decreases'), end: sum('end') }).toEqual({
        start: result.total.start,
        increases: result.total.increases,
        decreases: result.total.decreases,
        end: result.total.end,
      });

      const expectedTotal = { start: 0, increases: 0, decreases: 0, end: 0 };
      const expectedGroup = { start: 0, increases: 0, decreases: 0, end: 0 };
      for (const { memberships } of histories) {
        const inGroups = memberships.filter((m) => m.kind !== 'atRisk');
        for (const [key, value] of Object.entries(oracle(inGroups, from, to))) expectedTotal[key as keyof typeof expectedTotal] += value;
        const inD = memberships.filter((m) => m.kind !== 'atRisk' && m.code === 'd');
        for (const [key, value] of Object.entries(oracle(inD, from, to))) expectedGroup[key as keyof typeof expectedGroup] += value;
      }
      const { start, increases, decreases, end } = result.total;
      expect({ start, increases, decreases, end }).toEqual(expectedTotal);
      const d = groupRow(result, 'd');
      expect({ start: d.start, increases: d.increases, decreases: d.decreases, end: d.end }).toEqual(expectedGroup);
      expect(result.total.end).toBeGreaterThan(0);
    }
  });
});
