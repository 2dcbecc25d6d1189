import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modelsContext, type ModelsContext } from '../../tests/fixtures/models';
import type { Coverage, Rollout, RolloutChange } from '../../shared/models';
import type { FileOutput } from '../../shared/register';
import { dispatch } from '../handlers';

let t: ModelsContext;
beforeEach(async () => (t = await modelsContext()));
afterEach(() => t.close());

async function data<T>(channel: string, input: unknown): Promise<T> {
  const answer = await dispatch(t.ctx, channel, input);
  if (!answer.ok) throw new Error(`${channel} refused: ${JSON.stringify(answer.error)}`);
  return answer.data as T;
}

describe('model rollout channels', () => {
  it('save a rollout as the form sends it, then read its history, the target and the coverage', async () => {
    const form = { modelTypeId: 'childrenClub', unitId: '11329', year: 2026, status: 'pilot', startDate: null, endDate: null, decisionNo: '', personInCharge: '', budget: null, notes: '' };
    const saved = await data<Rollout>('models.saveRollout', form);
    expect(saved).toMatchObject({ unitName: 'Phường Gia Viên', status: 'pilot', decisionNo: null });
    expect(await data<RolloutChange[]>('models.rolloutHistory', { id: saved.id })).toMatchObject([{ kind: 'created', changes: [{ field: 'status', from: null, to: 'pilot' }] }]);
    await data('models.saveTarget', { modelTypeId: 'childrenClub', year: 2026, targetCommunes: 2 });
    const report = await data<Coverage>('models.coverage', { year: 2026, fromYear: 2025 });
    expect(report.models.find((m) => m.modelTypeId === 'childrenClub')).toMatchObject({ covered: 1, target: 2 });
    const file = await data<FileOutput>('models.coverageExcel', { year: 2026, fromYear: 2025 });
    expect(file.fileName).toBe('Bao-cao-mo-hinh-2026.xlsx');
  });

  it('refuse a target above the area and a shipped model renamed', async () => {
    expect(await dispatch(t.ctx, 'models.saveTarget', { modelTypeId: 'safeHome', year: 2026, targetCommunes: 4 })).toEqual({
      ok: false,
      error: { code: 'errors.invalidInput', details: [{ path: 'targetCommunes', message: 'validation.targetTooHigh' }] },
    });
    expect(await dispatch(t.ctx, 'models.updateType', { id: 'safeHome', name: 'Nhà an toàn' })).toMatchObject({ ok: false, error: { code: 'errors.notSupported' } });
  });
});
