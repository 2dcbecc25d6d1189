import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../tests/fixtures/context';
import { childUpdateSchema } from '../../../shared/schemas/children';
import { AppFailure } from '../../failure';
import { createChild, getChild, updateChild, closeChild } from './index';
import { childInput, registerContext, type RegisterContext } from './test-support';

let t: RegisterContext;
beforeEach(async () => {
  t = await registerContext();
});
afterEach(() => t.close());

/** The refusal a call ends with: its code and details. */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppFailure) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected a refusal');
}

/** A word's token in search_text: three private-use characters. */
const isToken = (part: string) => /^[\uE000-\uE0FF]{3}$/.test(part);

const guardians = [
  { fullName: 'nguyễn  văn BÌNH', relation: 'Bố', phone: '0912 345 678', personalId: null, livesWithChild: true },
  { fullName: 'Trần Thị Lan', relation: 'Mẹ', phone: null, personalId: '031180000111', livesWithChild: false },
];

describe('createChild and getChild', () => {
  it('stores what was entered and reads it back, with a tidy name and the status from the memberships', async () => {
    const input = childInput({
      fullName: '  nguyễn   thị  HOA ',
      personalId: '031215001234',
      guardians,
      memberships: [
        { kind: 'group', code: 'a', subgroupCode: 'a3', startDate: '2024-01-10', note: 'Mồ côi từ 2023' },
        { kind: 'atRisk', code: 'r4', subgroupCode: null, startDate: '2024-02-01', note: null },
      ],
    });
    const created = await createChild(t.db, t.units, t.clock, input);
    expect(created).toMatchObject({
      fullName: 'Nguyễn Thị Hoa',
      sex: 'female',
      birthDate: '2015-06-01',
      personalId: '031215001234',
      unitId: 'w:11311',
      unitName: 'Phường Máy Tơ',
      village: 'Tổ 5',
      householdStatus: 'poor',
      schoolClass: '4A',
      status: 'active',
      leftReason: null,
      createdAt: '2026-11-22T08:00:00.000Z',
    });
    expect(created.guardians.map((g) => [g.fullName, g.relation, g.phone, g.personalId, g.livesWithChild])).toEqual([
      ['Nguyễn Văn Bình', 'Bố', '0912345678', null, true],
      ['Trần Thị Lan', 'Mẹ', null, '031180000111', false],
    ]);
    expect(created.memberships.map((m) => [m.kind, m.code, m.subgroupCode, m.startDate, m.endDate, m.note])).toEqual([
      ['group', 'a', 'a3', '2024-01-10', null, 'Mồ côi từ 2023'],
      ['atRisk', 'r4', null, '2024-02-01', null, null],
    ]);
    expect(await getChild(t.db, t.units, created.id)).toEqual(created);
  });

  it('keeps the derived columns for search, order and duplicates', async () => {
    const created = await createChild(t.db, t.units, t.clock, childInput({ fullName: 'Đặng Thị Hoa', personalId: '031215001234', guardians }));
    const row = await t.db.selectFrom('child').select(['folded_name', 'sort_key', 'search_text']).where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.folded_name).toBe('dang thi hoa');
    // Words marked at their start, each word of letters followed by its token, then the mark of
    // the open membership in group a.
    const parts = row.search_text.split(' ');
    expect(parts.filter((p) => !isToken(p))).toEqual(['^^dang', '^^thi', '^^hoa', '^^031215001234', '^^nguyen', '^^van', '^^binh', '^^tran', '^^lan', '~GA']);
    expect(parts.map((p) => (isToken(p) ? 'token' : p)).slice(0, 7)).toEqual(['^^dang', 'token', '^^thi', 'token', '^^hoa', 'token', '^^031215001234']);
    const words = await t.db.selectFrom('search_word').select(['word', 'token']).execute();
    expect(words.map((w) => w.word).sort()).toEqual(['binh', 'dang', 'hoa', 'lan', 'nguyen', 'thi', 'tran', 'van']);
    expect(new Set(words.map((w) => w.token)).size).toBe(8);
    expect(row.sort_key.length).toBeGreaterThan(0);
  });

  it('puts a child with only at-risk reasons on the at-risk list', async () => {
    const created = await createChild(t.db, t.units, t.clock, childInput({ memberships: [{ kind: 'atRisk', code: 'r1', subgroupCode: null, startDate: '2025-05-05', note: null }] }));
    expect(created.status).toBe('atRisk');
  });

  it('writes an audit entry with the record id and no personal data', async () => {
    const created = await createChild(t.db, t.units, t.clock, childInput({ personalId: '031215001234' }));
    const entries = await t.db.selectFrom('audit_log').selectAll().where('entity', '=', 'child').execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'create', entity: 'child', entity_id: created.id });
    expect(JSON.stringify(entries)).not.toMatch(/Hoa|031215001234/);
  });

  it('needs the office to be set up first', async () => {
    const bare = await createTestContext();
    expect(await refusal(createChild(bare.ctx.db, bare.ctx.units, bare.clock, childInput()))).toEqual({ code: 'errors.officeNotSetUp', details: undefined });
    await bare.close();
  });

  it('accepts the office\'s old wards and current communes, and refuses a unit outside the area', async () => {
    for (const unitId of ['w:11311', 'w:11329', '11311', '11329']) {
      await expect(createChild(t.db, t.units, t.clock, childInput({ unitId }))).resolves.toMatchObject({ unitId });
    }
    for (const unitId of ['11359', '00004', 'w:99999']) {
      expect(await refusal(createChild(t.db, t.units, t.clock, childInput({ unitId })))).toEqual({
        code: 'errors.areaMismatch',
        details: [{ path: 'unitId', message: 'validation.required' }],
      });
    }
    expect(await t.db.selectFrom('child').select('id').execute()).toHaveLength(4);
  });

  it('refuses a personal ID that another child of the office already has', async () => {
    await createChild(t.db, t.units, t.clock, childInput({ personalId: '031215001234' }));
    expect(await refusal(createChild(t.db, t.units, t.clock, childInput({ fullName: 'Lê Văn An', personalId: '031215001234' })))).toEqual({
      code: 'errors.duplicatePersonalId',
      details: [{ path: 'personalId', message: 'validation.personalIdTaken' }],
    });
    // Children without an ID are many.
    await createChild(t.db, t.units, t.clock, childInput({ personalId: null }));
    await createChild(t.db, t.units, t.clock, childInput({ personalId: null }));
    expect(await t.db.selectFrom('child').select('id').execute()).toHaveLength(3);
  });

  it.each([
    ['an unknown group', { kind: 'group', code: 'x', subgroupCode: null }, 'memberships.0.code'],
    ['a sub-group of another group', { kind: 'group', code: 'a', subgroupCode: 'b1' }, 'memberships.0.subgroupCode'],
    ['an at-risk code that is a sub-group', { kind: 'atRisk', code: 'a1', subgroupCode: null }, 'memberships.0.code'],
    ['a sub-group on an at-risk reason', { kind: 'atRisk', code: 'r1', subgroupCode: 'a1' }, 'memberships.0.subgroupCode'],
  ] as const)('refuses %s', async (_label, membership, path) => {
    const input = childInput({ memberships: [{ ...membership, startDate: '2024-01-10', note: null }] });
    expect(await refusal(createChild(t.db, t.units, t.clock, input))).toEqual({ code: 'errors.invalidInput', details: [{ path, message: 'validation.invalid' }] });
    expect(await t.db.selectFrom('child').select('id').execute()).toHaveLength(0);
  });

  it('refuses an at-risk option the office has switched off, and the same group twice', async () => {
    await t.db.updateTable('circumstance_option').set({ active: 0 }).where('code', '=', 'r5').execute();
    const switchedOff = childInput({ memberships: [{ kind: 'atRisk', code: 'r5', subgroupCode: null, startDate: '2024-01-10', note: null }] });
    expect((await refusal(createChild(t.db, t.units, t.clock, switchedOff))).code).toBe('errors.invalidInput');
    const twice = childInput({
      memberships: [
        { kind: 'group', code: 'd', subgroupCode: null, startDate: '2024-01-10', note: null },
        { kind: 'group', code: 'd', subgroupCode: null, startDate: '2024-03-10', note: null },
      ],
    });
    expect(await refusal(createChild(t.db, t.units, t.clock, twice))).toEqual({ code: 'errors.invalidInput', details: [{ path: 'memberships.1.code', message: 'validation.invalid' }] });
  });

  it('remembers "not the same child" for each candidate, as a sorted pair, and skips unknown ids', async () => {
    const first = await createChild(t.db, t.units, t.clock, childInput());
    const second = await createChild(t.db, t.units, t.clock, childInput());
    const third = await createChild(t.db, t.units, t.clock, childInput({ notDuplicateOf: [first.id, second.id, 'no-such-child'] }));
    const pairs = await t.db.selectFrom('duplicate_decision').select(['child_a', 'child_b']).execute();
    expect(pairs).toHaveLength(2);
    for (const pair of pairs) expect(pair.child_a < pair.child_b).toBe(true);
    expect(pairs.map((p) => [p.child_a, p.child_b].sort())).toEqual(
      expect.arrayContaining([[first.id, third.id].sort(), [second.id, third.id].sort()]),
    );
  });
});

