import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPackage, makePackage, officeA, officeB, passphrase, provinceContext, rowOf, stage, testKey } from '../../../../tests/fixtures/exchange-packages';
import type { DryRunPackage } from '../../../../shared/exchange';
import { applyImport } from './apply';
import { dryRun, heldChanges } from './dry-run';
import { newKeyCache, openProvincePackage } from './province-open';
import { exchangeTables, lineHash } from '../tables';
import { sealPlaintext } from '../file/package-file';
import { flipByte, handMadeInner, refusalOf, sha256Hex } from '../file/test-fixtures';

let t: Awaited<ReturnType<typeof provinceContext>>;
beforeEach(async () => (t = await provinceContext()));
afterEach(() => t.close());

const child = (id: string, name = 'Nguyễn Thị Lan', office = officeA) => ({ id, office_id: office.id, full_name: name, sex: 'female', birth_date: '2015-03-04', status: 'active' });
const guardian = (id: string, childId: string, office = officeA) => ({ id, office_id: office.id, child_id: childId, full_name: 'Trần Thị Hoa', relation: 'Mẹ', lives_with_child: 1, sort_order: 0 });
const visit = (id: string, childId: string, date: string, office = officeA) => ({ id, office_id: office.id, child_id: childId, visit_date: date });

/** A small register: three children, a guardian each, two visits. */
const register = (office = officeA) => ({
  child: [child('c1', 'Nguyễn Thị Lan', office), child('c2', 'Lê Văn Nam', office), child('c3', 'Phạm Minh Khoa', office)],
  guardian: [guardian('g1', 'c1', office), guardian('g2', 'c2', office), guardian('g3', 'c3', office)],
  visit: [visit('v1', 'c1', '2026-09-01', office), visit('v2', 'c2', '2026-09-02', office)],
});

const childColumns = [...exchangeTables.child.columns];
const input = (tokens: string[], force: string[] = []) => ({ tokens, passphrases: [passphrase], force });
const run = (tokens: string[], force: string[] = []) => dryRun(t.ctx, input(tokens, force));
const summary = (p: DryRunPackage) => ({ outcome: p.outcome, problems: p.problems.map((problem) => ({ code: problem.code, blocking: problem.blocking, ...problem.details })) });

async function applied(bytes: Uint8Array, force = false): Promise<void> {
  const token = stage(t.ctx, bytes);
  await applyImport(t.ctx, input([token], force ? [token] : []));
}

/** A file whose only part inflates to more than it declares: refused as too large. */
async function inflatesTooMuch(): Promise<Uint8Array> {
  const bytes = Buffer.from('x'.repeat(5000));
  const blob = gzipSync(bytes);
  const part = { name: 'child.jsonl', offset: 0, compressedSize: blob.length, size: 10, sha256: sha256Hex(bytes) };
  return sealPlaintext('package', handMadeInner({}, [part], [blob]), await testKey());
}

