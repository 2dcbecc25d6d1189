import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modelsContext, type ModelsContext } from '../../tests/fixtures/models';
import { dispatch } from '../handlers';

let t: ModelsContext;
beforeEach(async () => (t = await modelsContext()));
afterEach(() => t.close());

const point = { unitId: '11311', year: 2026, name: 'Điểm giữ trẻ Tổ 5', location: '', childrenEnrolled: 25, daysOpen: 45, costPerChildDay: 15_000, carers: 2, carerPayPerDay: 100_000, note: '' };
const scores = Array.from({ length: 13 }, () => 66);

describe('model assessment channels: refusals land on the field the user must fix', () => {
  it('a daily rate above 10.000.000 đ', async () => {
    expect(await dispatch(t.ctx, 'models.createFloodPoint', { ...point, costPerChildDay: 12_000_000 })).toEqual({
      ok: false,
      error: { code: 'errors.invalidInput', details: [{ path: 'costPerChildDay', message: 'validation.dailyRateTooHigh' }] },
    });
  });

  it('an assessment date outside the year', async () => {
    const score = { unitId: '11311', year: 2026, communeClass: 'other', assessedOn: '2025-11-01', scores, note: '' };
    expect(await dispatch(t.ctx, 'models.saveChildFriendlyScore', score)).toEqual({
      ok: false,
      error: { code: 'errors.invalidInput', details: [{ path: 'assessedOn', message: 'validation.dateInYear' }] },
    });
  });

  it('a commune outside the area', async () => {
    expect(await dispatch(t.ctx, 'models.createFloodPoint', { ...point, unitId: '00004' })).toEqual({
      ok: false,
      error: { code: 'errors.invalidInput', details: [{ path: 'unitId', message: 'validation.unitOutsideArea' }] },
    });
  });
});
