import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPackage, officeA, passphrase, provinceContext, stage } from '../../../../tests/fixtures/exchange-packages';
import { applyImport } from './apply';
import { parseReceipt, receiptIsGenuine } from '../file/receipt-format';
import { receiptFile } from './receipt-write';
import { refusalOf, sha256Hex } from '../file/test-fixtures';

let t: Awaited<ReturnType<typeof provinceContext>>;
beforeEach(async () => (t = await provinceContext()));
afterEach(() => t.close());

const child = (id: string) => ({ id, office_id: officeA.id, full_name: 'Đặng Ngọc Ánh', sex: 'female', birth_date: '2013-08-08', status: 'active' });

describe('the receipt for an imported package', () => {
  it('names the package by its hash and counts, is signed with its receipt key, and says who received it when', async () => {
    const built = await buildPackage({ sequence: 12, tables: { child: [child('c1'), child('c2')], visit: [] } });
    const token = stage(t.ctx, built.bytes);
    const { imported } = await applyImport(t.ctx, { tokens: [token], passphrases: [passphrase], force: [] });
    t.clock.set('2026-11-25T03:30:00.000Z');
    const file = await receiptFile(t.ctx, imported[0]?.id ?? '');
    expect(file.fileName).toBe('BTTE_HP-NQ_so012_bien-nhan.btte-bn');
    const { body, mac } = parseReceipt(new Uint8Array(Buffer.from(file.base64, 'base64')));
    expect(body).toEqual({
      officeId: officeA.id,
      officeCode: 'HP-NQ',
      officeName: officeA.name,
      exportId: built.manifest.exportId,
      sequence: 12,
      packageSha256: sha256Hex(built.bytes),
      rowCounts: { child: 2, visit: 0 },
      receivedAt: '2026-11-22T08:00:00.000Z',
      writtenAt: '2026-11-25T03:30:00.000Z',
      receiver: t.officeName,
    });
    expect(receiptIsGenuine(body, mac, built.manifest.receiptKey)).toBe(true);
    expect(receiptIsGenuine({ ...body, sequence: 13 }, mac, built.manifest.receiptKey)).toBe(false);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['entity', 'entity_id']).where('entity', '=', 'exchange_receipt_write').execute();
    expect(audit).toEqual([{ entity: 'exchange_receipt_write', entity_id: imported[0]?.id }]);
  });

  it('counts only the registry’s tables, so that a newer version’s table, whatever its name, cannot make the receipt unreadable', async () => {
    const newer = Object.fromEntries([
      ['sponsor_visit', { columns: ['id'], lines: ['{"id":"s1"}'] }],
      ['__proto__', { columns: ['id'], lines: ['{"id":"p1"}'] }],
    ]);
    const built = await buildPackage({ tables: { child: [child('c1')] }, rawTables: newer });
    const { imported } = await applyImport(t.ctx, { tokens: [stage(t.ctx, built.bytes)], passphrases: [passphrase], force: [] });
    const file = await receiptFile(t.ctx, imported[0]?.id ?? '');
    const { body } = parseReceipt(new Uint8Array(Buffer.from(file.base64, 'base64')));
    expect(Object.entries(body.rowCounts)).toEqual([['child', 1]]);
  });

  it('refuses an import it does not know', async () => {
    expect(await refusalOf(() => receiptFile(t.ctx, 'no-such-import'))).toBe('errors.notFound');
  });
});
