import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChildCreate } from '../../../shared/schemas/children';
import { AppFailure } from '../../failure';
import { getChild, insertChildren, listChildren } from './index';
import { childInput, registerContext, type RegisterContext } from './test-support';
import { childListQuerySchema } from '../../../shared/schemas/children';
import { foldVietnamese } from '../../../shared/format/names';

let t: RegisterContext;
beforeEach(async () => {
  t = await registerContext();
});
afterEach(() => t.close());

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const givens = ['An', 'Bình', 'Châu', 'Dũng', 'Hoa', 'Lan', 'Minh', 'Ngọc', 'Quân', 'Yến'];

/** Made-up children with guardians and two memberships each. */
function many(count: number): ChildCreate[] {
  return Array.from({ length: count }, (_, i) =>
    childInput({
      fullName: `${families[i % families.length]} Văn ${givens[(i * 7) % givens.length]}`,
      // Born 2010–2023: under 16 and born by the memberships' start dates.
      birthDate: `20${String(10 + (i % 14)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
      personalId: `0312${String(i).padStart(8, '0')}`,
      unitId: i % 2 === 0 ? 'w:11311' : '11329',
      guardians: [
        { fullName: `${families[(i + 3) % families.length]} Thị ${givens[i % givens.length]}`, relation: 'Mẹ', phone: null, personalId: null, livesWithChild: true },
      ],
      memberships: [
        { kind: 'group', code: i % 3 === 0 ? 'a' : 'd', subgroupCode: null, startDate: '2024-01-10', note: null },
        { kind: 'atRisk', code: 'r2', subgroupCode: null, startDate: '2025-01-10', note: null },
      ],
    }),
  );
}

const childCount = async () => (await t.db.selectFrom('child').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

describe('insertChildren', () => {
  it('writes every child in order, with the rules and derived columns of createChild', async () => {
    const inputs = many(3);
    const ids = await insertChildren(t.db, t.units, t.clock, inputs);
    expect(ids).toHaveLength(3);
    for (const [index, id] of ids.entries()) {
      const child = await getChild(t.db, t.units, id);
      expect(child).toMatchObject({ fullName: inputs[index]?.fullName, personalId: inputs[index]?.personalId, status: 'active' });
      expect(child.guardians).toHaveLength(1);
      expect(child.memberships.map((m) => m.code)).toEqual([index % 3 === 0 ? 'a' : 'd', 'r2']);
    }
    const audit = await t.db.selectFrom('audit_log').select('entity_id').where('entity', '=', 'child').execute();
    expect(audit.map((a) => a.entity_id).sort()).toEqual([...ids].sort());
  });

  it('writes nothing when one row is refused, and names the row', async () => {
    const cases: [ChildCreate[], string, string][] = [
      [[...many(4).slice(0, 3), { ...many(4)[3] as ChildCreate, unitId: '11359' }], 'errors.areaMismatch', '3.unitId'],
      [[...many(3), { ...(many(1)[0] as ChildCreate) }], 'errors.duplicatePersonalId', '3.personalId'],
      [many(3).map((c, i) => (i === 1 ? { ...c, memberships: [{ ...(c.memberships[0] as ChildCreate['memberships'][number]), code: 'x' }] } : c)), 'errors.invalidInput', '1.memberships.0.code'],
    ];
    for (const [inputs, code, path] of cases) {
      const error = await insertChildren(t.db, t.units, t.clock, inputs).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppFailure);
      expect(error).toMatchObject({ code, details: [expect.objectContaining({ path })] });
      expect(await childCount()).toBe(0);
    }
    expect(await t.db.selectFrom('guardian').select('id').execute()).toEqual([]);
    expect(await t.db.selectFrom('search_word').select('word').execute()).toEqual([]);
  });

  it('refuses a personal ID already in the register', async () => {
    await insertChildren(t.db, t.units, t.clock, many(2));
    const again = many(5).slice(1, 3);
    await expect(insertChildren(t.db, t.units, t.clock, again)).rejects.toMatchObject({ code: 'errors.duplicatePersonalId', details: [{ path: '0.personalId' }] });
    expect(await childCount()).toBe(2);
  });

  it('writes 5,000 children with guardians and memberships in one go, searchable at once', async () => {
    const started = performance.now();
    const ids = await insertChildren(t.db, t.units, t.clock, many(5_000));
    const elapsed = performance.now() - started;
    expect(ids).toHaveLength(5_000);
    expect(new Set(ids).size).toBe(5_000);
    const page = await listChildren(t.db, t.units, childListQuerySchema.parse({ search: 'hoang', groupCodes: ['a'] }), '2026-11-22');
    const expected = many(5_000).filter(
      (c) => [c.fullName, ...c.guardians.map((g) => g.fullName)].some((name) => foldVietnamese(name).includes('hoang')) && c.memberships[0]?.code === 'a',
    );
    expect(expected.length).toBeGreaterThan(100);
    expect(page.total).toBe(expected.length);
    // A generous bound: the target is well under 2 s; this only catches a slow path.
    expect(elapsed).toBeLessThan(10_000);
  });
});
