import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../../../shared/exchange';
import { legacyOffice } from '../../../../tests/fixtures/office';
import { officeDataContext, type OfficeDataContext } from '../../../../tests/fixtures/office-data';
import { saveOffice } from '../../office';
import { exportPackage } from './export';
import { exchangeOverview, exportFile } from './export-log';
import { importReceipt } from './receipt-import';
import { writeReceipt, type ReceiptBody } from '../file/receipt-format';
import { saveExchangeSettings, setPassphrase } from './settings';
import { refusalOf } from '../file/test-fixtures';

const passphrase = 'Mật khẩu chung Hải Phòng 2026';
let t: OfficeDataContext;
let sent: ExportResult;
let receiptKey: string;

beforeAll(async () => {
  t = await officeDataContext({ children: 25, seed: 51 });
  await saveExchangeSettings(t.ctx.db, t.clock, { officeCode: 'HP-NQ', includePersonalIds: false, includeGuardianPhones: false });
  await setPassphrase(t.ctx.db, t.clock, passphrase);
  // Two exports, so that a receipt for one cannot mark the other.
  await exportPackage(t.ctx, { period: { kind: 'month', year: 2026, number: 10 }, passphrase });
  sent = await exportPackage(t.ctx, { period: { kind: 'quarter', year: 2026, number: 4 }, passphrase });
  receiptKey = (await t.ctx.db.selectFrom('exchange_export').select('receipt_key').where('id', '=', sent.export.id).executeTakeFirstOrThrow()).receipt_key;
});
afterAll(() => t.close());

// Each test starts from an export not yet received, its file kept.
beforeEach(async () => {
  await t.ctx.db.updateTable('exchange_export').set({ received_at: null, receipt_imported_at: null }).execute();
  await t.ctx.db.updateTable('exchange_export').set({ package_file: Buffer.from(sent.file.base64, 'base64') }).where('id', '=', sent.export.id).execute();
  t.clock.set('2026-11-26T01:00:00.000Z');
});

function body(changes: Partial<ReceiptBody> = {}): ReceiptBody {
  return {
    officeId: t.data.officeId,
    officeCode: 'HP-NQ',
    officeName: legacyOffice.name,
    exportId: sent.export.id,
    sequence: sent.export.sequence,
    packageSha256: sent.export.packageSha256,
    rowCounts: { ...sent.export.rowCounts } as Record<string, number>,
    receivedAt: '2026-11-25T02:30:00.000Z',
    writtenAt: '2026-11-25T02:31:00.000Z',
    receiver: 'Sở Y tế thành phố Hải Phòng',
    ...changes,
  };
}

const file = (bytes: Uint8Array) => ({ fileName: 'BTTE_HP-NQ_so002_bien-nhan.btte-bn', base64: Buffer.from(bytes).toString('base64') });
const genuine = (changes: Partial<ReceiptBody> = {}) => file(writeReceipt(body(changes), receiptKey));

async function state() {
  return {
    exports: await t.ctx.db.selectFrom('exchange_export').selectAll().orderBy('sequence').execute(),
    audit: await t.ctx.db.selectFrom('audit_log').select('id').execute(),
  };
}

