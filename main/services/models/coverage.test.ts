import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { legacyOffice } from '../../../tests/fixtures/office';
import {
  childFriendlyScores,
  insertChildFriendlyScore,
  insertFloodPoint,
  insertSafeHomeAssessment,
  modelsContext,
  rolloutInput,
  type ModelsContext,
} from '../../../tests/fixtures/models';
import type { ModelCoverage } from '../../../shared/models';
import { coverage } from './coverage';
import { saveRollout } from './rollouts';
import { saveTarget } from './targets';
import { createModelType, updateModelType } from './types';

let t: ModelsContext;
beforeEach(async () => (t = await modelsContext()));
afterEach(() => t.close());

const [ngoQuyen = '', giaVien = '', dongKhe = ''] = ['11311', '11329', '11359'];

async function modelIn(year: number, id: string, fromYear = year): Promise<ModelCoverage> {
  const report = await coverage(t.db, t.units, { year, fromYear });
  const model = report.models.find((m) => m.modelTypeId === id);
  if (!model) throw new Error(`no ${id}`);
  return model;
}

describe('coverage', () => {
  it('counts all communes of the area and lists the models with nothing yet', async () => {
    const report = await coverage(t.db, t.units, { year: 2026, fromYear: 2026 });
    expect(report.totalCommunes).toBe(3);
    expect(report.models.map((m) => m.modelTypeId)).toEqual(['safeHome', 'childFriendly', 'communityProtection', 'childrenClub', 'schoolCounselling', 'floodChildcare']);
    expect(report.models[0]).toMatchObject({ covered: 0, target: null, byStatus: { notStarted: 3, active: 0 } });
  });

  it('counts an active commune, not a planned or a stopped one, and each status once', async () => {
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ modelTypeId: 'childrenClub', unitId: ngoQuyen, status: 'active' }));
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ modelTypeId: 'childrenClub', unitId: giaVien, status: 'planned' }));
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ modelTypeId: 'childrenClub', unitId: dongKhe, status: 'stopped' }));
    const club = await modelIn(2026, 'childrenClub');
    expect(club.covered).toBe(1);
    expect(club.byStatus).toEqual({ notStarted: 0, planned: 1, pilot: 0, active: 1, recognised: 0, stopped: 1 });
  });

  it('counts pilot and recognised too, and leaves communes without a rollout under notStarted', async () => {
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ modelTypeId: 'communityProtection', unitId: ngoQuyen, status: 'pilot' }));
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ modelTypeId: 'communityProtection', unitId: giaVien, status: 'recognised' }));
    const model = await modelIn(2026, 'communityProtection');
    expect(model.covered).toBe(2);
    expect(model.byStatus).toMatchObject({ notStarted: 1, pilot: 1, recognised: 1 });
  });

  it('counts a commune with a safe-home assessment but no rollout, once however many households', async () => {
    await insertSafeHomeAssessment(t.db, t.officeId, giaVien, 2026);
    await insertSafeHomeAssessment(t.db, t.officeId, giaVien, 2026);
    await insertSafeHomeAssessment(t.db, t.officeId, dongKhe, 2025);
    const safeHome = await modelIn(2026, 'safeHome');
    expect(safeHome.covered).toBe(1);
    expect(safeHome.byStatus.notStarted).toBe(3);
    // Evidence counts only for its own model.
    expect((await modelIn(2026, 'childrenClub')).covered).toBe(0);
  });

  it('counts a commune once when both its rollout and its records show the model', async () => {
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ modelTypeId: 'safeHome', unitId: giaVien, status: 'active' }));
    await insertSafeHomeAssessment(t.db, t.officeId, giaVien, 2026);
    expect((await modelIn(2026, 'safeHome')).covered).toBe(1);
  });

  it('counts a recognised child-friendly score, not an unrecognised one', async () => {
    await insertChildFriendlyScore(t.db, t.officeId, ngoQuyen, 2026, childFriendlyScores(true));
    await insertChildFriendlyScore(t.db, t.officeId, giaVien, 2026, childFriendlyScores(false));
    // 874 reaches 850 for an ordinary commune but not 900 for an urban ward.
    await insertChildFriendlyScore(t.db, t.officeId, dongKhe, 2026, childFriendlyScores(true), 'urbanWard');
    expect((await modelIn(2026, 'childFriendly')).covered).toBe(1);
  });

  it('counts a commune with a flood-season childcare point', async () => {
    await insertFloodPoint(t.db, t.officeId, dongKhe, 2026);
    await insertFloodPoint(t.db, t.officeId, dongKhe, 2026);
    expect((await modelIn(2026, 'floodChildcare')).covered).toBe(1);
  });

  it('ignores records of a unit outside the area', async () => {
    await insertFloodPoint(t.db, t.officeId, '00004', 2026);
    expect((await modelIn(2026, 'floodChildcare')).covered).toBe(0);
  });

  it('gives covered and target per year across three years', async () => {
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ unitId: ngoQuyen, year: 2024, status: 'pilot' }));
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ unitId: ngoQuyen, year: 2025, status: 'active' }));
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ unitId: giaVien, year: 2025, status: 'planned' }));
    await insertSafeHomeAssessment(t.db, t.officeId, dongKhe, 2025);
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ unitId: ngoQuyen, year: 2026, status: 'recognised' }));
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ unitId: giaVien, year: 2026, status: 'active' }));
    await insertSafeHomeAssessment(t.db, t.officeId, dongKhe, 2026);
    await insertSafeHomeAssessment(t.db, t.officeId, dongKhe, 2023);
    await saveTarget(t.db, t.units, t.clock, { modelTypeId: 'safeHome', year: 2025, targetCommunes: 2 });
    await saveTarget(t.db, t.units, t.clock, { modelTypeId: 'safeHome', year: 2026, targetCommunes: 3 });

    const safeHome = await modelIn(2026, 'safeHome', 2024);
    expect(safeHome).toMatchObject({ covered: 3, target: 3 });
    expect(safeHome.byYear).toEqual([
      { year: 2024, covered: 1, target: null },
      { year: 2025, covered: 2, target: 2 },
      { year: 2026, covered: 3, target: 3 },
    ]);
    expect(safeHome.byStatus).toMatchObject({ notStarted: 1, active: 1, recognised: 1 });
    expect((await modelIn(2025, 'safeHome')).byStatus).toMatchObject({ notStarted: 1, planned: 1, active: 1 });
  });

  it("shows the office's own models, and an archived one only while it has data", async () => {
    const [tuSach, bepAn] = ['Tủ sách', 'Bếp ăn'];
    await createModelType(t.db, t.clock, { name: tuSach });
    const types = await createModelType(t.db, t.clock, { name: bepAn });
    const ids = Object.fromEntries(types.map((m) => [m.name ?? m.id, m.id]));
    await saveRollout(t.db, t.units, t.clock, rolloutInput({ modelTypeId: ids[tuSach], status: 'active' }));
    await updateModelType(t.db, t.clock, { id: ids[tuSach] ?? '', name: tuSach, archived: true });
    await updateModelType(t.db, t.clock, { id: ids[bepAn] ?? '', name: bepAn, archived: true });
    const report = await coverage(t.db, t.units, { year: 2026, fromYear: 2026 });
    expect(report.models.filter((m) => m.builtin === null)).toMatchObject([{ name: tuSach, covered: 1 }]);
  });

  it("counts a legacy district's wards as its communes", async () => {
    const legacy = await modelsContext(legacyOffice);
    try {
      await saveRollout(legacy.db, legacy.units, legacy.clock, rolloutInput({ unitId: 'w:11314', status: 'active' }));
      const report = await coverage(legacy.db, legacy.units, { year: 2026, fromYear: 2026 });
      expect(report.totalCommunes).toBe(3);
      expect(report.models[0]).toMatchObject({ covered: 1, byStatus: { notStarted: 2, active: 1 } });
    } finally {
      await legacy.close();
    }
  });
});
