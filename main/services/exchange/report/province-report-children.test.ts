import { afterEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../../tests/fixtures/context';
import { insertOfficeSnapshot, provinceRow as r, type RowInput } from '../../../../tests/fixtures/province-rows';
import { groupCodes } from '../../../../shared/codes/groups';
import { atRiskKey, walkStays, type MembershipFact } from '../../review/facts';
import { countsAtEnd, type Period } from '../../review/stays';
import { childrenSection } from './province-report-children';
import { randomInt, seededRandom } from '../../../../tests/fixtures/random';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function sectionOver(children: RowInput[], memberships: RowInput[], more: Parameters<typeof insertOfficeSnapshot>[2] = {}) {
  const t = await createTestContext();
  close = t.close;
  insertOfficeSnapshot(t.ctx.sqlite, { id: 'o', code: 'X', name: 'Phòng thử' }, { child: children, membership: memberships, ...more });
  const section = childrenSection(t.ctx.sqlite);
  return (period: Period, gifted: ReadonlySet<string> = new Set()) => section('o', period, gifted);
}

/** The review report's "Cuối kỳ" of these memberships, by its own rules (as its loadFacts reads them). */
function reviewEnd(memberships: readonly RowInput[], period: Period): { total: number; byGroup: Record<string, number>; atRisk: number } {
  const facts: MembershipFact[] = memberships
    .map((m) => ({
      childId: String(m.child_id),
      kind: m.kind === 'atRisk' ? ('atRisk' as const) : ('group' as const),
      code: String(m.code),
      start: String(m.start_date),
      end: m.end_date === null ? null : String(m.end_date),
      reason: m.end_reason === null ? null : String(m.end_reason),
      unitId: '11311',
    }))
    .filter((f) => f.start <= period.to && (f.end === null || f.end >= period.from))
    .sort((a, b) => (a.childId < b.childId ? -1 : a.childId > b.childId ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const result = { total: 0, byGroup: Object.fromEntries(groupCodes.map((code) => [code, 0])), atRisk: 0 };
  walkStays(facts, (dimension, key, stays) => {
    const atEnd = stays.filter((stay) => countsAtEnd(stay, period)).length;
    if (dimension === 'total') result.total += atEnd;
    else if (dimension === 'group' && key === atRiskKey) result.atRisk += atEnd;
    else if (dimension === 'group') result.byGroup[key] = (result.byGroup[key] ?? 0) + atEnd;
  });
  return result;
}

const day = (random: () => number): string => `2026-${String(1 + randomInt(random, 12)).padStart(2, '0')}-${String(1 + randomInt(random, 28)).padStart(2, '0')}`;

describe('children at the end of the period', () => {
  it('count as the review report counts, over memberships that overlap, touch, end and restart (300 random children)', async () => {
    const random = seededRandom(2026);
    const codes = ['a', 'd', 'n', 'zz'];
    const children: RowInput[] = [];
    const memberships: RowInput[] = [];
    for (let c = 0; c < 300; c++) {
      children.push(r.child('o', `c${c}`, c % 2 === 0 ? 'male' : 'female'));
      for (let m = 0, count = 1 + randomInt(random, 4); m < count; m++) {
        const start = day(random);
        const roll = randomInt(random, 4);
        // Open, ended at random, or ended exactly on a day others start or a period ends.
        const end = roll === 0 ? null : roll === 1 ? start : roll === 2 ? '2026-06-30' : day(random);
        const kind = randomInt(random, 5) === 0 ? 'atRisk' : 'group';
        memberships.push(r.membership('o', `m${c}-${m}`, `c${c}`, kind, kind === 'atRisk' ? 'r1' : (codes[randomInt(random, codes.length)] ?? 'a'), start, end !== null && end < start ? null : end));
      }
    }
    const section = await sectionOver(children, memberships);
    for (const period of [
      { from: '2026-01-01', to: '2026-06-30' },
      { from: '2026-06-30', to: '2026-06-30' },
      { from: '2026-04-01', to: '2026-06-29' },
      { from: '2026-07-01', to: '2026-12-31' },
    ]) {
      const expected = reviewEnd(memberships, period);
      const row = section(period);
      expect({ total: row.total, byGroup: row.byGroup, atRisk: row.atRisk }, `${period.from} – ${period.to}`).toEqual(expected);
      expect(row.male + row.female).toBe(row.total);
    }
  });

  it('leave out a membership ending on the last day, a child who left, and memberships of a child the snapshot does not hold', async () => {
    const section = await sectionOver(
      [r.child('o', 'ends', 'male'), r.child('o', 'left', 'female', { status: 'left', left_date: '2026-11-15' }), r.child('o', 'stays', 'female')],
      [
        r.membership('o', 'm1', 'ends', 'group', 'a', '2025-01-01', '2026-12-31'),
        r.membership('o', 'm2', 'left', 'group', 'c', '2025-01-01', '2026-11-15'),
        r.membership('o', 'm3', 'ghost', 'group', 'c', '2025-01-01'),
        r.membership('o', 'm4', 'stays', 'group', 'c', '2025-01-01'),
        // A group the law does not list counts nowhere (as in the review's rows).
        r.membership('o', 'm5', 'stays', 'group', 'x', '2025-01-01'),
      ],
    );
    const row = section({ from: '2026-10-01', to: '2026-12-31' });
    expect(row).toMatchObject({ total: 1, male: 0, female: 1, atRisk: 0 });
    expect(row.byGroup).toMatchObject({ a: 0, c: 1 });
    expect(section({ from: '2026-10-01', to: '2026-12-30' })).toMatchObject({ total: 2, male: 1, female: 1 });
  });
});

describe('supported children', () => {
  const children = ['gift', 'paid', 'paidBefore', 'reversedLater', 'reversedInside', 'atRiskPaid'];
  const o = 'o';
  const fund = {
    fund_support: children.map((child) => r.support(o, `S-${child}`, child, 'scholarship')),
    fund_posting: [
      r.posting(o, 'P1', '2026-10-10', 'supportPayment', { support_id: 'S-paid' }),
      r.posting(o, 'P2', '2026-09-30', 'supportPayment', { support_id: 'S-paidBefore' }),
      r.posting(o, 'P3', '2026-12-01', 'supportPayment', { support_id: 'S-reversedLater' }),
      r.posting(o, 'P4', '2027-01-10', 'reversal', { support_id: 'S-reversedLater', reverses_id: 'P3' }),
      r.posting(o, 'P5', '2026-10-01', 'supportPayment', { support_id: 'S-reversedInside' }),
      r.posting(o, 'P6', '2026-12-31', 'reversal', { support_id: 'S-reversedInside', reverses_id: 'P5' }),
      r.posting(o, 'P7', '2026-11-01', 'supportPayment', { support_id: 'S-atRiskPaid' }),
    ],
  };

  it('are those in the register given a gift, or paid by the fund in the period and not reversed by its end', async () => {
    const section = await sectionOver(
      children.map((id) => r.child(o, id, 'female')),
      children.map((id) => (id === 'atRiskPaid' ? r.membership(o, `m-${id}`, id, 'atRisk', 'r2', '2025-01-01') : r.membership(o, `m-${id}`, id, 'group', 'd', '2025-01-01'))),
      fund,
    );
    const quarter = { from: '2026-10-01', to: '2026-12-31' };
    // gift (given), paid; paidBefore is before the period, reversedInside was undone on the last day,
    // reversedLater only after it; atRiskPaid is not in the register's total.
    expect(section(quarter, new Set(['gift', 'someone-else']))).toMatchObject({ total: 5, atRisk: 1, supported: 3 });
    expect(section({ from: '2027-01-01', to: '2027-01-31' })).toMatchObject({ total: 5, supported: 0 });
  });
});