describe('importReceipt', () => {
  it('marks the export received, at the time the province says, imported now, with an audit row', async () => {
    const result = await importReceipt(t.ctx, genuine());
    expect(result.alreadyReceived).toBe(false);
    expect(result.export).toMatchObject({ id: sent.export.id, sequence: 2, receivedAt: '2026-11-25T02:30:00.000Z', receiptImportedAt: '2026-11-26T01:00:00.000Z' });
    const rows = (await state()).exports;
    expect(rows.map((row) => row.received_at)).toEqual([null, '2026-11-25T02:30:00.000Z']);
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity', '=', 'exchange_receipt_import').execute();
    expect(audit.at(-1)).toMatchObject({ action: 'update', entity_id: sent.export.id, office_id: t.data.officeId });
  });

  it('drops the kept file once received: the log keeps its name and hash, the file can no longer be saved again', async () => {
    expect(sent.export.fileKept).toBe(true);
    expect((await exportFile(t.ctx, sent.export.id)).base64).toBe(sent.file.base64);
    const result = await importReceipt(t.ctx, genuine());
    expect(result.export).toMatchObject({ fileKept: false, fileName: sent.export.fileName, packageSha256: sent.export.packageSha256 });
    const row = await t.ctx.db.selectFrom('exchange_export').select('package_file').where('id', '=', sent.export.id).executeTakeFirstOrThrow();
    expect(row.package_file).toHaveLength(0);
    expect(await refusalOf(() => exportFile(t.ctx, sent.export.id))).toBe('errors.notFound');
    // The other export, not received, keeps its file.
    const other = (await exchangeOverview(t.ctx)).exports.find((e) => e.id !== sent.export.id);
    expect(other).toMatchObject({ fileKept: true, receivedAt: null });
    expect((await exportFile(t.ctx, other?.id ?? '')).fileName).toBe(other?.fileName);
  });

  it('takes a genuine receipt whatever the order of its members (the MAC is over what it says, not its layout)', async () => {
    const written = JSON.parse(Buffer.from(writeReceipt(body(), receiptKey)).toString('utf8')) as { receipt: ReceiptBody; mac: string };
    const reversed = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).reverse()) as T;
    const relaid = { mac: written.mac, receipt: reversed({ ...written.receipt, rowCounts: reversed(written.receipt.rowCounts) }), formatVersion: 1, format: 'bao-tro-exchange-receipt' };
    expect(Object.keys(relaid.receipt.rowCounts)[0]).toBe('flood_point');
    const result = await importReceipt(t.ctx, file(Buffer.from(JSON.stringify(relaid))));
    expect(result.export).toMatchObject({ id: sent.export.id, receivedAt: '2026-11-25T02:30:00.000Z' });
  });

  it('changes nothing the second time, even with another genuine receipt for it', async () => {
    await importReceipt(t.ctx, genuine());
    const before = await state();
    t.clock.set('2026-11-27T01:00:00.000Z');
    const again = await importReceipt(t.ctx, genuine());
    expect(again.alreadyReceived).toBe(true);
    expect(again.export.receiptImportedAt).toBe('2026-11-26T01:00:00.000Z');
    expect((await importReceipt(t.ctx, genuine({ receivedAt: '2026-11-27T00:00:00.000Z' }))).alreadyReceived).toBe(true);
    expect(await state()).toEqual(before);
  });

  describe('refuses, and changes nothing', () => {
    async function refused(input: { fileName: string; base64: string }): Promise<string> {
      const before = await state();
      const code = await refusalOf(() => importReceipt(t.ctx, input));
      expect(await state()).toEqual(before);
      return code;
    }

    it('a receipt whose body was changed after it was signed', async () => {
      const signed = JSON.parse(Buffer.from(writeReceipt(body(), receiptKey)).toString('utf8')) as { receipt: ReceiptBody };
      signed.receipt.receivedAt = '2026-10-01T00:00:00.000Z';
      expect(await refused(file(Buffer.from(JSON.stringify(signed))))).toBe('errors.receiptNotGenuine');
    });

    it('a receipt signed with another key (not from this package)', async () => {
      expect(await refused(file(writeReceipt(body(), randomBytes(32).toString('hex'))))).toBe('errors.receiptNotGenuine');
    });

    it('a receipt naming a file other than the one sent, or another sequence', async () => {
      expect(await refused(genuine({ packageSha256: 'a'.repeat(64) }))).toBe('errors.receiptNotGenuine');
      expect(await refused(genuine({ sequence: 1 }))).toBe('errors.receiptNotGenuine');
    });

    it('a receipt for an export not in the log', async () => {
      expect(await refused(genuine({ exportId: '019a0000-0000-7000-8000-0000000000ff' }))).toBe('errors.receiptUnknownExport');
    });

    it('a receipt for another office', async () => {
      expect(await refused(genuine({ officeId: '019a0000-0000-7000-8000-00000000000b' }))).toBe('errors.receiptOtherOffice');
    });

    it('a file that is not a receipt: the package itself, random bytes, other JSON', async () => {
      expect(await refused({ fileName: sent.file.fileName, base64: sent.file.base64 })).toBe('errors.receiptUnreadable');
      expect(await refused(file(randomBytes(500)))).toBe('errors.receiptUnreadable');
      expect(await refused(file(Buffer.from(JSON.stringify({ format: 'bao-tro-exchange-receipt', formatVersion: 2, receipt: body(), mac: '0'.repeat(64) }))))).toBe(
        'errors.receiptUnreadable',
      );
    });

    it('in province mode', async () => {
      const province = await officeDataContext({ children: 1, seed: 52 });
      await saveOffice(province.ctx.db, province.ctx.units, province.clock, { ...legacyOffice, mode: 'province' });
      expect(await refusalOf(() => importReceipt(province.ctx, genuine()))).toBe('errors.officeModeOnly');
      province.close();
    });
  });
});
