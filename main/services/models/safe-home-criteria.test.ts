import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal } from '../../../tests/fixtures/gifts';
import { assessmentInput, criterionIds, markMandatory, modelsContext, type ModelsContext } from '../../../tests/fixtures/models-assessments';
import { createSafeHomeAssessment, listSafeHomeAssessments } from './safe-home';
import { listSafeHomeCriteria, saveSafeHomeCriteria } from './safe-home-criteria';

let t: ModelsContext;
beforeEach(async () => {
  t = await modelsContext();
});
afterEach(() => t.close());

describe('safe-home criteria', () => {
  it('lists the 33 shipped criteria by number, in their 6 areas, none mandatory yet', async () => {
    const criteria = await listSafeHomeCriteria(t.db);
    expect(criteria.map((c) => c.number)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    expect(criteria[0]).toEqual({ id: 'c01', area: 'surroundings', number: 1, text: 'Tiêu chí 1', mandatory: false });
    expect(new Set(criteria.map((c) => c.area)).size).toBe(6);
    expect(criteria.some((c) => c.mandatory)).toBe(false);
  });

  it('saves new texts, areas and mandatory flags and records the change', async () => {
    const criteria = await listSafeHomeCriteria(t.db);
    const saved = await saveSafeHomeCriteria(t.db, t.clock, {
      criteria: criteria.map((c, index) => ({
        id: c.id,
        area: index === 0 ? 'kitchen' : c.area,
        text: index === 0 ? 'Ao, hồ, giếng quanh nhà có rào chắn an toàn' : c.text,
        mandatory: index < 15,
      })),
    });
    expect(saved[0]).toMatchObject({ id: 'c01', area: 'kitchen', text: 'Ao, hồ, giếng quanh nhà có rào chắn an toàn', mandatory: true });
    expect(saved.filter((c) => c.mandatory)).toHaveLength(15);
    expect(await listSafeHomeCriteria(t.db)).toEqual(saved);
    const audit = await t.db.selectFrom('audit_log').select(['entity', 'action']).where('entity', '=', 'safe_home_criterion').execute();
    expect(audit).toEqual([{ entity: 'safe_home_criterion', action: 'update' }]);
  });

  it('refuses an unknown or repeated id and changes nothing', async () => {
    const criteria = await listSafeHomeCriteria(t.db);
    const list = criteria.map((c) => ({ id: c.id, area: c.area, text: 'Đổi', mandatory: true }));
    const unknown = list.map((c, index) => (index === 32 ? { ...c, id: 'c34' } : c));
    const repeated = list.map((c, index) => (index === 32 ? { ...c, id: 'c01' } : c));
    expect(await refusal(saveSafeHomeCriteria(t.db, t.clock, { criteria: unknown }))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'criteria.32.id', message: 'validation.invalid' }],
    });
    expect((await refusal(saveSafeHomeCriteria(t.db, t.clock, { criteria: repeated }))).code).toBe('errors.invalidInput');
    expect(await listSafeHomeCriteria(t.db)).toEqual(criteria);
  });

  it('recomputes the results of saved assessments when the mandatory flags change', async () => {
    await markMandatory(t);
    // c01…c15 mandatory; the household meets c02…c25 (24 criteria) but not c01.
    await createSafeHomeAssessment(t.db, t.units, t.clock, assessmentInput({ metCriterionIds: criterionIds.slice(1, 25) }));
    const before = await listSafeHomeAssessments(t.db, t.units, { year: 2026, unitId: null });
    expect(before[0]?.result).toMatchObject({ recognised: false, reasons: ['mandatoryMissing'], mandatoryMissing: ['c01'] });

    // Now c02…c16 are the mandatory ones: the same household is recognised.
    const criteria = await listSafeHomeCriteria(t.db);
    await saveSafeHomeCriteria(t.db, t.clock, {
      criteria: criteria.map((c, index) => ({ id: c.id, area: c.area, text: c.text, mandatory: index >= 1 && index <= 15 })),
    });
    const after = await listSafeHomeAssessments(t.db, t.units, { year: 2026, unitId: null });
    expect(after[0]?.result).toEqual({ metCount: 24, mandatoryMissing: [], recognised: true, reasons: [] });
  });

  it('recognises no one until exactly 15 criteria are mandatory', async () => {
    await createSafeHomeAssessment(t.db, t.units, t.clock, assessmentInput({ metCriterionIds: criterionIds }));
    const [assessment] = await listSafeHomeAssessments(t.db, t.units, { year: 2026, unitId: null });
    expect(assessment?.result).toMatchObject({ recognised: false, reasons: ['criteriaNotSet'] });
  });
});