describe('updateChild', () => {
  const update = (id: string, changes: Record<string, unknown>) =>
    childUpdateSchema.parse({ ...childInput(), id, ...changes });

  it('corrects the profile, replaces the guardians and recomputes the derived columns', async () => {
    const created = await createChild(t.db, t.units, t.clock, childInput({ guardians }));
    t.clock.set('2026-11-23T09:00:00.000Z');
    const updated = await updateChild(t.db, t.units, t.clock, update(created.id, {
      fullName: 'Nguyễn Thị Hòa',
      unitId: '11329',
      guardians: [{ fullName: 'Phạm Văn Cường', relation: 'Ông', phone: null, personalId: null, livesWithChild: true }],
    }));
    expect(updated).toMatchObject({ fullName: 'Nguyễn Thị Hòa', unitId: '11329', unitName: 'Phường Gia Viên', updatedAt: '2026-11-23T09:00:00.000Z', createdAt: created.createdAt });
    expect(updated.guardians.map((g) => g.fullName)).toEqual(['Phạm Văn Cường']);
    expect(updated.memberships).toEqual(created.memberships);
    const row = await t.db.selectFrom('child').select(['search_text']).where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row.search_text.split(' ').filter((p) => !isToken(p)).join(' ')).toBe('^^nguyen ^^thi ^^hoa ^^pham ^^van ^^cuong ~GA');
    expect(await t.db.selectFrom('guardian').select('id').execute()).toHaveLength(1);
  });

  it('keeps a unit the office no longer covers, but does not let a record move to one', async () => {
    const created = await createChild(t.db, t.units, t.clock, childInput());
    await t.db.updateTable('child').set({ unit_id: 'w:old-ward' }).where('id', '=', created.id).execute();
    await expect(updateChild(t.db, t.units, t.clock, update(created.id, { unitId: 'w:old-ward', village: 'Tổ 7' }))).resolves.toMatchObject({ village: 'Tổ 7' });
    expect((await refusal(updateChild(t.db, t.units, t.clock, update(created.id, { unitId: '11359' })))).code).toBe('errors.areaMismatch');
  });

  it('refuses a personal ID of another child, and accepts the child\'s own', async () => {
    await createChild(t.db, t.units, t.clock, childInput({ personalId: '031215001234' }));
    const other = await createChild(t.db, t.units, t.clock, childInput({ personalId: '031215009999' }));
    expect(await refusal(updateChild(t.db, t.units, t.clock, update(other.id, { personalId: '031215001234' })))).toEqual({
      code: 'errors.duplicatePersonalId',
      details: [{ path: 'personalId', message: 'validation.personalIdTaken' }],
    });
    await expect(updateChild(t.db, t.units, t.clock, update(other.id, { personalId: '031215009999', village: 'Tổ 9' }))).resolves.toMatchObject({ village: 'Tổ 9' });
  });

  it('refuses a closed record, and an unknown one', async () => {
    const created = await createChild(t.db, t.units, t.clock, childInput());
    await closeChild(t.db, t.units, t.clock, { id: created.id, reason: 'movedAway', date: '2026-11-01', note: null });
    expect((await refusal(updateChild(t.db, t.units, t.clock, update(created.id, { village: 'Tổ 1' })))).code).toBe('errors.childLeft');
    expect((await refusal(updateChild(t.db, t.units, t.clock, update('nobody', {})))).code).toBe('errors.notFound');
    expect((await refusal(getChild(t.db, t.units, 'nobody'))).code).toBe('errors.notFound');
  });
});
