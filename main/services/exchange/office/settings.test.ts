import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exchangeSettingsSchema } from '../../../../shared/schemas/exchange';
import { createTestContext } from '../../../../tests/fixtures/context';
import { legacyOffice } from '../../../../tests/fixtures/office';
import { saveOffice } from '../../office';
import {
  exchangeSettingKeys,
  passphraseMatches,
  readPassphraseCheck,
  readSettings,
  requirePassphrase,
  saveExchangeSettings,
  setPassphrase,
  suggestedOfficeCode,
} from './settings';
import { refusalOf } from '../file/test-fixtures';

type Context = Awaited<ReturnType<typeof createTestContext>>;
let t: Context;
beforeEach(async () => {
  t = await createTestContext();
  await saveOffice(t.ctx.db, t.ctx.units, t.clock, legacyOffice);
});
afterEach(() => t.close());

const passphrase = 'Trao đổi số liệu quý IV';
const settingRows = () => t.ctx.db.selectFrom('app_setting').selectAll().orderBy('key').execute();

describe('exchange settings', () => {
  it('start empty: no code, nothing personal included, no passphrase', async () => {
    expect(await readSettings(t.ctx.db)).toEqual({ officeCode: '', includePersonalIds: false, includeGuardianPhones: false, passphraseSet: false });
  });

  it('save and read back the code and what is included, with an audit row', async () => {
    await saveExchangeSettings(t.ctx.db, t.clock, { officeCode: ' HP-NQ ', includePersonalIds: true, includeGuardianPhones: false });
    expect(await readSettings(t.ctx.db)).toEqual({ officeCode: 'HP-NQ', includePersonalIds: true, includeGuardianPhones: false, passphraseSet: false });
    await saveExchangeSettings(t.ctx.db, t.clock, { officeCode: 'NQ.01', includePersonalIds: false, includeGuardianPhones: true });
    expect(await readSettings(t.ctx.db)).toMatchObject({ officeCode: 'NQ.01', includePersonalIds: false, includeGuardianPhones: true });
    expect(await settingRows()).toEqual(
      expect.arrayContaining([
        { key: exchangeSettingKeys.includePersonalIds, value: '0' },
        { key: exchangeSettingKeys.includeGuardianPhones, value: '1' },
      ]),
    );
    const audit = await t.ctx.db.selectFrom('audit_log').select(['entity', 'action']).where('entity', '=', 'exchange_settings').execute();
    expect(audit).toHaveLength(2);
  });

  it('keep a check of the passphrase, never the passphrase itself', async () => {
    await setPassphrase(t.ctx.db, t.clock, passphrase);
    expect(await readSettings(t.ctx.db)).toMatchObject({ passphraseSet: true });
    const stored = JSON.stringify(await settingRows());
    expect(stored).not.toContain(passphrase);
    expect(stored).not.toContain('quý IV');
    const check = await readPassphraseCheck(t.ctx.db);
    expect(check).toMatchObject({ kdf: { name: 'scrypt', N: 2 ** 15, r: 8, p: 1 } });
    expect(Buffer.from(check?.verifier ?? '', 'base64')).toHaveLength(16);
    if (!check) throw new Error('no check');
    expect(await passphraseMatches(check, passphrase)).toBe(true);
    // Unicode NFC: the same letters typed decomposed still match.
    expect(await passphraseMatches(check, passphrase.normalize('NFD'))).toBe(true);
    expect(await passphraseMatches(check, 'Trao đổi số liệu quý III')).toBe(false);
  });

  it('replace the check when the passphrase changes: the old one no longer matches', async () => {
    await setPassphrase(t.ctx.db, t.clock, passphrase);
    await setPassphrase(t.ctx.db, t.clock, 'Mật khẩu mới năm 2027');
    await expect(requirePassphrase(t.ctx.db, 'Mật khẩu mới năm 2027')).resolves.toBeUndefined();
    await expect(requirePassphrase(t.ctx.db, passphrase)).rejects.toMatchObject({
      code: 'errors.passphraseMismatch',
      details: [{ path: 'passphrase', message: 'errors.passphraseMismatch' }],
    });
  });

  it('refuse a passphrase under 12 characters, and tell an unset passphrase from a wrong one', async () => {
    await expect(setPassphrase(t.ctx.db, t.clock, 'ngắn quá')).rejects.toMatchObject({ code: 'errors.invalidInput', details: [{ path: 'passphrase', message: 'validation.passphraseShort' }] });
    expect(await readSettings(t.ctx.db)).toMatchObject({ passphraseSet: false });
    expect(await refusalOf(() => requirePassphrase(t.ctx.db, passphrase))).toBe('errors.passphraseNotSet');
  });

  it('treat a damaged check as no passphrase set', async () => {
    await t.ctx.db.insertInto('app_setting').values({ key: exchangeSettingKeys.passphraseCheck, value: '{not json' }).execute();
    expect(await readSettings(t.ctx.db)).toMatchObject({ passphraseSet: false });
    expect(await refusalOf(() => requirePassphrase(t.ctx.db, passphrase))).toBe('errors.passphraseNotSet');
  });

  it('refuse to change anything in province mode', async () => {
    await saveOffice(t.ctx.db, t.ctx.units, t.clock, { ...legacyOffice, mode: 'province' });
    const before = await settingRows();
    expect(await refusalOf(() => saveExchangeSettings(t.ctx.db, t.clock, { officeCode: 'X', includePersonalIds: true, includeGuardianPhones: true }))).toBe('errors.officeModeOnly');
    expect(await refusalOf(() => setPassphrase(t.ctx.db, t.clock, passphrase))).toBe('errors.officeModeOnly');
    expect(await settingRows()).toEqual(before);
  });
});

describe('suggestedOfficeCode', () => {
  const valid = (code: string) => exchangeSettingsSchema.safeParse({ officeCode: code, includePersonalIds: false, includeGuardianPhones: false }).success;

  it('takes a legacy district’s readable id', () => {
    expect(suggestedOfficeCode(legacyOffice)).toBe('quan-ngo-quyen');
  });

  it('cuts a long district id to 20 characters without a dangling hyphen', () => {
    const code = suggestedOfficeCode({ provinceCode: '56', area: { kind: 'legacyDistrict', districtId: 'ninh-thuan/thanh-pho-phan-rang-thap-cham', wardIds: ['1'] } });
    expect(code).toBe('thanh-pho-phan-rang');
    expect(valid(code)).toBe(true);
  });

  it('takes the first commune code of a communes office', () => {
    expect(suggestedOfficeCode({ provinceCode: '31', area: { kind: 'communes', communeCodes: ['11359', '11311', '11329'] } })).toBe('11311');
  });

  it('falls back to the province code when nothing usable is left', () => {
    expect(suggestedOfficeCode({ provinceCode: '31', area: { kind: 'legacyDistrict', districtId: 'x/---', wardIds: ['1'] } })).toBe('31');
  });

  it('always gives a code the settings form accepts, for every legacy district of the unit data', async () => {
    const { readFileSync } = await import('node:fs');
    const data = JSON.parse(readFileSync('resources/units/units.json', 'utf8')) as { legacyDistricts: { id: string; provinceCode: string }[] };
    const codes = data.legacyDistricts.map((d) => suggestedOfficeCode({ provinceCode: d.provinceCode, area: { kind: 'legacyDistrict', districtId: d.id, wardIds: ['1'] } }));
    expect(codes.filter((code) => !valid(code))).toEqual([]);
  });
});
