import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CircumstanceOption } from '../../shared/register';
import { circumstanceSaveSchema, type CircumstanceSaveInput } from '../../shared/schemas/circumstances';
import { AppFailure } from '../failure';
import { dispatch } from '../handlers';
import { saveCircumstance } from './circumstances-admin';
import { createChild, getChild, listCircumstances } from './children';
import { childInput, registerContext, type RegisterContext } from './children/test-support';

let t: RegisterContext;
beforeEach(async () => {
  t = await registerContext();
});
afterEach(() => t.close());

const save = (input: CircumstanceSaveInput) => saveCircumstance(t.db, t.clock, circumstanceSaveSchema.parse(input));

const newOption = (changes: Partial<CircumstanceSaveInput> = {}): CircumstanceSaveInput => ({
  code: null,
  kind: 'atRisk',
  groupCode: null,
  nameVi: 'Sống ở nơi thường xảy ra thiên tai',
  nameEn: '',
  active: true,
  ...changes,
});

const option = (list: CircumstanceOption[], code: string) => list.find((o) => o.code === code);

/** The refusal's code and field messages, or 'resolved'. */
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof AppFailure ? { code: error.code, details: error.details } : 'other error'),
  );

const auditRows = () => t.db.selectFrom('audit_log').selectAll().where('entity', '=', 'circumstance_option').orderBy('id').execute();

