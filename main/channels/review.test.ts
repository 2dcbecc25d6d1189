import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../tests/fixtures/context';
import { legacyOffice } from '../../tests/fixtures/office';
import { dispatch } from '../handlers';
import { saveOffice } from '../services/office';
import { addChild, addMemberships } from '../services/review/test-fixtures';

let t: Awaited<ReturnType<typeof createTestContext>>;
beforeEach(async () => (t = await createTestContext()));
afterEach(async () => t.close());

const period = { from: '2026-01-01', to: '2026-12-31' };

describe('review channels', () => {
  it('answer the report, the children behind a number, and the workbook', async () => {
    const office = await saveOffice(t.ctx.db, t.ctx.units, t.clock, legacyOffice);
    const id = await addChild(t.ctx.db, office.id, { fullName: 'Lý Thị Ngọc' });
    await addMemberships(t.ctx.db, office.id, id, [{ code: 'g', start: '2026-03-01' }]);

    expect(await dispatch(t.ctx, 'register.review', period)).toMatchObject({
      ok: true,
      data: { total: { start: 0, increases: 1, end: 1 }, byUnit: [{ key: 'w:11311', label: 'Phường Máy Tơ' }] },
    });
    expect(
      await dispatch(t.ctx, 'register.reviewChildren', { ...period, dimension: 'unit', key: 'w:11311', measure: 'increases' }),
    ).toMatchObject({ ok: true, data: [{ id, fullName: 'Lý Thị Ngọc', groupCodes: ['g'] }] });
    expect(await dispatch(t.ctx, 'register.reviewExcel', period)).toMatchObject({
      ok: true,
      data: { fileName: 'bao-cao-ra-soat-bien-dong_2026-01-01_2026-12-31.xlsx' },
    });
  });

  it('refuse a period in the wrong order with the form’s message', async () => {
    expect(await dispatch(t.ctx, 'register.review', { from: '2026-05-01', to: '2026-04-30' })).toEqual({
      ok: false,
      error: { code: 'errors.invalidInput', details: [{ path: 'to', message: 'validation.periodOrder' }] },
    });
    expect(
      await dispatch(t.ctx, 'register.reviewChildren', { from: '01/05/2026', to: '2026-04-30', dimension: 'total', key: '', measure: 'end' }),
    ).toMatchObject({ ok: false, error: { code: 'errors.invalidInput' } });
  });

  it('need an office for the workbook (its header names it)', async () => {
    expect(await dispatch(t.ctx, 'register.reviewExcel', period)).toEqual({ ok: false, error: { code: 'errors.officeNotSetUp' } });
  });
});
