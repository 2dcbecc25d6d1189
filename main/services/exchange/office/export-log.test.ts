import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { legacyOffice } from '../../../../tests/fixtures/office';
import { officeDataContext, type OfficeDataContext } from '../../../../tests/fixtures/office-data';
import { saveOffice } from '../../office';
import { exportPackage } from './export';
import { exchangeOverview, exportFile } from './export-log';
import { saveExchangeSettings, setPassphrase } from './settings';
import { refusalOf } from '../file/test-fixtures';

const passphrase = 'Mật khẩu chung Hải Phòng 2026';
let t: OfficeDataContext;
beforeEach(async () => (t = await officeDataContext({ children: 30, seed: 41 })));
afterEach(() => t.close());

describe('exchangeOverview', () => {
  it('before any export: the settings as saved, the code the area suggests, sequence 1 next', async () => {
    expect(await exchangeOverview(t.ctx)).toEqual({
      settings: { officeCode: '', includePersonalIds: false, includeGuardianPhones: false, passphraseSet: false },
      suggestedOfficeCode: 'quan-ngo-quyen',
      nextSequence: 1,
      exports: [],
    });
  });

  it('lists exports newest first, each with what replaced what, its counts, size and hash', async () => {
    await saveExchangeSettings(t.ctx.db, t.clock, { officeCode: 'HP-NQ', includePersonalIds: true, includeGuardianPhones: false });
    await setPassphrase(t.ctx.db, t.clock, passphrase);
    const first = await exportPackage(t.ctx, { period: { kind: 'half', year: 2026, number: 2 }, passphrase });
    t.clock.set('2026-11-25T03:00:00.000Z');
    const second = await exportPackage(t.ctx, { period: { kind: 'half', year: 2026, number: 2 }, passphrase });
    const overview = await exchangeOverview(t.ctx);
    expect(overview.nextSequence).toBe(3);
    expect(overview.settings).toEqual({ officeCode: 'HP-NQ', includePersonalIds: true, includeGuardianPhones: false, passphraseSet: true });
    expect(overview.exports).toEqual([second.export, first.export]);
    expect(overview.exports[0]).toMatchObject({
      sequence: 2,
      period: { kind: 'half', year: 2026, number: 2 },
      periodKey: '2026-H2',
      createdAt: '2026-11-25T03:00:00.000Z',
      fileName: 'BTTE_HP-NQ_2026-H2_so002.btte',
      replacesSequence: 1,
      includePersonalIds: true,
      includeGuardianPhones: false,
      receivedAt: null,
      receiptImportedAt: null,
      sizeBytes: Buffer.from(second.file.base64, 'base64').length,
    });
    expect(overview.exports[0]?.rowCounts).toMatchObject({ child: 30, circumstance_option: 16 });
    expect(overview.exports[1]?.replacesSequence).toBeNull();
  });

  it('refuses in province mode', async () => {
    await saveOffice(t.ctx.db, t.ctx.units, t.clock, { ...legacyOffice, mode: 'province' });
    expect(await refusalOf(() => exchangeOverview(t.ctx))).toBe('errors.officeModeOnly');
  });
});

describe('exportFile', () => {
  it('gives the very bytes the export gave, under the same name', async () => {
    await saveExchangeSettings(t.ctx.db, t.clock, { officeCode: 'HP-NQ', includePersonalIds: false, includeGuardianPhones: false });
    await setPassphrase(t.ctx.db, t.clock, passphrase);
    const result = await exportPackage(t.ctx, { period: { kind: 'year', year: 2026, number: 1 }, passphrase });
    // Later changes to the register do not change a file already sent.
    t.ctx.sqlite.prepare(`update child set village = 'Thôn Mới'`).run();
    expect(await exportFile(t.ctx, result.export.id)).toEqual(result.file);
    expect(result.file.fileName).toBe('BTTE_HP-NQ_2026_so001.btte');
  });

  it('refuses an id it does not hold, and province mode', async () => {
    expect(await refusalOf(() => exportFile(t.ctx, 'no-such-export'))).toBe('errors.notFound');
    await saveOffice(t.ctx.db, t.ctx.units, t.clock, { ...legacyOffice, mode: 'province' });
    expect(await refusalOf(() => exportFile(t.ctx, 'no-such-export'))).toBe('errors.officeModeOnly');
  });
});
