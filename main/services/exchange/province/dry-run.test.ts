import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPackage, makePackage, officeA, officeB, passphrase, provinceContext, stage, testKey } from '../../../../tests/fixtures/exchange-packages';
import type { DryRunPackage } from '../../../../shared/exchange';
import { applyImport } from './apply';
import { dryRun } from './dry-run';
import { sealPlaintext } from '../file/package-file';
import { flipByte, handMadeInner, refusalOf, sha256Hex } from '../file/test-fixtures';

let t: Awaited<ReturnType<typeof provinceContext>>;
beforeEach(async () => (t = await provinceContext()));
afterEach(() => t.close());

const child = (id: string, name = 'Nguyễn Thị Lan', office = officeA) => ({ id, office_id: office.id, full_name: name, sex: 'female', birth_date: '2015-03-04', status: 'active' });
const guardian = (id: string, childId: string, office = officeA) => ({ id, office_id: office.id, child_id: childId, full_name: 'Trần Thị Hoa', relation: 'Mẹ', lives_with_child: 1, sort_order: 0 });
const visit = (id: string, childId: string, date: string, office = officeA) => ({ id, office_id: office.id, child_id: childId, visit_date: date, visitor: 'Cộng tác viên thôn' });

/** A small register: three children, a guardian each, two visits. */
const register = (office = officeA) => ({
  child: [child('c1', 'Nguyễn Thị Lan', office), child('c2', 'Lê Văn Nam', office), child('c3', 'Phạm Minh Khoa', office)],
  guardian: [guardian('g1', 'c1', office), guardian('g2', 'c2', office), guardian('g3', 'c3', office)],
  visit: [visit('v1', 'c1', '2026-09-01', office), visit('v2', 'c2', '2026-09-02', office)],
});

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
      ['badRows', await makePackage({ rawTables: { child: { columns: ['id'], lines: ['{"id":"c1"}', '{"id":true}'] } } })],
      ['otherProvince', await makePackage({ office: { id: 'other-province-office', provinceCode: '01' } })],
      ['ownOffice', await makePackage({ office: { id: t.officeId } })],
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
