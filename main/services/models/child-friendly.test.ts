import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal } from '../../../tests/fixtures/gifts';
import { modelsContext, scoreInput, scoresTotalling, type ModelsContext } from '../../../tests/fixtures/models-assessments';
import { listChildFriendlyCriteria, listChildFriendlyScores, saveChildFriendlyCriteria, saveChildFriendlyScore } from './child-friendly';

let t: ModelsContext;
beforeEach(async () => {
  t = await modelsContext();
});
afterEach(() => t.close());

describe('child-friendly criteria', () => {
  it('lists the 13 shipped names and saves new ones in order', async () => {
    expect(await listChildFriendlyCriteria(t.db)).toEqual(Array.from({ length: 13 }, (_, i) => `Tiêu chí ${i + 1}`));
    const texts = Array.from({ length: 13 }, (_, i) => `Tiêu chí số ${i + 1} về quyền trẻ em`);
    expect(await saveChildFriendlyCriteria(t.db, t.clock, { texts })).toEqual(texts);
    expect(await listChildFriendlyCriteria(t.db)).toEqual(texts);
  });
});

describe('child-friendly scores', () => {
  it('saves a score with its computed result', async () => {
    const saved = await saveChildFriendlyScore(t.db, t.units, t.clock, scoreInput({ communeClass: 'other', scores: scoresTotalling(850) }));
    expect(saved).toMatchObject({
      unitId: 'w:11311',
      unitName: 'Phường Máy Tơ',
      year: 2026,
      communeClass: 'other',
      assessedOn: '2026-11-01',
      result: { total: 850, threshold: 850, zeroCriteria: [], recognised: true, reason: null },
    });
  });

  it('replaces the score of the same commune and year (an upsert), keeping its id', async () => {
    const first = await saveChildFriendlyScore(t.db, t.units, t.clock, scoreInput({ communeClass: 'other', scores: scoresTotalling(850) }));
    const second = await saveChildFriendlyScore(t.db, t.units, t.clock, scoreInput({ communeClass: 'urbanWard', scores: scoresTotalling(850) }));
    expect(second.id).toBe(first.id);
    expect(second.result).toMatchObject({ threshold: 900, recognised: false });
    expect(await listChildFriendlyScores(t.db, t.units, 2026)).toEqual([second]);
    const audit = await t.db.selectFrom('audit_log').select('action').where('entity', '=', 'child_friendly_score').orderBy('at').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it('lists the communes scored in a year by name, each with its own result', async () => {
    const zero = [...scoresTotalling(850).slice(0, 12), 0];
    await saveChildFriendlyScore(t.db, t.units, t.clock, scoreInput({ unitId: 'w:11311', communeClass: 'mountainIslandDisadvantaged', scores: scoresTotalling(800) }));
    await saveChildFriendlyScore(t.db, t.units, t.clock, scoreInput({ unitId: 'w:11329', scores: zero }));
    await saveChildFriendlyScore(t.db, t.units, t.clock, scoreInput({ unitId: 'w:11314', year: 2025 }));
    const scores = await listChildFriendlyScores(t.db, t.units, 2026);
    expect(scores.map((s) => [s.unitName, s.result.recognised, s.result.zeroCriteria])).toEqual([
      ['Phường Cầu Đất', false, [13]],
      ['Phường Máy Tơ', true, []],
    ]);
  });

  it('refuses a score dated outside its year, even past the form', async () => {
    expect(await refusal(saveChildFriendlyScore(t.db, t.units, t.clock, { ...scoreInput(), assessedOn: '2025-12-31' }))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'assessedOn', message: 'validation.dateInYear' }],
    });
    expect(await listChildFriendlyScores(t.db, t.units, 2026)).toEqual([]);
  });

  it('refuses a unit outside the office area', async () => {
    expect(await refusal(saveChildFriendlyScore(t.db, t.units, t.clock, scoreInput({ unitId: '11359' })))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'unitId', message: 'validation.unitOutsideArea' }],
    });
    expect(await listChildFriendlyScores(t.db, t.units, 2026)).toEqual([]);
  });
});
