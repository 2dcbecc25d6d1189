import { describe, expect, it } from 'vitest';
import { groupCodes, type GroupCode } from '../../shared/codes/groups';
import { childAgeLimit, turning16NoticeDays } from '../../shared/codes/register';
import { ageOn } from '../../shared/format/date';
import { foldVietnamese } from '../../shared/format/names';
import { childCreateSchema } from '../../shared/schemas/children';
import type { OfficeUnit } from '../../shared/units';
import { addDays, addYears } from './dates';
import { generateRegister, type DemoChild } from './generate';

const today = '2026-11-22';
const units: OfficeUnit[] = [
  { id: 'w:11311', name: 'Phường Máy Tơ', kind: 'legacyWard' },
  { id: 'w:11314', name: 'Phường Máy Chai', kind: 'legacyWard' },
  { id: 'w:11329', name: 'Phường Cầu Đất', kind: 'legacyWard' },
  { id: '11311', name: 'Phường Ngô Quyền', kind: 'commune' },
  { id: '11329', name: 'Phường Gia Viên', kind: 'commune' },
];

const big = generateRegister({ seed: 42, children: 10_000, units, today });
const all = big.children;
const share = (count: number) => count / all.length;
const count = (test: (c: DemoChild) => boolean) => all.filter(test).length;

