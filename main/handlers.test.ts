import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestContext } from '../tests/fixtures/context';
import { legacyOffice } from '../tests/fixtures/office';
import { dispatch } from './handlers';

let t: Awaited<ReturnType<typeof createTestContext>>;
beforeEach(async () => (t = await createTestContext()));
afterEach(async () => t.close());

describe('dispatch', () => {
  it('answers a known channel with ok and data', async () => {
    expect(await dispatch(t.ctx, 'app.info', undefined)).toEqual({
      ok: true,
      data: { version: '0.0.0-test', runtime: 'browser', unitsVersion: 'fixture-1' },
    });
  });

  it('refuses an unknown channel', async () => {
    expect(await dispatch(t.ctx, 'office.delete', undefined)).toEqual({ ok: false, error: { code: 'errors.unknownChannel' } });
    expect(await dispatch(t.ctx, { toString: () => 'app.info' }, undefined)).toMatchObject({ ok: false });
  });

  it('turns invalid input into field issues whose messages are i18n keys, and saves nothing', async () => {
    const answer = await dispatch(t.ctx, 'office.save', { ...legacyOffice, name: '   ', provinceCode: 'HP' });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'errors.invalidInput',
        details: expect.arrayContaining([
          { path: 'name', message: 'validation.required' },
          { path: 'provinceCode', message: 'validation.provinceRequired' },
        ]),
      },
    });
    expect(await dispatch(t.ctx, 'office.get', undefined)).toEqual({ ok: true, data: null });
  });

  it('trims text before saving', async () => {
    const answer = await dispatch(t.ctx, 'office.save', { ...legacyOffice, placeName: '  Ngô Quyền  ' });
    expect(answer).toMatchObject({ ok: true, data: { placeName: 'Ngô Quyền' } });
  });

  it('passes a domain refusal through with its code', async () => {
    const answer = await dispatch(t.ctx, 'office.save', { ...legacyOffice, area: { kind: 'communes', communeCodes: ['00004'] } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'errors.areaMismatch' } });
  });

  it('hides unexpected failures behind errors.internal and logs no message text', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await t.close();
    const answer = await dispatch(t.ctx, 'office.get', undefined);
    expect(answer).toEqual({ ok: false, error: { code: 'errors.internal' } });
    expect(JSON.stringify(log.mock.calls)).not.toMatch(/closed|database/i);
    log.mockRestore();
    t = await createTestContext();
  });

  it('remembers the language', async () => {
    expect(await dispatch(t.ctx, 'preferences.get', undefined)).toEqual({ ok: true, data: { language: 'vi' } });
    await dispatch(t.ctx, 'preferences.setLanguage', { language: 'en' });
    expect(await dispatch(t.ctx, 'preferences.get', undefined)).toEqual({ ok: true, data: { language: 'en' } });
    expect(await dispatch(t.ctx, 'preferences.setLanguage', { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'errors.invalidInput' } });
  });

  it('serves the unit lists', async () => {
    expect(await dispatch(t.ctx, 'units.legacyWards', { districtId: 'hai-phong/quan-ngo-quyen' })).toMatchObject({
      ok: true,
      data: expect.arrayContaining([expect.objectContaining({ name: 'Phường Lạc Viên', communeCodes: ['11329', '11359'] })]),
    });
    expect(await dispatch(t.ctx, 'units.communes', { provinceCode: '31' })).toMatchObject({ ok: true, data: { length: 3 } });
  });
});
