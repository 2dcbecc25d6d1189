import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../tests/fixtures/context';
import { legacyOffice } from '../../tests/fixtures/office';
import { AppFailure } from '../failure';
import { getOffice, officeUnits, saveOffice } from './office';

let t: Awaited<ReturnType<typeof createTestContext>>;
beforeEach(async () => (t = await createTestContext()));
afterEach(async () => t.close());

describe('office', () => {
  it('is missing before setup', async () => {
    expect(await getOffice(t.ctx.db)).toBeNull();
  });

  it('is created for a legacy district with its wards and read back the same', async () => {
    const saved = await saveOffice(t.ctx.db, t.ctx.units, t.clock, legacyOffice);
    expect(saved).toMatchObject({ ...legacyOffice, createdAt: '2026-11-22T08:00:00.000Z' });
    expect(await getOffice(t.ctx.db)).toEqual(saved);
  });

  it('is updated in place: same id, new area, created time kept', async () => {
    const first = await saveOffice(t.ctx.db, t.ctx.units, t.clock, legacyOffice);
    t.clock.set('2026-12-01T02:00:00.000Z');
    const second = await saveOffice(t.ctx.db, t.ctx.units, t.clock, {
      ...legacyOffice,
      name: 'PHÒNG VĂN HÓA – XÃ HỘI',
      area: { kind: 'communes', communeCodes: ['11329', '11311'] },
    });
    expect(second.id).toBe(first.id);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.updatedAt).toBe('2026-12-01T02:00:00.000Z');
    expect(second.area).toEqual({ kind: 'communes', communeCodes: ['11311', '11329'] });
    const offices = await t.ctx.db.selectFrom('office').select('id').execute();
    expect(offices).toHaveLength(1);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'entity']).orderBy('at').execute();
    expect(audit).toEqual([
      { action: 'create', entity: 'office' },
      { action: 'update', entity: 'office' },
    ]);
  });

  it.each([
    ['a commune of another province', { kind: 'communes' as const, communeCodes: ['11311', '00004'] }],
    ['a commune that does not exist', { kind: 'communes' as const, communeCodes: ['99999'] }],
    ['an unknown legacy district', { kind: 'legacyDistrict' as const, districtId: 'ha-noi/quan-x', wardIds: ['11311'] }],
    ['a ward of another district', { kind: 'legacyDistrict' as const, districtId: 'hai-phong/quan-ngo-quyen', wardIds: ['00001'] }],
  ])('refuses %s and saves nothing', async (_label, area) => {
    await expect(saveOffice(t.ctx.db, t.ctx.units, t.clock, { ...legacyOffice, area })).rejects.toBeInstanceOf(AppFailure);
    expect(await getOffice(t.ctx.db)).toBeNull();
    expect(await t.ctx.db.selectFrom('audit_log').selectAll().execute()).toEqual([]);
  });

  it('keeps the previous office intact when an edit is refused', async () => {
    const saved = await saveOffice(t.ctx.db, t.ctx.units, t.clock, legacyOffice);
    await expect(
      saveOffice(t.ctx.db, t.ctx.units, t.clock, { ...legacyOffice, provinceCode: '01' }),
    ).rejects.toMatchObject({ code: 'errors.areaMismatch' });
    expect(await getOffice(t.ctx.db)).toEqual(saved);
  });
});

describe('office units', () => {
  it('lists a legacy district office its chosen old wards, then the current communes they became', async () => {
    await saveOffice(t.ctx.db, t.ctx.units, t.clock, legacyOffice);
    expect(await officeUnits(t.ctx.db, t.ctx.units)).toEqual([
      { id: 'w:11311', name: 'Phường Máy Tơ', kind: 'legacyWard' },
      { id: 'w:11314', name: 'Phường Máy Chai', kind: 'legacyWard' },
      { id: 'w:11329', name: 'Phường Cầu Đất', kind: 'legacyWard' },
      { id: '11311', name: 'Phường Ngô Quyền', kind: 'commune' },
      { id: '11329', name: 'Phường Gia Viên', kind: 'commune' },
    ]);
  });

  it('lists a commune office its communes, and refuses before setup', async () => {
    await expect(officeUnits(t.ctx.db, t.ctx.units)).rejects.toMatchObject({ code: 'errors.officeNotSetUp' });
    await saveOffice(t.ctx.db, t.ctx.units, t.clock, { ...legacyOffice, area: { kind: 'communes', communeCodes: ['11359'] } });
    expect(await officeUnits(t.ctx.db, t.ctx.units)).toEqual([{ id: '11359', name: 'Phường Đông Khê', kind: 'commune' }]);
  });
});