describe('generateRegister', () => {
  it('gives the same register for the same seed, and another for another seed', () => {
    const a = generateRegister({ seed: 7, children: 300, units, today });
    const b = generateRegister({ seed: 7, children: 300, units, today });
    const c = generateRegister({ seed: 8, children: 300, units, today });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(c.children.map((x) => x.input.fullName)).not.toEqual(a.children.map((x) => x.input.fullName));
  });

  it('writes names with Vietnamese diacritics, precomposed, each word capitalised', () => {
    const names = all.map((c) => c.input.fullName);
    for (const name of names) {
      expect(name).toBe(name.normalize('NFC'));
      expect(name).toMatch(/^(\p{Lu}\p{Ll}*)( \p{Lu}\p{Ll}*){2,3}$/u);
    }
    const withDiacritics = names.filter((n) => foldVietnamese(n) !== n.toLowerCase()).length;
    expect(withDiacritics / names.length).toBeGreaterThan(0.9);
    // Letters that only Vietnamese writes, spelt as such (not as "Nguyen", "Dang").
    expect(names.some((n) => n.startsWith('Đặng '))).toBe(true);
    expect(names.some((n) => n.includes(' Thị '))).toBe(true);
    expect(names.some((n) => n.startsWith('Nguyen ') || n.startsWith('Dang '))).toBe(false);
  });

  it('draws family names at a realistic distribution', () => {
    const family = (prefix: string) => share(count((c) => c.input.fullName.startsWith(`${prefix} `)));
    expect(family('Nguyễn')).toBeGreaterThan(0.33);
    expect(family('Nguyễn')).toBeLessThan(0.43);
    expect(family('Trần')).toBeGreaterThan(0.08);
    expect(family('Trần')).toBeLessThan(0.14);
    expect(family('Trần')).toBeGreaterThan(family('Phạm'));
    expect(family('Lý')).toBeLessThan(0.015);
  });

  it('gives inputs that the app accepts unchanged', () => {
    for (const child of all) {
      const parsed = childCreateSchema.safeParse(child.input);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(parsed.data).toEqual(child.input);
    }
  });

  it('keeps ages from 0 to 16, shows children turning 16 soon and some who turned 16 and left', () => {
    const ages = all.map((c) => ageOn(c.input.birthDate, today));
    for (const age of ages) {
      expect(age).not.toBeNull();
      expect(age).toBeGreaterThanOrEqual(0);
      expect(age).toBeLessThanOrEqual(childAgeLimit);
    }
    expect(ages.filter((a) => a === 0).length).toBeGreaterThan(100);
    const notice = addDays(today, turning16NoticeDays);
    const soon = count((c) => c.closure === null && addYears(c.input.birthDate, 16) > today && addYears(c.input.birthDate, 16) <= notice);
    expect(soon).toBeGreaterThan(50);
    const turned = all.filter((c) => c.closure?.reason === 'turned16');
    expect(turned.length).toBeGreaterThan(200);
    for (const c of turned) {
      expect(c.closure?.date).toBe(addYears(c.input.birthDate, 16));
      expect(c.closure?.date.localeCompare(addYears(today, -1))).toBeGreaterThan(0);
    }
  });

  it('has about 52 % boys and realistic household shares', () => {
    expect(share(count((c) => c.input.sex === 'male'))).toBeGreaterThan(0.5);
    expect(share(count((c) => c.input.sex === 'male'))).toBeLessThan(0.54);
    const poor = share(count((c) => c.input.householdStatus === 'poor'));
    const nearPoor = share(count((c) => c.input.householdStatus === 'nearPoor'));
    expect(poor).toBeGreaterThan(0.2);
    expect(poor).toBeLessThan(0.32);
    expect(nearPoor).toBeGreaterThan(0.11);
    expect(nearPoor).toBeLessThan(0.2);
    const kinh = share(count((c) => c.input.ethnicityCode === '01'));
    expect(kinh).toBeGreaterThan(0.85);
    expect(kinh).toBeLessThan(0.97);
  });

  it('gives unique 12-digit personal IDs to about 60 % of children, in the real layout', () => {
    const childIds = all.flatMap((c) => (c.input.personalId ? [c.input.personalId] : []));
    expect(childIds.length / all.length).toBeGreaterThan(0.55);
    expect(childIds.length / all.length).toBeLessThan(0.65);
    const guardianIds = all.flatMap((c) => c.input.guardians.flatMap((g) => (g.personalId ? [g.personalId] : [])));
    const every = [...childIds, ...guardianIds];
    expect(new Set(every).size).toBe(every.length);
    for (const child of all) {
      const id = child.input.personalId;
      if (!id) continue;
      expect(id).toMatch(/^0\d{11}$/);
      // Sex and century digit: 2 for boys, 3 for girls born from 2000; then the year's last two digits.
      expect(id[3]).toBe(child.input.sex === 'male' ? '2' : '3');
      expect(id.slice(4, 6)).toBe(child.input.birthDate.slice(2, 4));
    }
  });

  it('lists guardians with relations and mobile numbers', () => {
    const guardians = all.flatMap((c) => c.input.guardians);
    expect(guardians.length).toBeGreaterThan(all.length);
    const relations = new Set(guardians.map((g) => g.relation));
    for (const relation of ['Mẹ', 'Bố', 'Bà nội', 'Ông ngoại', 'Cô', 'Chú']) expect(relations).toContain(relation);
    for (const g of guardians) if (g.phone) expect(g.phone).toMatch(/^0[35789]\d{8}$/);
    const fathers = all.flatMap((c) => c.input.guardians.filter((g) => g.relation === 'Bố').map((g) => [c, g] as const));
    for (const [child, father] of fathers) expect(father.fullName.split(' ')[0]).toBe(child.input.fullName.split(' ')[0]);
  });

  it('puts children in groups at the intended relative frequencies', () => {
    const groupCount = Object.fromEntries(groupCodes.map((g) => [g, 0])) as Record<GroupCode, number>;
    for (const c of all) for (const m of c.input.memberships) if (m.kind === 'group') groupCount[m.code as GroupCode] += 1;
    const rare: GroupCode[] = ['dd', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'o'];
    expect(groupCount.d).toBeGreaterThan(groupCount.n);
    for (const g of ['a', 'b', 'c'] as const) {
      expect(groupCount.n).toBeGreaterThan(groupCount[g]);
      for (const r of rare) expect(groupCount[g]).toBeGreaterThan(groupCount[r]);
    }
    for (const r of rare) expect(groupCount[r]).toBeGreaterThan(0);
    const atRiskOnly = share(count((c) => c.input.memberships.every((m) => m.kind === 'atRisk')));
    expect(atRiskOnly).toBeGreaterThan(0.16);
    expect(atRiskOnly).toBeLessThan(0.24);
    const twoGroups = share(count((c) => c.input.memberships.filter((m) => m.kind === 'group').length >= 2));
    expect(twoGroups).toBeGreaterThan(0.05);
    // Group n needs a poor or near-poor household, group h a child old enough to work.
    for (const c of all) {
      const codes = c.input.memberships.map((m) => m.code);
      if (codes.includes('n')) expect(c.input.householdStatus).not.toBe('other');
      if (codes.includes('h')) expect(ageOn(c.input.birthDate, today)).toBeGreaterThanOrEqual(11);
    }
  });

  it('has movement for the review: memberships ended with reasons and children closed, in order', () => {
    const ended = all.filter((c) => c.endings.length > 0);
    const closed = all.filter((c) => c.closure !== null);
    expect(share(ended.length)).toBeGreaterThan(0.02);
    expect(share(closed.length)).toBeGreaterThan(0.05);
    expect(share(closed.length)).toBeLessThan(0.12);
    expect(new Set(closed.map((c) => c.closure?.reason))).toEqual(
      new Set(['turned16', 'movedAway', 'circumstanceEnded', 'adopted', 'died']),
    );
    for (const c of all) {
      for (const end of c.endings) {
        const m = c.input.memberships[end.membership];
        expect(m).toBeDefined();
        expect(end.endDate >= (m?.startDate ?? '')).toBe(true);
        expect(end.endDate <= today).toBe(true);
      }
      // A child who stays keeps at least one open membership.
      if (!c.closure) expect(c.endings.length).toBeLessThan(c.input.memberships.length);
      for (const m of c.input.memberships) {
        expect(m.startDate >= c.input.birthDate).toBe(true);
        expect(m.startDate <= (c.closure?.date ?? today)).toBe(true);
        if (c.closure) expect(m.startDate < c.closure.date).toBe(true);
      }
    }
    const lastYear = addYears(today, -1);
    expect(closed.filter((c) => (c.closure?.date ?? '') > lastYear).length).toBeGreaterThan(200);
  });

  it('names old wards for records begun before the 2025 reform and communes after it', () => {
    for (const c of all) {
      const first = c.input.memberships[0]?.startDate ?? '';
      expect(c.input.unitId.startsWith('w:')).toBe(first < '2025-07-01');
    }
    expect(new Set(all.map((c) => c.input.unitId)).size).toBe(units.length);
  });

  it('spreads about four visits a year over the time on the register, or exactly the total asked', () => {
    const years = all.reduce((sum, c) => {
      const start = c.input.memberships.reduce((min, m) => (m.startDate < min ? m.startDate : min), today);
      const end = c.closure?.date ?? today;
      return sum + (Date.parse(end) - Date.parse(start)) / (365.25 * 86_400_000);
    }, 0);
    expect(big.visitCount / years).toBeGreaterThan(3.8);
    expect(big.visitCount / years).toBeLessThan(4.2);
    expect(all.reduce((sum, c) => sum + c.visits.length, 0)).toBe(big.visitCount);
    for (const c of all) {
      const dates = c.visits.map((v) => v.visitDate);
      expect(dates).toEqual([...dates].sort());
      for (const date of dates) {
        expect(date <= (c.closure?.date ?? today)).toBe(true);
        expect(date >= c.input.birthDate).toBe(true);
      }
    }
    const exact = generateRegister({ seed: 3, children: 500, units, today, visitTotal: 2_000 });
    expect(exact.visitCount).toBe(2_000);
    expect(exact.children.reduce((sum, c) => sum + c.visits.length, 0)).toBe(2_000);
  });
});
