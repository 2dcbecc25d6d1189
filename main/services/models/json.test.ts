import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  childFriendlyScores,
  insertChildFriendlyScore,
  insertSafeHomeAssessment,
  modelsContext,
  rolloutInput,
  type ModelsContext,
} from '../../../tests/fixtures/models';
import { listChildFriendlyScores } from './child-friendly';
import { coverage } from './coverage';
import { isScore, isString, parseJsonArray } from './json';
import { rolloutHistory, saveRollout } from './rollouts';
import { listSafeHomeAssessments, safeHomeRollup } from './safe-home';

describe('parseJsonArray', () => {
  it('reads an array, keeping only items of the expected shape', () => {
    expect(parseJsonArray('["c01","c02"]', isString)).toEqual(['c01', 'c02']);
    expect(parseJsonArray('[70, "80", -1, 1.5, null, 90]', isScore)).toEqual([70, 90]);
  });

  it('reads anything else as empty, never throwing', () => {
    for (const text of ['', '{', 'null', '{"a":1}', '"c01"', '42']) expect(parseJsonArray(text, isString)).toEqual([]);
  });
});

describe('a damaged JSON column does not take the lists down', () => {
  let t: ModelsContext;
  beforeEach(async () => (t = await modelsContext()));
  afterEach(() => t.close());

  it('safe-home assessments, the roll-up and coverage still answer; the damaged household meets nothing', async () => {
    await insertSafeHomeAssessment(t.db, t.officeId, '11311', 2026);
    await insertSafeHomeAssessment(t.db, t.officeId, '11329', 2026);
    await t.db.updateTable('safe_home_assessment').set({ met_criteria: '["c01", ' }).where('unit_id', '=', '11311').execute();

    const assessments = await listSafeHomeAssessments(t.db, t.units, { year: 2026, unitId: null });
    expect(assessments.map((a) => [a.unitId, a.metCriterionIds, a.result.metCount])).toEqual([
      ['11329', [], 0],
      ['11311', [], 0],
    ]);
    expect((await safeHomeRollup(t.db, t.units, 2026)).map((r) => [r.unitId, r.assessed, r.recognised])).toEqual([
      ['11329', 1, 0],
      ['11311', 1, 0],
    ]);
    const report = await coverage(t.db, t.units, { year: 2026, fromYear: 2026 });
    expect(report.models.find((m) => m.modelTypeId === 'safeHome')?.covered).toBe(2);
  });

  it('child-friendly scores and coverage still answer; the damaged score is incomplete, never recognised', async () => {
    await insertChildFriendlyScore(t.db, t.officeId, '11311', 2026, childFriendlyScores(true));
    await insertChildFriendlyScore(t.db, t.officeId, '11329', 2026, childFriendlyScores(true));
    await t.db.updateTable('child_friendly_score').set({ scores: 'not json' }).where('unit_id', '=', '11311').execute();

    const scores = await listChildFriendlyScores(t.db, t.units, 2026);
    expect(scores.map((s) => [s.unitId, s.scores, s.result.recognised, s.result.reason])).toEqual([
      ['11329', childFriendlyScores(true), true, null],
      ['11311', [], false, 'incomplete'],
    ]);
    const report = await coverage(t.db, t.units, { year: 2026, fromYear: 2026 });
    expect(report.models.find((m) => m.modelTypeId === 'childFriendly')?.covered).toBe(1);
  });

  it('a rollout history with a damaged change row still answers, the damaged save listing no changes', async () => {
    const saved = await saveRollout(t.db, t.units, t.clock, rolloutInput({ status: 'planned' }));
    t.clock.set('2026-11-23T08:00:00.000Z');
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ status: 'pilot' }));
    await t.db.updateTable('model_rollout_change').set({ changes: '[{"field":"status","from":"planned"' }).where('kind', '=', 'created').execute();
    await t.db.updateTable('model_rollout_change').set({ changes: '[{"field":"nope","from":1,"to":2},{"field":"status","from":"planned","to":"pilot"}]' }).where('kind', '=', 'updated').execute();

    expect((await rolloutHistory(t.db, saved.id)).map((c) => [c.kind, c.changes])).toEqual([
      ['updated', [{ field: 'status', from: 'planned', to: 'pilot' }]],
      ['created', []],
    ]);
  });
});
