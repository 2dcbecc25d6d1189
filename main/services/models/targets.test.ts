import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusal } from '../../../tests/fixtures/gifts';
import { modelsContext, type ModelsContext } from '../../../tests/fixtures/models';
import { listTargets, saveTarget } from './targets';

let t: ModelsContext;
beforeEach(async () => (t = await modelsContext()));
afterEach(() => t.close());

describe('targets', () => {
  it('sets and changes a yearly target per model', async () => {
    await saveTarget(t.db, t.units, t.clock, { modelTypeId: 'safeHome', year: 2026, targetCommunes: 2 });
    await saveTarget(t.db, t.units, t.clock, { modelTypeId: 'safeHome', year: 2027, targetCommunes: 3 });
    const year = await saveTarget(t.db, t.units, t.clock, { modelTypeId: 'safeHome', year: 2026, targetCommunes: 1 });
    expect(year).toEqual([{ modelTypeId: 'safeHome', year: 2026, targetCommunes: 1 }]);
    expect(await listTargets(t.db, 2027)).toEqual([{ modelTypeId: 'safeHome', year: 2027, targetCommunes: 3 }]);
    expect(await listTargets(t.db, 2025)).toEqual([]);
  });

  it('accepts a target of all the communes of the area and refuses one more', async () => {
    expect(await saveTarget(t.db, t.units, t.clock, { modelTypeId: 'childrenClub', year: 2026, targetCommunes: 3 })).toHaveLength(1);
    expect(await refusal(saveTarget(t.db, t.units, t.clock, { modelTypeId: 'childrenClub', year: 2026, targetCommunes: 4 }))).toEqual({
      code: 'errors.invalidInput',
      details: [{ path: 'targetCommunes', message: 'validation.targetTooHigh' }],
    });
    expect(await listTargets(t.db, 2026)).toEqual([{ modelTypeId: 'childrenClub', year: 2026, targetCommunes: 3 }]);
  });

  it('refuses an unknown model', async () => {
    expect(await refusal(saveTarget(t.db, t.units, t.clock, { modelTypeId: 'nope', year: 2026, targetCommunes: 1 }))).toMatchObject({ code: 'errors.notFound' });
  });
});
