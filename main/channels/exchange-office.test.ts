import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExchangeOverview, ExportResult, ReceiptImportResult } from '../../shared/exchange';
import type { FileOutput } from '../../shared/register';
import { legacyOffice } from '../../tests/fixtures/office';
import { officeDataContext, type OfficeDataContext } from '../../tests/fixtures/office-data';
import { dispatch } from '../handlers';
import { readPackage } from '../services/exchange/file/package-file';
import { writeReceipt } from '../services/exchange/file/receipt-format';
import { saveOffice } from '../services/office';

const passphrase = 'Mật khẩu chung Hải Phòng 2026';
const settings = { officeCode: 'HP-NQ', includePersonalIds: false, includeGuardianPhones: true };
const q4 = { kind: 'quarter', year: 2026, number: 4 };

let t: OfficeDataContext;
beforeEach(async () => (t = await officeDataContext({ children: 15, seed: 61 })));
afterEach(() => t.close());

async function data<T>(channel: string, input: unknown): Promise<T> {
  const answer = await dispatch(t.ctx, channel, input);
  if (!answer.ok) throw new Error(`${channel} refused: ${JSON.stringify(answer.error)}`);
  return answer.data as T;
}

describe('exchange office channels', () => {
  it('set up, export, save the file again and import the province’s receipt, as the screens send them', async () => {
    expect(await data<ExchangeOverview>('exchange.overview', undefined)).toMatchObject({ suggestedOfficeCode: 'quan-ngo-quyen', nextSequence: 1 });
    expect((await data<ExchangeOverview>('exchange.saveSettings', settings)).settings).toEqual({ ...settings, passphraseSet: false });
    expect((await data<ExchangeOverview>('exchange.setPassphrase', { passphrase, repeat: passphrase })).settings.passphraseSet).toBe(true);

    const result = await data<ExportResult>('exchange.export', { period: q4, passphrase });
    expect(result.file).toMatchObject({ fileName: 'BTTE_HP-NQ_2026-Q4_so001.btte', mimeType: 'application/octet-stream' });
    const opened = await readPackage(Buffer.from(result.file.base64, 'base64'), passphrase);
    expect(opened.manifest).toMatchObject({ sequence: 1, includes: { personalIds: false, guardianPhones: true } });
    expect(await data<FileOutput>('exchange.exportFile', { id: result.export.id })).toEqual(result.file);

    const { receiptKey, office } = opened.manifest as { receiptKey: string; office: { id: string; code: string; name: string } };
    const receipt = writeReceipt(
      {
        officeId: office.id,
        officeCode: office.code,
        officeName: office.name,
        exportId: result.export.id,
        sequence: 1,
        packageSha256: result.export.packageSha256,
        rowCounts: result.export.rowCounts as Record<string, number>,
        receivedAt: '2026-11-23T02:00:00.000Z',
        writtenAt: '2026-11-23T02:01:00.000Z',
        receiver: legacyOffice.receiver,
      },
      receiptKey,
    );
    const imported = await data<ReceiptImportResult>('exchange.importReceipt', { fileName: 'BTTE_HP-NQ_so001_bien-nhan.btte-bn', base64: Buffer.from(receipt).toString('base64') });
    expect(imported).toMatchObject({ alreadyReceived: false, export: { receivedAt: '2026-11-23T02:00:00.000Z' } });
    expect((await data<ExchangeOverview>('exchange.overview', undefined)).exports).toMatchObject([{ sequence: 1, receivedAt: '2026-11-23T02:00:00.000Z', fileKept: false }]);
    // Received: the file is no longer kept to be saved again.
    expect(await dispatch(t.ctx, 'exchange.exportFile', { id: result.export.id })).toEqual({ ok: false, error: { code: 'errors.notFound' } });
  });

  it('answer invalid input with the fields at fault', async () => {
    expect(await dispatch(t.ctx, 'exchange.saveSettings', { ...settings, officeCode: 'Mã đơn vị' })).toEqual({
      ok: false,
      error: { code: 'errors.invalidInput', details: [{ path: 'officeCode', message: 'validation.officeCode' }] },
    });
    expect(await dispatch(t.ctx, 'exchange.setPassphrase', { passphrase: 'ngắn quá', repeat: 'ngắn quá' })).toEqual({
      ok: false,
      error: { code: 'errors.invalidInput', details: [{ path: 'passphrase', message: 'validation.passphraseShort' }] },
    });
    expect(await dispatch(t.ctx, 'exchange.setPassphrase', { passphrase, repeat: `${passphrase}!` })).toEqual({
      ok: false,
      error: { code: 'errors.invalidInput', details: [{ path: 'repeat', message: 'validation.passphraseRepeat' }] },
    });
    expect(await dispatch(t.ctx, 'exchange.export', { period: { kind: 'month', year: 2026, number: 13 }, passphrase })).toEqual({
      ok: false,
      error: { code: 'errors.invalidInput', details: [{ path: 'period.number', message: 'validation.periodNumber' }] },
    });
    expect(await dispatch(t.ctx, 'exchange.importReceipt', { fileName: '', base64: '' })).toMatchObject({ ok: false, error: { code: 'errors.invalidInput' } });
    expect(await dispatch(t.ctx, 'exchange.exportFile', { id: 'nothing-like-it' })).toEqual({ ok: false, error: { code: 'errors.notFound' } });
  });

  it('tell what an export still needs, and a mistyped passphrase on its field', async () => {
    expect(await dispatch(t.ctx, 'exchange.export', { period: q4, passphrase })).toEqual({ ok: false, error: { code: 'errors.officeCodeMissing' } });
    await data('exchange.saveSettings', settings);
    expect(await dispatch(t.ctx, 'exchange.export', { period: q4, passphrase })).toEqual({ ok: false, error: { code: 'errors.passphraseNotSet' } });
    await data('exchange.setPassphrase', { passphrase, repeat: passphrase });
    expect(await dispatch(t.ctx, 'exchange.export', { period: q4, passphrase: 'Mật khẩu chung Hải Phòng 2025' })).toEqual({
      ok: false,
      error: { code: 'errors.passphraseMismatch', details: [{ path: 'passphrase', message: 'errors.passphraseMismatch' }] },
    });
    expect(await dispatch(t.ctx, 'exchange.importReceipt', { fileName: 'x.btte-bn', base64: Buffer.from('{}').toString('base64') })).toEqual({
      ok: false,
      error: { code: 'errors.receiptUnreadable' },
    });
  });

  it('refuse every office channel in province mode', async () => {
    await saveOffice(t.ctx.db, t.ctx.units, t.clock, { ...legacyOffice, mode: 'province' });
    const calls: [string, unknown][] = [
      ['exchange.overview', undefined],
      ['exchange.saveSettings', settings],
      ['exchange.setPassphrase', { passphrase, repeat: passphrase }],
      ['exchange.export', { period: q4, passphrase }],
      ['exchange.exportFile', { id: 'any' }],
      ['exchange.importReceipt', { fileName: 'x.btte-bn', base64: Buffer.from('{}').toString('base64') }],
    ];
    for (const [channel, input] of calls) {
      expect(await dispatch(t.ctx, channel, input), channel).toEqual({ ok: false, error: { code: 'errors.officeModeOnly' } });
    }
    const settingsSaved = await t.ctx.db.selectFrom('app_setting').select('key').where('key', 'like', 'exchange.%').execute();
    expect(settingsSaved).toEqual([]);
  });
});