describe('the dry run of an import batch', () => {
  it('tells what each file’s own problems are and blocks the batch on them', async () => {
    const good = await makePackage({ tables: register() });
    const files: [string, Uint8Array][] = [
      ['unreadable', new Uint8Array(Buffer.from('not a package'))],
      ['unknownVersion', new Uint8Array(Buffer.from(Buffer.from(good).toString('latin1').replace('"formatVersion":1', '"formatVersion":3'), 'latin1'))],
      ['corrupted', flipByte(good, good.length - 30)],
      ['tooLarge', await inflatesTooMuch()],
      ['notAPackage', await makePackage({ kind: 'receipt' })],
      ['badManifest', await makePackage({ overrides: { periodKey: '2026-Q4' } })],
      ['badRows', await makePackage({ rawTables: { child: { columns: childColumns, lines: [JSON.stringify(rowOf('child', { id: 'c1' })), JSON.stringify(rowOf('child', { id: true as never }))] } } })],
      ['otherProvince', await makePackage({ office: { id: 'other-province-office', provinceCode: '01' }, tables: { child: [] } })],
      ['ownOffice', await makePackage({ office: { id: t.officeId }, tables: { child: [] } })],
    ];
    const dry = await run(files.map(([, bytes]) => stage(t.ctx, bytes)));
    expect(dry.canApply).toBe(false);
    expect(dry.packages.map(summary)).toEqual(
      files.map(([code]) => ({ outcome: 'blocked', problems: [{ code, blocking: true, ...(code === 'badRows' ? { table: 'child', count: 1 } : {}) }] })),
    );
    // Unopened files say nothing about their office; opened ones do.
    expect(dry.packages[0]?.office).toBeNull();
    expect(dry.packages[7]?.office).toMatchObject({ id: 'other-province-office', provinceCode: '01' });

    const wrong = await dryRun(t.ctx, { tokens: [stage(t.ctx, good)], passphrases: ['mật khẩu không đúng'], force: [] });
    expect(wrong.packages.map(summary)).toEqual([{ outcome: 'blocked', problems: [{ code: 'wrongPassphrase', blocking: true }] }]);
  });

  it('tells of unknown tables and missing references without blocking', async () => {
    const bytes = await makePackage({
      tables: { ...register(), guardian: [guardian('g1', 'c1'), guardian('g9', 'c9')] },
      rawTables: { sponsor_visit: { columns: ['id'], lines: ['{"id":"s1"}'] } },
    });
    const dry = await run([stage(t.ctx, bytes)]);
    expect(dry.canApply).toBe(true);
    expect(dry.packages.map(summary)).toEqual([
      {
        outcome: 'apply',
        problems: [
          { code: 'missingReferences', blocking: false, table: 'guardian', count: 1 },
          { code: 'unknownTables', blocking: false, tables: ['sponsor_visit'] },
        ],
      },
    ]);
  });

  it('describes each package and counts what is new in every table it carries', async () => {
    const built = await buildPackage({ sequence: 4, tables: { ...register(), membership: [] } });
    const dry = await run([stage(t.ctx, built.bytes, 'BTTE_HP-NQ_2026-10_so004.btte')]);
    expect(dry).toEqual({
      canApply: true,
      packages: [
        {
          token: expect.any(String),
          fileName: 'BTTE_HP-NQ_2026-10_so004.btte',
          office: { id: officeA.id, code: officeA.code, name: officeA.name, provinceCode: '31' },
          sequence: 4,
          period: { kind: 'month', year: 2026, number: 10 },
          createdAt: built.manifest.createdAt,
          appVersion: '0.1.0',
          includes: { personalIds: false, guardianPhones: false },
          earlierImportId: null,
          lastImportedSequence: null,
          forced: false,
          outcome: 'apply',
          problems: [],
          tables: [
            { table: 'child', new: 3, changed: 0, unchanged: 0, gone: 0 },
            { table: 'guardian', new: 3, changed: 0, unchanged: 0, gone: 0 },
            { table: 'membership', new: 0, changed: 0, unchanged: 0, gone: 0 },
            { table: 'visit', new: 2, changed: 0, unchanged: 0, gone: 0 },
          ],
        },
      ],
    });
  });

  it('counts new, changed, unchanged and gone rows against the office’s snapshot held', async () => {
    await applied(await makePackage({ sequence: 1, tables: register() }));
    const next = register();
    next.child[1] = { ...child('c2', 'Lê Văn Nam'), status: 'atRisk' };
    next.guardian = next.guardian.filter((row) => row.id !== 'g3');
    next.visit.push(visit('v3', 'c3', '2026-10-15'));
    const dry = await run([stage(t.ctx, await makePackage({ sequence: 2, tables: next }))]);
    expect(dry.packages[0]).toMatchObject({ outcome: 'apply', lastImportedSequence: 1, problems: [] });
    expect(dry.packages[0]?.tables).toEqual([
      { table: 'child', new: 0, changed: 1, unchanged: 2, gone: 0 },
      { table: 'guardian', new: 0, changed: 0, unchanged: 2, gone: 1 },
      { table: 'visit', new: 1, changed: 0, unchanged: 2, gone: 0 },
    ]);
  });

  it('leaves the same file imported before alone, and takes only the newest package of an office in the batch', async () => {
    const first = await makePackage({ sequence: 1, tables: register() });
    await applied(first);
    const older = await makePackage({ sequence: 2, tables: register() });
    const newest = await makePackage({ sequence: 3, tables: register() });
    const fromB = await makePackage({ office: officeB, sequence: 1, tables: register(officeB) });
    const dry = await run([stage(t.ctx, first), stage(t.ctx, older), stage(t.ctx, newest), stage(t.ctx, fromB)]);
    expect(dry.canApply).toBe(true);
    expect(dry.packages.map(summary)).toEqual([
      { outcome: 'nothing', problems: [{ code: 'alreadyImported', blocking: false }] },
      { outcome: 'nothing', problems: [{ code: 'supersededInBatch', blocking: false, sequence: 3 }] },
      { outcome: 'apply', problems: [] },
      { outcome: 'apply', problems: [] },
    ]);
    expect(dry.packages.map((p) => p.tables.length)).toEqual([0, 0, 3, 3]);
  });

  it('compares with the package held now, not every one imported: after an older one was forced in, the newer file is newer again', async () => {
    const sixth = await makePackage({ sequence: 6, tables: register() });
    const fifth = await makePackage({ sequence: 5, tables: { ...register(), visit: [] } });
    await applied(sixth);
    await applied(fifth, true);
    const again = await run([stage(t.ctx, sixth)]);
    expect(again.packages.map(summary)).toEqual([{ outcome: 'apply', problems: [] }]);
    expect(again.packages[0]).toMatchObject({ lastImportedSequence: 5, earlierImportId: null });
    expect(again.packages[0]?.tables.find((table) => table.table === 'visit')).toEqual({ table: 'visit', new: 2, changed: 0, unchanged: 0, gone: 0 });
    // Fifth is what is held: picking it again changes nothing, and names the import that brought it in.
    const held = await run([stage(t.ctx, fifth)]);
    const fifthImport = await t.ctx.db.selectFrom('exchange_import').select('id').where('sequence', '=', 5).executeTakeFirstOrThrow();
    expect(held.packages.map(summary)).toEqual([{ outcome: 'nothing', problems: [{ code: 'alreadyImported', blocking: false }] }]);
    expect(held.packages[0]?.earlierImportId).toBe(fifthImport.id);
  });

  it('names the import of the very file held, so that its receipt can be written again, and tells what personal data it carries', async () => {
    const first = await makePackage({ sequence: 1, tables: register(), overrides: (manifest) => ({ ...manifest, includes: { personalIds: true, guardianPhones: false } }) });
    await applied(first);
    const [logged] = await t.ctx.db.selectFrom('exchange_import').select('id').execute();
    const dry = await run([stage(t.ctx, first)]);
    expect(dry.packages[0]).toMatchObject({ outcome: 'nothing', earlierImportId: logged?.id, includes: { personalIds: true, guardianPhones: false } });
    // Not for a file merely like it.
    const next = await run([stage(t.ctx, await makePackage({ sequence: 2, tables: register() }))]);
    expect(next.packages[0]).toMatchObject({ outcome: 'apply', earlierImportId: null, includes: { personalIds: false, guardianPhones: false } });
  });

  it('tells, without blocking, that another office already holds the same office code', async () => {
    await applied(await makePackage({ sequence: 1, tables: register() }));
    // Office A installed again (a new office id) with its old code, in other letters' case; office B with its own.
    const reinstalled = { ...officeA, id: '019a0000-0000-7000-8000-0000000000aa', code: 'hp-nq' };
    const dry = await run([stage(t.ctx, await makePackage({ office: reinstalled, tables: register(reinstalled) })), stage(t.ctx, await makePackage({ office: officeB, tables: register(officeB) }))]);
    expect(dry.packages.map((p) => [p.outcome, p.problems])).toEqual([
      ['apply', [{ code: 'officeCodeTaken', blocking: false, details: { code: 'hp-nq' } }]],
      ['apply', []],
    ]);
    // The office's own code again is no problem.
    const same = await run([stage(t.ctx, await makePackage({ sequence: 2, tables: register() }))]);
    expect(same.packages.map(summary)).toEqual([{ outcome: 'apply', problems: [] }]);
  });

  it('compares with what is committed: while an import is being applied, its comparisons wait for the transaction to end', async () => {
    const opened = await openProvincePackage(await makePackage({ tables: register() }), [passphrase], newKeyCache());
    let seen: unknown;
    let pending: Promise<unknown> | undefined;
    const rollback = new Error('roll back');
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        // As apply.ts writes an office's rows: the source, then its rows on ctx.sqlite, in the transaction.
        await trx
          .insertInto('exchange_source')
          .values({
            office_id: officeA.id,
            code: officeA.code,
            name: officeA.name,
            province_code: '31',
            profile: '{}',
            sequence: 1,
            export_id: 'e1',
            package_sha256: 'f'.repeat(64),
            period_key: '2026-10',
            created_at: '2026-11-01T00:00:00.000Z',
            app_version: '0.1.0',
            imported_at: '2026-11-22T08:00:00.000Z',
            row_counts: '{}',
          })
          .execute();
        const insert = t.ctx.sqlite.prepare('insert into exchange_row (office_id, table_name, row_id, hash, data) values (?, ?, ?, ?, jsonb(?))');
        for (const table of opened.tables) table.lines.forEach((line, at) => insert.run(officeA.id, table.table, table.keys[at] ?? '', lineHash(line), line));
        pending = heldChanges(t.ctx, officeA.id, opened.tables).then((changes) => (seen = changes));
        await new Promise((resolve) => setTimeout(resolve, 30));
        expect(seen).toBeUndefined();
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    // Rolled back: every row is new, as the province holds nothing.
    expect(await pending).toEqual([
      { table: 'child', new: 3, changed: 0, unchanged: 0, gone: 0 },
      { table: 'guardian', new: 3, changed: 0, unchanged: 0, gone: 0 },
      { table: 'visit', new: 2, changed: 0, unchanged: 0, gone: 0 },
    ]);
  });

  it('blocks a package older than the one held unless it is forced', async () => {
    await applied(await makePackage({ sequence: 5, tables: register() }));
    const token = stage(t.ctx, await makePackage({ sequence: 4, tables: register() }));
    const refused = await run([token]);
    expect(refused.canApply).toBe(false);
    expect(refused.packages.map(summary)).toEqual([{ outcome: 'blocked', problems: [{ code: 'olderThanImported', blocking: true, sequence: 5 }] }]);
    const forced = await run([token], [token]);
    expect(forced.canApply).toBe(true);
    expect(forced.packages[0]).toMatchObject({ outcome: 'apply', forced: true, problems: [{ code: 'olderThanImported', blocking: false, details: { sequence: 5 } }] });
    // The same sequence in another file counts as older too.
    const same = await run([stage(t.ctx, await makePackage({ sequence: 5, tables: { child: [] } }))]);
    expect(same.packages[0]?.outcome).toBe('blocked');
  });

  it('refuses a batch naming a file no longer staged, and works only in province mode', async () => {
    expect(await refusalOf(() => run(['no-such-token']))).toBe('errors.stagedFileMissing');
    await t.ctx.db.updateTable('office').set({ mode: 'office' }).execute();
    const token = stage(t.ctx, await makePackage());
    expect(await refusalOf(() => run([token]))).toBe('errors.provinceModeOnly');
  });
});
