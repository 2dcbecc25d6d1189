import { afterEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../../tests/fixtures/context';
import { insertOfficeSnapshot, provinceRow as r } from '../../../../tests/fixtures/province-rows';
import { areaUnits, modelsSection } from './province-report-models';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('models coverage of an office', () => {
  it('counts each area commune once per model, from covered rollouts or the model’s own records, in the year asked', async () => {
    const t = await createTestContext();
    close = t.close;
    const o = 'o';
    insertOfficeSnapshot(
      t.ctx.sqlite,
      { id: o, code: 'X', name: 'Phòng thử' },
      {
        model_type: [
          { id: 'safeHome', builtin: 'safeHome', archived: 0, sort_order: 0 },
          // An office's own model: never a shipped one's column.
          { id: 'own-1', office_id: o, builtin: null, name: 'Mô hình riêng', archived: 0, sort_order: 9 },
        ],
        model_rollout: [
          r.rollout(o, '1', 'childrenClub', 'u1', 2026, 'planned'),
          r.rollout(o, '2', 'childrenClub', 'u2', 2026, 'pilot'),
          r.rollout(o, '3', 'childrenClub', 'u3', 2026, 'stopped'),
          r.rollout(o, '4', 'schoolCounselling', 'u1', 2026, 'recognised'),
          r.rollout(o, '5', 'schoolCounselling', 'u2', 2025, 'active'),
          r.rollout(o, '6', 'own-1', 'u1', 2026, 'active'),
          r.rollout(o, '7', 'safeHome', 'u1', 2026, 'active'),
          // Written by another installation's office: coverage reads the office's own rollouts.
          r.rollout('someone-else', '8', 'communityProtection', 'u1', 2026, 'active'),
        ],
        safe_home_assessment: [r.safeHome(o, 'h1', 'u1', 2026), r.safeHome(o, 'h2', 'u2', 2026), r.safeHome(o, 'h3', 'outside', 2026)],
        child_friendly_score: [r.childFriendly(o, 'f1', 'u1', 2026, true), r.childFriendly(o, 'f2', 'u2', 2026, false), r.childFriendly(o, 'f3', 'u3', 2025, true)],
        flood_point: [r.floodPoint(o, 'p1', 'u3', 2026), r.floodPoint(o, 'p2', 'u3', 2026)],
      },
    );
    const area = new Set(['u1', 'u2', 'u3', 'u4']);
    expect(modelsSection(t.ctx.sqlite)(o, area, 2026)).toEqual({
      covered: { safeHome: 2, childFriendly: 1, communityProtection: 0, childrenClub: 1, schoolCounselling: 1, floodChildcare: 1 },
      communes: 4,
    });
    expect(modelsSection(t.ctx.sqlite)(o, area, 2025)).toEqual({
      covered: { safeHome: 0, childFriendly: 1, communityProtection: 0, childrenClub: 0, schoolCounselling: 1, floodChildcare: 0 },
      communes: 4,
    });
  });
});

describe('areaUnits', () => {
  it('reads the units of the manifest office kept as the source’s profile', () => {
    const profile = JSON.stringify({ id: 'o', code: 'X', units: [{ ref: '11311', name: 'A' }, { ref: 'w:11314', name: 'B' }, { ref: '11311', name: 'A' }] });
    expect([...areaUnits(profile)]).toEqual(['11311', 'w:11314']);
    expect(areaUnits('not json').size).toBe(0);
    expect(areaUnits(JSON.stringify({ units: 'none' })).size).toBe(0);
    expect(areaUnits(JSON.stringify({ units: [null, { ref: 5 }, { ref: '11359' }] }))).toEqual(new Set(['11359']));
  });
});
