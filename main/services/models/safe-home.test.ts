import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal, seedGiftChildren } from '../../../tests/fixtures/gifts';
import { assessmentInput, criterionIds, markMandatory, modelsContext, type ModelsContext } from '../../../tests/fixtures/models-assessments';
import {
  createSafeHomeAssessment,
  deleteSafeHomeAssessment,
  listSafeHomeAssessments,
  safeHomeRollup,
  updateSafeHomeAssessment,
} from './safe-home';

let t: ModelsContext;
let childIds: string[];
beforeEach(async () => {
  t = await modelsContext();
  await markMandatory(t);
  childIds = await seedGiftChildren(t, [
    { fullName: 'Lê Thị Mai', birthDate: '2016-03-04' },
    { fullName: 'Đỗ Minh Quân', birthDate: '2013-09-20' },
  ]);
});
afterEach(() => t.close());

/** c01…c15 are mandatory: the first `count` criteria met. */
const firstMet = (count: number) => criterionIds.slice(0, count);
const list = (unitId: string | null = null, year = 2026) => listSafeHomeAssessments(t.db, t.units, { year, unitId });

describe('safe-home assessments', () => {
  it('creates an assessment with its children and a computed result', async () => {
    const created = await createSafeHomeAssessment(
      t.db,
      t.units,
      t.clock,
      assessmentInput({ metCriterionIds: firstMet(23), childIds: [childIds[0] ?? ''], note: 'Có hàng rào' }),
    );
    expect(created).toMatchObject({
      unitId: 'w:11311',
      unitName: 'Phường Máy Tơ',
      year: 2026,
      assessedOn: '2026-10-15',
      householdHead: 'Trần Văn Khải',
      village: 'Tổ 5',
      metCriterionIds: firstMet(23),
      childInjured: false,
      children: [{ id: childIds[0], fullName: 'Lê Thị Mai', birthDate: '2016-03-04' }],
      note: 'Có hàng rào',
      result: { metCount: 23, recognised: true, reasons: [] },
    });
    expect(await list()).toEqual([created]);
    const audit = await t.db.selectFrom('audit_log').select(['action', 'entity_id']).where('entity', '=', 'safe_home_assessment').execute();
    expect(audit).toEqual([{ action: 'create', entity_id: created.id }]);
  });

  it('updates the criteria, the injury and the children; the result follows', async () => {
    const created = await createSafeHomeAssessment(t.db, t.units, t.clock, assessmentInput({ metCriterionIds: firstMet(22), childIds: [childIds[0] ?? ''] }));
    expect(created.result.reasons).toEqual(['tooFewMet']);
    const updated = await updateSafeHomeAssessment(t.db, t.units, t.clock, {
      ...assessmentInput({ metCriterionIds: firstMet(30), childInjured: true, childIds: [childIds[1] ?? ''] }),
      id: created.id,
    });
    expect(updated.result).toMatchObject({ metCount: 30, recognised: false, reasons: ['childInjured'] });
    expect(updated.children.map((c) => c.fullName)).toEqual(['Đỗ Minh Quân']);
    const healed = await updateSafeHomeAssessment(t.db, t.units, t.clock, { ...assessmentInput({ metCriterionIds: firstMet(30) }), id: created.id });
    expect(healed.result.recognised).toBe(true);
    expect(healed.children).toEqual([]);
  });

  it('deletes an assessment and its links to children; a second delete is notFound', async () => {
    const created = await createSafeHomeAssessment(t.db, t.units, t.clock, assessmentInput({ childIds }));
    expect(await deleteSafeHomeAssessment(t.db, t.clock, created.id)).toEqual({ deleted: true });
    expect(await list()).toEqual([]);
    expect(await t.db.selectFrom('safe_home_child').selectAll().execute()).toEqual([]);
    expect((await refusal(deleteSafeHomeAssessment(t.db, t.clock, created.id))).code).toBe('errors.notFound');
  });

  it('refuses a unit outside the office area (a current commune of a legacy-district office too)', async () => {
    for (const unitId of ['11359', '11311']) {
      expect(await refusal(createSafeHomeAssessment(t.db, t.units, t.clock, assessmentInput({ unitId })))).toEqual({
        code: 'errors.invalidInput',
        details: [{ path: 'unitId', message: 'validation.unitOutsideArea' }],
      });
    }
    const created = await createSafeHomeAssessment(t.db, t.units, t.clock, assessmentInput());
    const moved = refusal(updateSafeHomeAssessment(t.db, t.units, t.clock, { ...assessmentInput({ unitId: '11359' }), id: created.id }));
    expect(await moved).toEqual({ code: 'errors.invalidInput', details: [{ path: 'unitId', message: 'validation.unitOutsideArea' }] });
    expect(await list()).toHaveLength(1);
  });

  it('refuses unknown criteria and unknown children', async () => {
    expect(await refusal(createSafeHomeAssessment(t.db, t.units, t.clock, assessmentInput({ metCriterionIds: ['c01', 'c34'] })))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'metCriterionIds', message: 'validation.invalid' }],
    });
    expect(await refusal(createSafeHomeAssessment(t.db, t.units, t.clock, assessmentInput({ childIds: [childIds[0] ?? '', 'no-such-child'] })))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'childIds', message: 'validation.childNotFound' }],
    });
    expect(await list()).toEqual([]);
  });

  it('refuses an assessment dated outside its year, even past the form (create and update)', async () => {
    const dateInYear = { code: 'errors.invalidInput', details: [{ path: 'assessedOn', message: 'validation.dateInYear' }] };
    expect(await refusal(createSafeHomeAssessment(t.db, t.units, t.clock, { ...assessmentInput(), assessedOn: '2025-12-31' }))).toEqual(dateInYear);
    const created = await createSafeHomeAssessment(t.db, t.units, t.clock, assessmentInput());
    expect(await refusal(updateSafeHomeAssessment(t.db, t.units, t.clock, { ...assessmentInput(), assessedOn: '2027-01-01', id: created.id }))).toEqual(dateInYear);
    expect((await list()).map((a) => a.assessedOn)).toEqual(['2026-10-15']);
  });

  it('lists a year: units by name, newest first within a unit; one unit on request', async () => {
    const add = (unitId: string, assessedOn: string, householdHead: string) =>
      createSafeHomeAssessment(t.db, t.units, t.clock, assessmentInput({ unitId, assessedOn, householdHead }));
    await add('w:11311', '2026-03-01', 'Hộ A');
    await add('w:11329', '2026-05-01', 'Hộ B');
    await add('w:11311', '2026-09-01', 'Hộ C');
    await add('w:11314', '2026-01-01', 'Hộ D');
    await createSafeHomeAssessment(t.db, t.units, t.clock, assessmentInput({ year: 2025, assessedOn: '2025-06-01', householdHead: 'Hộ E' }));
    // Phường Cầu Đất, Phường Máy Chai, Phường Máy Tơ.
    expect((await list()).map((a) => a.householdHead)).toEqual(['Hộ B', 'Hộ D', 'Hộ C', 'Hộ A']);
    expect((await list('w:11311')).map((a) => a.householdHead)).toEqual(['Hộ C', 'Hộ A']);
    expect((await list(null, 2025)).map((a) => a.householdHead)).toEqual(['Hộ E']);
  });
});

