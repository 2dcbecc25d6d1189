import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal } from '../../../tests/fixtures/gifts';
import { modelsContext, rolloutInput, type ModelsContext } from '../../../tests/fixtures/models';
import { listRollouts, rolloutHistory, saveRollout } from './rollouts';
import { createModelType, updateModelType } from './types';

let t: ModelsContext;
beforeEach(async () => (t = await modelsContext()));
afterEach(() => t.close());

const allRollouts = { modelTypeId: null, year: null, unitId: null };

describe('saveRollout', () => {
  it('creates the rollout with a "created" change listing the fields given', async () => {
    const saved = await saveRollout(t.db, t.units, t.clock, rolloutInput({ status: 'planned', decisionNo: '12/QĐ-UBND', budget: 5_000_000 }));
    expect(saved).toMatchObject({ modelTypeId: 'safeHome', unitId: '11311', unitName: 'Phường Ngô Quyền', year: 2026, status: 'planned', decisionNo: '12/QĐ-UBND', budget: 5_000_000, notes: null });
    expect(await rolloutHistory(t.db, saved.id)).toEqual([
      {
        id: expect.any(String),
        at: '2026-11-22T08:00:00.000Z',
        kind: 'created',
        changes: [
          { field: 'status', from: null, to: 'planned' },
          { field: 'decisionNo', from: null, to: '12/QĐ-UBND' },
          { field: 'budget', from: null, to: 5_000_000 },
        ],
      },
    ]);
  });

  it('upserts by model, commune and year, recording exactly what changed, newest first', async () => {
    const first = await saveRollout(t.db, t.units, t.clock, rolloutInput({ status: 'planned', personInCharge: 'Lê Thị Mai' }));
    t.clock.set('2026-11-23T08:00:00.000Z');
    const second = await saveRollout(t.db, t.units, t.clock, rolloutInput({ status: 'pilot', personInCharge: 'Lê Thị Mai', startDate: '2026-03-01', notes: 'Thí điểm tại 2 tổ dân phố' }));
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ status: 'pilot', startDate: '2026-03-01', updatedAt: '2026-11-23T08:00:00.000Z' });
    expect(await listRollouts(t.db, t.units, allRollouts)).toHaveLength(1);

    const history = await rolloutHistory(t.db, first.id);
    expect(history.map((h) => h.kind)).toEqual(['updated', 'created']);
    expect(history[0]).toMatchObject({
      at: '2026-11-23T08:00:00.000Z',
      changes: [
        { field: 'status', from: 'planned', to: 'pilot' },
        { field: 'startDate', from: null, to: '2026-03-01' },
        { field: 'notes', from: null, to: 'Thí điểm tại 2 tổ dân phố' },
      ],
    });
  });

  it('writes no change (and keeps the time) when a save changes nothing', async () => {
    const first = await saveRollout(t.db, t.units, t.clock, rolloutInput({ budget: 1_000_000 }));
    t.clock.set('2026-11-24T08:00:00.000Z');
    const again = await saveRollout(t.db, t.units, t.clock, rolloutInput({ budget: 1_000_000, notes: '  ' }));
    expect(again).toEqual(first);
    expect(await rolloutHistory(t.db, first.id)).toHaveLength(1);
  });

  it('keeps a row per year and per commune', async () => {
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ year: 2025 }));
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ year: 2026 }));
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ year: 2026, unitId: '11329' }));
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ year: 2026, modelTypeId: 'childrenClub' }));
    const rollouts = await listRollouts(t.db, t.units, allRollouts);
    expect(rollouts.map((r) => [r.year, r.unitName, r.modelTypeId])).toEqual([
      [2026, 'Phường Gia Viên', 'safeHome'],
      [2026, 'Phường Ngô Quyền', 'childrenClub'],
      [2026, 'Phường Ngô Quyền', 'safeHome'],
      [2025, 'Phường Ngô Quyền', 'safeHome'],
    ]);
    expect(await listRollouts(t.db, t.units, { ...allRollouts, year: 2026, modelTypeId: 'safeHome' })).toHaveLength(2);
    expect(await listRollouts(t.db, t.units, { ...allRollouts, unitId: '11329' })).toHaveLength(1);
  });

  it('refuses a commune outside the area, an unknown model and an archived one for a new rollout', async () => {
    expect(await refusal(saveRollout(t.db, t.units, t.clock, rolloutInput({ unitId: '00004' })))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'unitId', message: 'validation.unitOutsideArea' }],
    });
    expect(await refusal(saveRollout(t.db, t.units, t.clock, rolloutInput({ modelTypeId: 'nope' })))).toMatchObject({ code: 'errors.notFound' });
    const own = (await createModelType(t.db, t.clock, { name: 'Tủ sách' })).at(-1);
    if (!own) throw new Error('not created');
    const kept = await saveRollout(t.db, t.units, t.clock, rolloutInput({ modelTypeId: own.id }));
    await updateModelType(t.db, t.clock, { id: own.id, name: 'Tủ sách', archived: true });
    expect(await refusal(saveRollout(t.db, t.units, t.clock, rolloutInput({ modelTypeId: own.id, unitId: '11329' })))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'modelTypeId', message: 'validation.modelArchived' }],
    });
    // An existing rollout of an archived model can still be corrected.
    expect(await saveRollout(t.db, t.units, t.clock, rolloutInput({ modelTypeId: own.id, status: 'stopped' }))).toMatchObject({ id: kept.id, status: 'stopped' });
    expect(await listRollouts(t.db, t.units, allRollouts)).toHaveLength(1);
  });

  it('answers notFound for the history of an unknown rollout', async () => {
    expect(await refusal(rolloutHistory(t.db, 'nope'))).toMatchObject({ code: 'errors.notFound' });
  });
});
