import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPackage, officeA, passphrase, provinceContext } from '../../tests/fixtures/exchange-packages';
import { createTestContext } from '../../tests/fixtures/context';
import { legacyOffice } from '../../tests/fixtures/office';
import type { ApplyResult, DryRun, ImportLogRow, SourceOffice, StagedPackage } from '../../shared/exchange';
import type { FileOutput } from '../../shared/register';
import { dispatch } from '../handlers';
import { saveOffice } from '../services/office';
import { parseReceipt, receiptIsGenuine } from '../services/exchange/file/receipt-format';
import { sha256Hex } from '../services/exchange/file/test-fixtures';

let t: Awaited<ReturnType<typeof provinceContext>>;
beforeEach(async () => (t = await provinceContext()));
afterEach(() => t.close());

async function data<T>(channel: string, input: unknown): Promise<T> {
  const answer = await dispatch(t.ctx, channel, input);
  if (!answer.ok) throw new Error(`${channel} refused: ${JSON.stringify(answer.error)}`);
  return answer.data as T;
}

const child = (id: string) => ({ id, office_id: officeA.id, full_name: 'Lý Gia Bảo', sex: 'male', birth_date: '2012-12-12', status: 'active' });
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('province import channels', () => {
  it('stage, look at the summary, dry run, apply, then list the offices and the log and write a receipt', async () => {
    const built = await buildPackage({ sequence: 2, tables: { child: [child('c1'), child('c2')] } });
    const staged = await data<StagedPackage>('exchange.stage', { fileName: 'BTTE_HP-NQ_2026-10_so002.btte', base64: base64(built.bytes) });
    expect(staged).toEqual({ token: expect.any(String), fileName: 'BTTE_HP-NQ_2026-10_so002.btte', sizeBytes: built.bytes.length, sha256: sha256Hex(built.bytes) });

    const summary = await data<FileOutput>('exchange.stagedSummary', { token: staged.token, passphrases: [passphrase] });
    expect(summary.fileName).toBe('BTTE_HP-NQ_2026-10_so002_tom-tat.xlsx');
    expect(Buffer.from(summary.base64, 'base64')).toEqual(Buffer.from(built.summary));

    const batch = { tokens: [staged.token], passphrases: ['mật khẩu khác hẳn', passphrase] };
    const dry = await data<DryRun>('exchange.dryRun', batch);
    expect(dry.canApply).toBe(true);
    expect(dry.packages[0]?.tables).toEqual([{ table: 'child', new: 2, changed: 0, unchanged: 0, gone: 0 }]);

    const applied = await data<ApplyResult>('exchange.apply', batch);
    expect(applied.imported.map((row) => row.tables)).toEqual([dry.packages[0]?.tables]);
    expect((await data<SourceOffice[]>('exchange.sources', undefined)).map((source) => [source.office.code, source.children])).toEqual([['HP-NQ', 2]]);
    const log = await data<ImportLogRow[]>('exchange.imports', undefined);
    expect(log).toEqual(applied.imported);

    const receipt = await data<FileOutput>('exchange.receipt', { id: log[0]?.id });
    expect(receipt.fileName).toBe('BTTE_HP-NQ_so002_bien-nhan.btte-bn');
    const { body, mac } = parseReceipt(new Uint8Array(Buffer.from(receipt.base64, 'base64')));
    expect(receiptIsGenuine(body, mac, built.manifest.receiptKey)).toBe(true);

    // Applied files leave the staging.
    expect(await dispatch(t.ctx, 'exchange.dryRun', batch)).toEqual({ ok: false, error: { code: 'errors.stagedFileMissing' } });
  });

  it('refuses base64 that is not, and a batch with something blocking', async () => {
    for (const bad of ['QUJD*', 'QUJ', 'QUJDRA', 'QUJD RA==', 'QUJDRA=']) {
      expect(await dispatch(t.ctx, 'exchange.stage', { fileName: 'goi.btte', base64: bad })).toEqual({
        ok: false,
        error: { code: 'errors.invalidInput', details: [{ path: 'base64', message: 'validation.invalid' }] },
      });
    }
    const staged = await data<StagedPackage>('exchange.stage', { fileName: 'goi.btte', base64: base64(new Uint8Array(Buffer.from('not a package'))) });
    const batch = { tokens: [staged.token], passphrases: [passphrase] };
    expect((await data<DryRun>('exchange.dryRun', batch)).packages[0]?.problems).toEqual([{ code: 'unreadable', blocking: true }]);
    expect(await dispatch(t.ctx, 'exchange.apply', batch)).toEqual({ ok: false, error: { code: 'errors.importBlocked' } });
    expect(await dispatch(t.ctx, 'exchange.stagedSummary', { token: staged.token, passphrases: [passphrase] })).toEqual({
      ok: false,
      error: { code: 'errors.packageUnreadable' },
    });
    expect(await dispatch(t.ctx, 'exchange.stagedSummary', { token: staged.token, passphrases: [] })).toMatchObject({ ok: false, error: { code: 'errors.invalidInput' } });
    expect(await data<{ removed: boolean }>('exchange.unstage', { token: staged.token })).toEqual({ removed: true });
    expect(await data<{ removed: boolean }>('exchange.unstage', { token: staged.token })).toEqual({ removed: false });
    expect(await dispatch(t.ctx, 'exchange.receipt', { id: 'no-such-import' })).toEqual({ ok: false, error: { code: 'errors.notFound' } });
  });

  it('refuses a file past the staging’s limits, keeping those picked before', async () => {
    const tokens: string[] = [];
    for (let n = 0; n < 200; n++) tokens.push((await data<StagedPackage>('exchange.stage', { fileName: `goi-${n}.btte`, base64: 'QUJD' })).token);
    expect(await dispatch(t.ctx, 'exchange.stage', { fileName: 'goi-201.btte', base64: 'QUJD' })).toEqual({ ok: false, error: { code: 'errors.stagingFull' } });
    expect(await data<{ removed: boolean }>('exchange.unstage', { token: tokens[0] })).toEqual({ removed: true });
    expect(await data<{ removed: boolean }>('exchange.unstage', { token: tokens[199] })).toEqual({ removed: true });
  });

  it('drops an office’s data and answers with the offices left; an unknown office is refused', async () => {
    const built = await buildPackage({ sequence: 2, tables: { child: [child('c1')] } });
    const staged = await data<StagedPackage>('exchange.stage', { fileName: 'goi.btte', base64: base64(built.bytes) });
    await data<ApplyResult>('exchange.apply', { tokens: [staged.token], passphrases: [passphrase] });

    expect(await dispatch(t.ctx, 'exchange.removeSource', { officeId: 'no-such-office' })).toEqual({ ok: false, error: { code: 'errors.notFound' } });
    expect(await dispatch(t.ctx, 'exchange.removeSource', { officeId: '' })).toMatchObject({ ok: false, error: { code: 'errors.invalidInput' } });
    expect(await data<SourceOffice[]>('exchange.sources', undefined)).toHaveLength(1);
    expect(await data<SourceOffice[]>('exchange.removeSource', { officeId: officeA.id })).toEqual([]);
    expect(await data<SourceOffice[]>('exchange.sources', undefined)).toEqual([]);
    expect(await data<ImportLogRow[]>('exchange.imports', undefined)).toHaveLength(1);
  });

  it('refuses every province channel in office mode', async () => {
    const office = await createTestContext();
    try {
      await saveOffice(office.ctx.db, office.ctx.units, office.clock, legacyOffice);
      const inputs: Record<string, unknown> = {
        'exchange.stage': { fileName: 'goi.btte', base64: 'QUJD' },
        'exchange.unstage': { token: 'x' },
        'exchange.dryRun': { tokens: ['x'], passphrases: [passphrase] },
        'exchange.apply': { tokens: ['x'], passphrases: [passphrase] },
        'exchange.stagedSummary': { token: 'x', passphrases: [passphrase] },
        'exchange.sources': undefined,
        'exchange.imports': undefined,
        'exchange.receipt': { id: 'x' },
        'exchange.removeSource': { officeId: officeA.id },
      };
      for (const [channel, input] of Object.entries(inputs)) {
        expect(await dispatch(office.ctx, channel, input)).toEqual({ ok: false, error: { code: 'errors.provinceModeOnly' } });
      }
    } finally {
      await office.close();
    }
  });
});