describe('safeHomeRollup', () => {
  it('counts assessed and recognised households per unit that has any, by unit name', async () => {
    const add = (unitId: string, met: number, childInjured = false, year = 2026) =>
      createSafeHomeAssessment(t.db, t.units, t.clock, assessmentInput({ unitId, year, metCriterionIds: firstMet(met), childInjured }));
    await add('w:11311', 23);
    await add('w:11311', 22);
    await add('w:11311', 33, true);
    await add('w:11329', 25);
    await add('w:11329', 33);
    await add('w:11314', 33, false, 2025);
    expect(await safeHomeRollup(t.db, t.units, 2026)).toEqual([
      { unitId: 'w:11329', unitName: 'Phường Cầu Đất', assessed: 2, recognised: 2 },
      { unitId: 'w:11311', unitName: 'Phường Máy Tơ', assessed: 3, recognised: 1 },
    ]);
    expect(await safeHomeRollup(t.db, t.units, 2024)).toEqual([]);
  });

  it('reads only what the rule needs: no linked children, no household details', async () => {
    await createSafeHomeAssessment(t.db, t.units, t.clock, assessmentInput({ metCriterionIds: firstMet(23), childIds }));
    const queries: string[] = [];
    const watched = t.db.withPlugin({
      transformQuery: (args) => {
        queries.push(JSON.stringify(args.node));
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    expect(await safeHomeRollup(watched, t.units, 2026)).toEqual([{ unitId: 'w:11311', unitName: 'Phường Máy Tơ', assessed: 1, recognised: 1 }]);
    const read = queries.join('\n');
    expect(read).toContain('safe_home_assessment');
    expect(read).not.toContain('safe_home_child');
    expect(read).not.toContain('household_head');
    expect(read).not.toContain('SelectAllNode');
  });
});
