import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { buildPackage, makePackage, officeA, passphrase, rowOf, testKey } from '../../../../tests/fixtures/exchange-packages';
import { deriveWritingKey, sealPlaintext } from '../file/package-file';
import { writeReceipt } from '../file/receipt-format';
import { maxScryptWork, newKeyCache, openProvincePackage, provinceReadLimits, type ProvincePackage } from './province-open';
import { exchangeTables } from '../tables';
import { flipByte, handMadeInner } from '../file/test-fixtures';

const child = (id: string, name = 'Nguyễn Thị Lan') => ({ id, office_id: officeA.id, full_name: name, sex: 'female', birth_date: '2015-03-04' });
const guardian = (id: string, childId: string) => ({ id, office_id: officeA.id, child_id: childId, full_name: 'Trần Thị Hoa', relation: 'Mẹ', lives_with_child: 1, sort_order: 0 });

const open = (bytes: Uint8Array, passphrases = [passphrase]) => openProvincePackage(bytes, passphrases, newKeyCache());
const codes = (opened: ProvincePackage) => opened.problems.map((problem) => problem.code);
const line = (table: 'child' | 'guardian', values: Record<string, unknown>) => JSON.stringify(rowOf(table, values as never));

describe('opening a package at the province', () => {
  it('gives the manifest and each table’s lines as sent, with their row keys, in the registry’s order', async () => {
    const built = await buildPackage({ tables: { guardian: [guardian('g1', 'c1')], child: [child('c1'), child('c2', 'Lê Văn Nam')] } });
    const opened = await open(built.bytes);
    expect(opened.problems).toEqual([]);
    expect(opened.manifest).toEqual(built.manifest);
    expect(opened.tables.map((table) => table.table)).toEqual(['child', 'guardian']);
    expect(opened.tables[0]?.keys).toEqual(['c1', 'c2']);
    expect(opened.tables[0]?.lines[1]).toBe(JSON.stringify(rowOf('child', child('c2', 'Lê Văn Nam'))));
    expect(Object.keys(JSON.parse(opened.tables[1]?.lines[0] ?? '{}') as object)).toEqual(exchangeTables.guardian.columns);
  });

  it('tries the passphrases in turn, one scrypt run each per salt, and stops at the first that fits', async () => {
    const bytes = await makePackage({ tables: { child: [child('c1')] } });
    const keys = newKeyCache();
    const tried = ['mật khẩu năm ngoái 2025', passphrase, 'mật khẩu chưa cần thử'];
    expect((await openProvincePackage(bytes, tried, keys)).problems).toEqual([]);
    expect(keys.size).toBe(2);
    // A second file under the same salt costs no scrypt run.
    const again = await makePackage({ tables: { child: [child('c2')] }, sequence: 2 });
    expect((await openProvincePackage(again, tried, keys)).manifest?.sequence).toBe(2);
    expect(keys.size).toBe(2);
  });

  it('turns the file’s refusals into problems that block', async () => {
    const bytes = await makePackage({ tables: { child: [child('c1')] } });
    expect((await open(bytes, ['không phải mật khẩu này'])).problems).toEqual([{ code: 'wrongPassphrase', blocking: true }]);
    expect(codes(await open(new Uint8Array(Buffer.from('Bảng tính, không phải gói'))))).toEqual(['unreadable']);
    expect(codes(await open(flipByte(bytes, bytes.length - 40)))).toEqual(['corrupted']);
    const newer = Buffer.from(bytes).toString('latin1').replace('"formatVersion":1', '"formatVersion":2');
    expect(codes(await open(new Uint8Array(Buffer.from(newer, 'latin1'))))).toEqual(['unknownVersion']);
    expect(codes(await open(await makePackage({ kind: 'receipt' })))).toEqual(['notAPackage']);
  });

  it('tells a receipt picked by mistake as one (notAPackage), not as an unreadable file', async () => {
    const receipt = writeReceipt(
      {
        officeId: officeA.id,
        officeCode: officeA.code,
        officeName: officeA.name,
        exportId: 'export-1',
        sequence: 1,
        packageSha256: 'a'.repeat(64),
        rowCounts: { child: 1 },
        receivedAt: '2026-11-22T08:00:00.000Z',
        writtenAt: '2026-11-22T08:00:00.000Z',
        receiver: 'Sở Y tế',
      },
      'b'.repeat(64),
    );
    expect((await open(receipt)).problems).toEqual([{ code: 'notAPackage', blocking: true }]);
  });

  it('refuses, before any scrypt run, a file asking for more than 4 times the writers’ scrypt work (tooLarge)', async () => {
    const bytes = await makePackage({ tables: { child: [child('c1')] } });
    // The header is in the clear: N = 2^17, r = 16 is within the format's bounds (256 MiB) but 8 times the writers' work.
    const costly = Buffer.from(Buffer.from(bytes).toString('latin1').replace('"N":16384,"r":8', '"N":131072,"r":16'), 'latin1');
    expect(costly.equals(Buffer.from(bytes))).toBe(false);
    const keys = newKeyCache();
    const started = performance.now();
    expect((await openProvincePackage(new Uint8Array(costly), [passphrase], keys)).problems).toEqual([{ code: 'tooLarge', blocking: true }]);
    expect(keys.size).toBe(0);
    expect(performance.now() - started).toBeLessThan(200);
    expect(maxScryptWork).toBe(4 * 2 ** 15 * 8);
  });

  it('tries at most 10 different passphrases on a file, each once', async () => {
    const bytes = await makePackage({ tables: { child: [child('c1')] } });
    const wrong = Array.from({ length: 10 }, (_, n) => `mật khẩu cũ số ${n + 1} của tỉnh`);
    const keys = newKeyCache();
    expect((await openProvincePackage(bytes, [...wrong, passphrase], keys)).problems).toEqual([{ code: 'wrongPassphrase', blocking: true }]);
    expect(keys.size).toBe(10);
    // The same passphrase typed many times is tried once.
    const repeated = Array.from({ length: 20 }, () => wrong[0] ?? '');
    expect((await open(bytes, [...repeated, passphrase])).problems).toEqual([]);
  });

  it('reads within the province’s limits: a file over 64 MiB, parts declaring over 512 MiB in all (tooLarge)', async () => {
    const bytes = await makePackage({ tables: { child: [child('c1')] } });
    const padded = new Uint8Array(64 * 1024 * 1024 + 1);
    padded.set(bytes);
    expect((await open(padded)).problems).toEqual([{ code: 'tooLarge', blocking: true }]);
    // Three parts of 200 MiB each, declared: within the format's default bounds, over the province's.
    const blob = gzipSync(Buffer.from('{}'));
    const declared = 200 * 1024 * 1024;
    const parts = [0, 1, 2].map((n) => ({ name: `part${n}.jsonl`, offset: n * blob.length, compressedSize: blob.length, size: declared, sha256: '0'.repeat(64) }));
    const huge = sealPlaintext('package', handMadeInner({}, parts, [blob, blob, blob]), await testKey());
    expect((await open(huge)).problems).toEqual([{ code: 'tooLarge', blocking: true }]);
    expect(provinceReadLimits).toEqual({ maxFileBytes: 64 * 1024 * 1024, maxPartBytes: 256 * 1024 * 1024, maxTotalPartBytes: 512 * 1024 * 1024 });
  });

  it('derives a key for the file’s own salt, whatever key sealed it', async () => {
    const own = await deriveWritingKey(passphrase, { N: 2 ** 14, r: 8, p: 1 });
    const opened = await open(await makePackage({ tables: { child: [child('c1')] }, passphrase: own }));
    expect(opened.problems).toEqual([]);
  });

  it('refuses a manifest that is not one, or that disagrees with itself or the file', async () => {
    const bad = async (spec: Parameters<typeof makePackage>[0]) => (await open(await makePackage(spec))).problems;
    expect(await bad({ overrides: { content: 'something else' } as never })).toEqual([{ code: 'badManifest', blocking: true }]);
    expect(await bad({ overrides: { periodKey: '2026-09' } })).toEqual([{ code: 'badManifest', blocking: true }]);
    expect(await bad({ office: { code: 'HP/NQ' } })).toEqual([{ code: 'badManifest', blocking: true }]);
    expect(await bad({ parts: (parts) => parts.filter((part) => part.name !== 'summary.xlsx') })).toEqual([{ code: 'badManifest', blocking: true }]);
    const child1 = { child: [child('c1')] };
    expect(await bad({ tables: child1, parts: (parts) => parts.filter((part) => part.name !== 'child.jsonl') })).toEqual([
      { code: 'badManifest', blocking: true, details: { table: 'child' } },
    ]);
    const lying = (edit: (table: Record<string, unknown>) => void) => (manifest: { tables: Record<string, unknown>[] }) => {
      manifest.tables.forEach(edit);
      return manifest;
    };
    for (const edit of [
      (table: Record<string, unknown>) => (table.sha256 = '0'.repeat(64)),
      (table: Record<string, unknown>) => (table.rows = 2),
      (table: Record<string, unknown>) => (table.columns = ['office_id', 'full_name']),
    ]) {
      expect(await bad({ tables: child1, overrides: lying(edit) as never })).toEqual([{ code: 'badManifest', blocking: true, details: { table: 'child' } }]);
    }
  });

  it('counts the lines that are not rows of the table: badRows, blocking', async () => {
    const columns = [...exchangeTables.child.columns];
    const good = line('child', child('c1'));
    const lines = [
      good,
      'không phải JSON',
      '[1, 2]',
      'null',
      JSON.stringify({ ...rowOf('child', child('c2')), extra: 1 }),
      JSON.stringify(Object.fromEntries(Object.entries(rowOf('child', child('c3'))).filter(([column]) => column !== 'sex'))),
      line('child', { ...child('c4'), sex: true }),
      line('child', { ...child('c5'), full_name: { first: 'Lan' } }),
      line('child', { ...child('c6'), id: null }),
      line('child', child('c1', 'Trùng mã')),
      line('child', child('c7')),
    ];
    const opened = await open(await makePackage({ rawTables: { child: { columns, lines } } }));
    expect(opened.problems).toEqual([{ code: 'badRows', blocking: true, details: { table: 'child', count: 9 } }]);
    expect(opened.tables[0]?.keys).toEqual(['c1', 'c7']);
  });

  it('tells of tables it does not know and skips them, without blocking', async () => {
    const opened = await open(
      await makePackage({
        tables: { child: [child('c1')] },
        rawTables: { sponsor_visit: { columns: ['id', 'note'], lines: ['{"id":"s1","note":"x"}'] } },
      }),
    );
    expect(opened.problems).toEqual([{ code: 'unknownTables', blocking: false, details: { tables: ['sponsor_visit'] } }]);
    expect(opened.tables.map((table) => table.table)).toEqual(['child']);
  });

  it('counts rows naming a row the package lacks, only when the package carries the table named', async () => {
    const guardians = [guardian('g1', 'c1'), guardian('g2', 'c9'), guardian('g3', 'c8')];
    const withChildren = await open(await makePackage({ tables: { child: [child('c1')], guardian: guardians } }));
    expect(withChildren.problems).toEqual([{ code: 'missingReferences', blocking: false, details: { table: 'guardian', count: 2 } }]);
    expect(withChildren.tables[1]?.keys).toEqual(['g1', 'g2', 'g3']);
    const withoutChildren = await open(await makePackage({ tables: { guardian: guardians } }));
    expect(withoutChildren.problems).toEqual([]);
  });

  it('reads a table sent with no rows, and lines with or without a final line feed', async () => {
    const columns = [...exchangeTables.child.columns];
    const opened = await open(
      await makePackage({
        tables: { guardian: [] },
        rawTables: { child: { columns, lines: [line('child', child('c1')), line('child', child('c2'))], finalLineFeed: false } },
      }),
    );
    expect(opened.problems).toEqual([]);
    expect(opened.tables.map((table) => [table.table, table.keys])).toEqual([
      ['child', ['c1', 'c2']],
      ['guardian', []],
    ]);
  });
});