describe('saving sub-groups and at-risk options', () => {
  it('gives a new option the next free code of its list, at the end, with tidy names', async () => {
    const afterRisk = await save(newOption({ nameVi: '  Sống ở nơi   thường xảy ra thiên tai ' }));
    expect(afterRisk.at(-1)).toEqual({
      code: 'r6',
      kind: 'atRisk',
      groupCode: null,
      nameVi: 'Sống ở nơi thường xảy ra thiên tai',
      nameEn: 'Sống ở nơi thường xảy ra thiên tai',
      active: true,
    });

    const afterSubgroup = await save(
      newOption({ kind: 'subgroup', groupCode: 'a', nameVi: 'Đang được nhận làm con nuôi', nameEn: ' Being adopted ' }),
    );
    expect(afterSubgroup.at(-1)).toMatchObject({ code: 'a5', groupCode: 'a', nameEn: 'Being adopted' });
    expect(afterSubgroup).toHaveLength(18);
    expect(option(afterSubgroup, 'a1')?.nameVi).toBe('Không có người chăm sóc');
  });

  it('numbers each group apart, so that group đ (dd) and group d do not share codes', async () => {
    await save(newOption({ kind: 'subgroup', groupCode: 'dd', nameVi: 'Đang điều trị ARV' }));
    await save(newOption({ kind: 'subgroup', groupCode: 'dd', nameVi: 'Chưa điều trị' }));
    const list = await save(newOption({ kind: 'subgroup', groupCode: 'd', nameVi: 'Khuyết tật vận động' }));
    expect(list.filter((o) => o.groupCode === 'dd' || o.groupCode === 'd').map((o) => [o.code, o.groupCode])).toEqual([
      ['dd1', 'dd'],
      ['dd2', 'dd'],
      ['d1', 'd'],
    ]);
  });

  it('renames and deactivates an option a child is in, keeping its code and the child’s record', async () => {
    const child = await createChild(t.db, t.units, t.clock, childInput({
      memberships: [{ kind: 'atRisk', code: 'r1', subgroupCode: null, startDate: '2025-05-01', note: null }],
    }));

    const renamed = await save({ ...newOption(), code: 'r1', nameVi: 'Sống trong gia đình có bạo lực gia đình', nameEn: '' });
    expect(option(renamed, 'r1')).toMatchObject({ nameVi: 'Sống trong gia đình có bạo lực gia đình', active: true });

    const deactivated = await save({ ...newOption(), code: 'r1', nameVi: 'Sống trong gia đình có bạo lực gia đình', active: false });
    expect(option(deactivated, 'r1')?.active).toBe(false);
    expect(await listCircumstances(t.db)).toHaveLength(16);

    const stored = await getChild(t.db, t.units, child.id);
    expect(stored.memberships.map((m) => [m.kind, m.code, m.endDate])).toEqual([['atRisk', 'r1', null]]);

    // Not offered any more: a new record cannot choose it.
    const another = createChild(t.db, t.units, t.clock, childInput({
      fullName: 'Lê Thị Mai',
      memberships: [{ kind: 'atRisk', code: 'r1', subgroupCode: null, startDate: '2025-05-01', note: null }],
    }));
    expect(await refusal(another)).toMatchObject({ code: 'errors.invalidInput' });

    const reactivated = await save({ ...newOption(), code: 'r1', nameVi: 'Sống trong gia đình có bạo lực', active: true });
    expect(option(reactivated, 'r1')).toMatchObject({ nameVi: 'Sống trong gia đình có bạo lực', active: true });
  });

  it('refuses a sub-group without a group, and an at-risk option with one', async () => {
    const direct = { ...circumstanceSaveSchema.parse(newOption()), kind: 'subgroup' as const, groupCode: null };
    expect(await refusal(saveCircumstance(t.db, t.clock, direct))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'groupCode', message: 'validation.required' }],
    });
    const withGroup = { ...circumstanceSaveSchema.parse(newOption()), groupCode: 'a' as const };
    expect(await refusal(saveCircumstance(t.db, t.clock, withGroup))).toMatchObject({ code: 'errors.invalidInput' });

    // The channel refuses it before the service, with the same message for the form.
    const answer = await dispatch(t.ctx, 'codes.saveCircumstance', newOption({ kind: 'subgroup' }));
    expect(answer).toEqual({
      ok: false,
      error: { code: 'errors.invalidInput', details: [{ path: 'groupCode', message: 'validation.required' }] },
    });
    expect(await listCircumstances(t.db)).toHaveLength(16);
    expect(await auditRows()).toEqual([]);
  });

  it('keeps codes stable: an option cannot move to another group or list, and unknown codes are refused', async () => {
    const moved = save({ code: 'a1', kind: 'subgroup', groupCode: 'b', nameVi: 'Không có người chăm sóc', nameEn: '', active: true });
    expect(await refusal(moved)).toMatchObject({ code: 'errors.invalidInput', details: [{ path: 'groupCode' }] });
    expect(await refusal(save({ ...newOption(), code: 'a1' }))).toMatchObject({ code: 'errors.invalidInput' });
    expect(await refusal(save({ ...newOption(), code: 'r99' }))).toMatchObject({ code: 'errors.notFound' });
    expect(option(await listCircumstances(t.db), 'a1')).toMatchObject({ kind: 'subgroup', groupCode: 'a' });
  });

  it('refuses a second option with the same name in one list, but not in another', async () => {
    const twin = save(newOption({ nameVi: 'sống trong gia đình  có bạo lực' }));
    expect(await refusal(twin)).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'nameVi', message: 'circumstances.duplicateName' }],
    });
    const list = await save(newOption({ kind: 'subgroup', groupCode: 'b', nameVi: 'Không có người chăm sóc' }));
    expect(option(list, 'b3')?.nameVi).toBe('Không có người chăm sóc');
  });

  it('records each change in the audit log by code only, through the channel', async () => {
    const answer = await dispatch(t.ctx, 'codes.saveCircumstance', newOption());
    expect(answer).toMatchObject({ ok: true, data: expect.arrayContaining([expect.objectContaining({ code: 'r6' })]) });
    await dispatch(t.ctx, 'codes.saveCircumstance', { ...newOption(), code: 'r6', active: false });

    const office = await t.db.selectFrom('office').select('id').executeTakeFirstOrThrow();
    const rows = await auditRows();
    expect(rows.map((row) => [row.action, row.entity_id, row.office_id, row.at])).toEqual([
      ['create', 'r6', office.id, '2026-11-22T08:00:00.000Z'],
      ['update', 'r6', office.id, '2026-11-22T08:00:00.000Z'],
    ]);
    expect(JSON.stringify(rows)).not.toContain('thiên tai');
  });
});
