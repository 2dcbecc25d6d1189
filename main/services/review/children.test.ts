import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../tests/fixtures/context';
import { legacyOffice } from '../../../tests/fixtures/office';
import { membershipEndReasons } from '../../../shared/codes/register';
import { compareVietnameseNames } from '../../../shared/format/names';
import type { ReviewMeasure } from '../../../shared/register';
import { saveOffice } from '../office';
import { reviewChildren, sixteenthBirthday } from './children';
import { reviewReport } from './report';
import { addChild, addDays, addMemberships, seededRandom } from './test-fixtures';

let t: Awaited<ReturnType<typeof createTestContext>>;
let officeId: string;
beforeEach(async () => {
  t = await createTestContext();
  officeId = (await saveOffice(t.ctx.db, t.ctx.units, t.clock, legacyOffice)).id;
});
afterEach(async () => t.close());

const period = { from: '2026-01-01', to: '2026-06-30' };
const today = '2026-11-22';
const measures: ReviewMeasure[] = ['start', 'increases', 'decreases', 'end'];

describe('review drill-down', () => {
  it('lists the children behind a number, in Vietnamese name order, with what the list shows', async () => {
    const hoa = await addChild(t.ctx.db, officeId, { fullName: 'Trần Thị Hoa', birthDate: '2011-01-20', unitId: 'w:11329' });
    const an = await addChild(t.ctx.db, officeId, { fullName: 'Lê Văn An', birthDate: '2014-05-02', unitId: '11311' });
    const binh = await addChild(t.ctx.db, officeId, { fullName: 'Nguyễn Thị Bình', birthDate: '2012-08-30' });
    await addMemberships(t.ctx.db, officeId, hoa, [
      { code: 'a', start: '2025-01-01' },
      { code: 'd', start: '2025-01-01' },
      { kind: 'atRisk', code: 'r2', start: '2025-01-01' },
    ]);
    await addMemberships(t.ctx.db, officeId, an, [{ code: 'a', start: '2025-04-01' }]);
    await addMemberships(t.ctx.db, officeId, binh, [{ code: 'a', start: '2026-03-01' }]);

    const atStart = await reviewChildren(t.ctx.db, t.ctx.units, { ...period, dimension: 'group', key: 'a', measure: 'start' }, today);
    expect(atStart.map((c) => c.fullName)).toEqual(['Lê Văn An', 'Trần Thị Hoa']);
    expect(atStart[1]).toEqual({
      id: hoa,
      fullName: 'Trần Thị Hoa',
      sex: 'male',
      birthDate: '2011-01-20',
      unitId: 'w:11329',
      unitName: 'Phường Cầu Đất',
      village: null,
      status: 'active',
      groupCodes: ['a', 'd'],
      atRiskCodes: ['r2'],
      sixteenOn: '2027-01-20', // within 90 days of today
    });
    expect(atStart[0]?.sixteenOn).toBeNull();

    const atEnd = await reviewChildren(t.ctx.db, t.ctx.units, { ...period, dimension: 'group', key: 'a', measure: 'end' }, today);
    expect(atEnd.map((c) => c.fullName)).toEqual(['Lê Văn An', 'Nguyễn Thị Bình', 'Trần Thị Hoa']);
    const inUnit = await reviewChildren(t.ctx.db, t.ctx.units, { ...period, dimension: 'unit', key: '11311', measure: 'end' }, today);
    expect(inUnit.map((c) => c.id)).toEqual([an]);
    const atRisk = await reviewChildren(t.ctx.db, t.ctx.units, { ...period, dimension: 'group', key: 'atRisk', measure: 'start' }, today);
    expect(atRisk.map((c) => c.id)).toEqual([hoa]);
  });

  it('shows only the groups a child is in today, and nothing for a group they have left', async () => {
    const id = await addChild(t.ctx.db, officeId, { fullName: 'Phạm Minh Khang' });
    await addMemberships(t.ctx.db, officeId, id, [
      { code: 'k', start: '2025-01-01', end: '2026-08-01', reason: 'circumstanceEnded' },
      { code: 'e', start: '2026-05-01' },
    ]);
    const [row] = await reviewChildren(t.ctx.db, t.ctx.units, { ...period, dimension: 'group', key: 'k', measure: 'end' }, today);
    expect(row?.groupCodes).toEqual(['e']);
  });

  it('lists a child twice where they count twice (joined, left and joined again in the period)', async () => {
    const id = await addChild(t.ctx.db, officeId, { fullName: 'Đỗ Thị Mai' });
    await addMemberships(t.ctx.db, officeId, id, [
      { code: 'd', start: '2026-01-15', end: '2026-02-10' },
      { code: 'd', start: '2026-04-01' },
    ]);
    const increases = await reviewChildren(t.ctx.db, t.ctx.units, { ...period, dimension: 'group', key: 'd', measure: 'increases' }, today);
    expect(increases.map((c) => c.id)).toEqual([id, id]);
  });

  it('refuses an unknown group and a bad period', async () => {
    await expect(
      reviewChildren(t.ctx.db, t.ctx.units, { ...period, dimension: 'group', key: 'zz', measure: 'end' }, today),
    ).rejects.toMatchObject({ code: 'errors.invalidInput' });
    await expect(
      reviewChildren(t.ctx.db, t.ctx.units, { from: '2026-13-01', to: '2026-12-31', dimension: 'total', key: 'total', measure: 'end' }, today),
    ).rejects.toMatchObject({ code: 'errors.invalidInput' });
  });

  it('matches every number of the report on a random register', async () => {
    const random = seededRandom(7);
    const given = ['An', 'Bình', 'Chi', 'Dũng', 'Đức', 'Hà', 'Hoa', 'Khang', 'Lan', 'Minh'];
    const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng'];
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    for (let i = 0; i < 80; i++) {
      const id = await addChild(t.ctx.db, officeId, {
        fullName: `${pick(family)} ${pick(['Văn', 'Thị', 'Minh', 'Ngọc'])} ${pick(given)}`,
        unitId: pick(['w:11311', 'w:11314', '11329']),
      });
      const memberships = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const start = addDays('2025-10-01', Math.floor(random() * 330));
        const ends = random() < 0.5;
        return {
          kind: random() < 0.2 ? ('atRisk' as const) : ('group' as const),
          code: pick(['a', 'd', 'n']),
          start,
          end: ends ? addDays(start, Math.floor(random() * 150)) : null,
          reason: ends ? pick(membershipEndReasons) : null,
        };
      });
      await addMemberships(t.ctx.db, officeId, id, memberships);
    }

    const report = await reviewReport(t.ctx.db, t.ctx.units, period);
    const cells = [
      ...report.byGroup.map((row) => ({ dimension: 'group' as const, key: row.key, counts: row.counts })),
      ...report.byUnit.map((row) => ({ dimension: 'unit' as const, key: row.key, counts: row.counts })),
      { dimension: 'total' as const, key: 'total', counts: report.total },
    ];
    let listed = 0;
    for (const cell of cells) {
      for (const measure of measures) {
        const rows = await reviewChildren(t.ctx.db, t.ctx.units, { ...period, dimension: cell.dimension, key: cell.key, measure }, today);
        expect(rows.length, `${cell.dimension} ${cell.key} ${measure}`).toBe(cell.counts[measure]);
        const names = rows.map((r) => r.fullName);
        expect(names).toEqual([...names].sort(compareVietnameseNames));
        if (cell.dimension === 'unit') expect(rows.every((r) => r.unitId === cell.key)).toBe(true);
        listed += rows.length;
      }
    }
    expect(listed).toBeGreaterThan(100);
  });
});

describe('sixteenth birthday', () => {
  it('falls on the same day; a 29 February birth turns 16 on 1 March when that year has none', () => {
    expect(sixteenthBirthday('2010-07-15')).toBe('2026-07-15');
    expect(sixteenthBirthday('2012-02-29')).toBe('2028-02-29');
    expect(sixteenthBirthday('2084-02-29')).toBe('2100-03-01');
  });
});
