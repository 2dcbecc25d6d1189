import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  generateRegisterRows,
  makePackage,
  officeA,
  officeB,
  passphrase,
  provinceContext,
  rowOf,
  stage,
  volumePackages,
} from '../../../../tests/fixtures/exchange-packages';
import { applyImport } from './apply';
import { dryRun } from './dry-run';
import { lineHash } from '../tables';
import { refusalOf } from '../file/test-fixtures';

let t: Awaited<ReturnType<typeof provinceContext>>;
beforeEach(async () => (t = await provinceContext()));
afterEach(() => t.close());

const child = (id: string, name: string, office = officeA) => ({ id, office_id: office.id, full_name: name, sex: 'male', birth_date: '2014-06-01', status: 'active' });
const guardian = (id: string, childId: string, office = officeA) => ({ id, office_id: office.id, child_id: childId, full_name: 'Đỗ Thị Mai', relation: 'Bà nội', lives_with_child: 1, sort_order: 0 });
const visit = (id: string, childId: string, office = officeA) => ({ id, office_id: office.id, child_id: childId, visit_date: '2026-09-10' });

const register = (office = officeA, name = 'Hoàng Văn Sơn') => ({
  child: [child('c1', name, office), child('c2', 'Bùi Đức Long', office)],
  guardian: [guardian('g1', 'c1', office), guardian('g2', 'c2', office)],
  visit: [visit('v1', 'c1', office)],
});

const input = (tokens: string[], force: string[] = []) => ({ tokens, passphrases: [passphrase], force });
const apply = (files: Uint8Array[], force: 'all' | 'none' = 'none') => {
  const tokens = files.map((bytes) => stage(t.ctx, bytes));
  return applyImport(t.ctx, input(tokens, force === 'all' ? tokens : []));
};

/** Everything the province holds, as it would be read back. */
async function held() {
  const rows = await sql<{ office_id: string; table_name: string; row_id: string; hash: string; data: string }>`
    select office_id, table_name, row_id, hash, json(data) as data from exchange_row order by office_id, table_name, row_id`.execute(t.ctx.db);
  return rows.rows;
}
const heldIn = async (officeId: string, table: string) =>
  (await held()).filter((row) => row.office_id === officeId && row.table_name === table).map((row) => row.row_id);
const log = () => t.ctx.db.selectFrom('exchange_import').selectAll().orderBy('sequence').execute();
const sources = () => t.ctx.db.selectFrom('exchange_source').selectAll().orderBy('code').execute();

describe('applying an import batch', () => {
  it('stores every row as sent under its office, with its hash, logs the package and empties the staging', async () => {
    const token = stage(t.ctx, await makePackage({ sequence: 3, tables: register() }));
    const result = await applyImport(t.ctx, input([token]));
    expect(result.imported).toEqual([
      expect.objectContaining({
        batchId: result.batchId,
        importedAt: '2026-11-22T08:00:00.000Z',
        office: { id: officeA.id, code: officeA.code, name: officeA.name, provinceCode: '31' },
        sequence: 3,
        period: { kind: 'month', year: 2026, number: 10 },
        forced: false,
        tables: [
          { table: 'child', new: 2, changed: 0, unchanged: 0, gone: 0 },
          { table: 'guardian', new: 2, changed: 0, unchanged: 0, gone: 0 },
          { table: 'visit', new: 1, changed: 0, unchanged: 0, gone: 0 },
        ],
      }),
    ]);
    const rows = await held();
    expect(rows).toHaveLength(5);
    const first = rows.find((row) => row.table_name === 'child' && row.row_id === 'c1');
    const sent = JSON.stringify(rowOf('child', child('c1', 'Hoàng Văn Sơn')));
    expect(first?.data).toBe(sent);
    expect(first?.hash).toBe(lineHash(sent));
    const [source] = await sources();
    expect(source).toMatchObject({ office_id: officeA.id, sequence: 3, period_key: '2026-10', imported_at: '2026-11-22T08:00:00.000Z' });
    expect(JSON.parse(source?.row_counts ?? '{}')).toEqual({ child: 2, guardian: 2, visit: 1 });
    const [logged] = await log();
    expect(JSON.parse(logged?.row_counts ?? '{}')).toEqual({ child: 2, guardian: 2, visit: 1 });
    expect(logged?.receipt_key).toMatch(/^[0-9a-f]{64}$/);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'entity', 'entity_id']).where('entity', '=', 'exchange_import').execute();
    expect(audit).toEqual([{ action: 'create', entity: 'exchange_import', entity_id: logged?.id }]);
    expect(await refusalOf(() => t.ctx.staging.get(token))).toBe('errors.stagedFileMissing');
  });

  it('changes nothing when the same file is imported again', async () => {
    const bytes = await makePackage({ sequence: 1, tables: register() });
    await apply([bytes]);
    const [rowsBefore, logBefore, sourcesBefore] = [await held(), await log(), await sources()];
    t.clock.set('2026-11-23T09:00:00.000Z');
    const token = stage(t.ctx, bytes);
    expect((await dryRun(t.ctx, input([token]))).packages[0]).toMatchObject({ outcome: 'nothing', tables: [] });
    expect((await applyImport(t.ctx, input([token]))).imported).toEqual([]);
    expect(await held()).toEqual(rowsBefore);
    expect(await log()).toEqual(logBefore);
    expect(await sources()).toEqual(sourcesBefore);
  });

  it('writes new, changed and gone rows so that the office’s newest snapshot is what is held', async () => {
    await apply([await makePackage({ sequence: 1, tables: register() })]);
    const next = register(officeA, 'Hoàng Văn Sơn (đã sửa)');
    next.guardian = next.guardian.filter((row) => row.id !== 'g2');
    next.visit.push(visit('v2', 'c2'));
    const result = await apply([await makePackage({ sequence: 2, tables: next })]);
    expect(result.imported[0]?.tables).toEqual([
      { table: 'child', new: 0, changed: 1, unchanged: 1, gone: 0 },
      { table: 'guardian', new: 0, changed: 0, unchanged: 1, gone: 1 },
      { table: 'visit', new: 1, changed: 0, unchanged: 1, gone: 0 },
    ]);
    expect(await heldIn(officeA.id, 'guardian')).toEqual(['g1']);
    expect(await heldIn(officeA.id, 'visit')).toEqual(['v1', 'v2']);
    const c1 = (await held()).find((row) => row.row_id === 'c1');
    expect(JSON.parse(c1?.data ?? '{}')).toMatchObject({ full_name: 'Hoàng Văn Sơn (đã sửa)' });
    expect(c1?.hash).toBe(lineHash(c1?.data ?? ''));
    expect((await sources())[0]?.sequence).toBe(2);
  });

  it('takes the newest package of an office in a batch', async () => {
    const older = await makePackage({ sequence: 1, tables: register(officeA, 'Tên cũ') });
    const newer = await makePackage({ sequence: 2, tables: { ...register(), visit: [] } });
    const result = await apply([newer, older]);
    expect(result.imported.map((row) => row.sequence)).toEqual([2]);
    expect(await heldIn(officeA.id, 'visit')).toEqual([]);
    expect((await log()).map((row) => row.sequence)).toEqual([2]);
  });

  it('refuses an older package, writing nothing, then takes it when forced', async () => {
    await apply([await makePackage({ sequence: 5, tables: register() })]);
    const [rowsBefore, logBefore] = [await held(), await log()];
    const older = await makePackage({ sequence: 4, tables: { child: [child('c1', 'Hoàng Văn Sơn')] } });
    const token = stage(t.ctx, older);
    expect(await refusalOf(() => applyImport(t.ctx, input([token])))).toBe('errors.importBlocked');
    expect(await held()).toEqual(rowsBefore);
    expect(await log()).toEqual(logBefore);
    expect(t.ctx.staging.get(token).token).toBe(token);

    const result = await applyImport(t.ctx, input([token], [token]));
    expect(result.imported[0]).toMatchObject({ sequence: 4, forced: true, tables: [{ table: 'child', new: 0, changed: 0, unchanged: 1, gone: 1 }] });
    expect((await sources())[0]?.sequence).toBe(4);
    expect((await log()).map((row) => [row.sequence, row.forced])).toEqual([
      [4, 1],
      [5, 0],
    ]);
  });

  it('takes the newer file again after an older one was forced in: the newer snapshot is held once more', async () => {
    const fifth = await makePackage({ sequence: 5, tables: register() });
    const fourth = await makePackage({ sequence: 4, tables: { child: [child('c1', 'Hoàng Văn Sơn')] } });
    await apply([fifth]);
    const rowsOfFifth = await held();
    await apply([fourth], 'all');
    const again = await apply([fifth]);
    expect(again.imported[0]).toMatchObject({
      sequence: 5,
      forced: false,
      tables: [
        { table: 'child', new: 1, changed: 0, unchanged: 1, gone: 0 },
        { table: 'guardian', new: 0, changed: 0, unchanged: 2, gone: 0 },
        { table: 'visit', new: 0, changed: 0, unchanged: 1, gone: 0 },
      ],
    });
    expect((await sources())[0]?.sequence).toBe(5);
    expect(await held()).toEqual(rowsOfFifth);
  });

  it('keeps each office’s rows apart, the same row ids included', async () => {
    await apply([await makePackage({ sequence: 1, tables: register(officeA) }), await makePackage({ office: officeB, sequence: 7, tables: register(officeB, 'Vũ Quang Hải') })]);
    expect(await heldIn(officeA.id, 'child')).toEqual(['c1', 'c2']);
    expect(await heldIn(officeB.id, 'child')).toEqual(['c1', 'c2']);
    // Office B drops a child; office A's child of the same id stays.
    await apply([await makePackage({ office: officeB, sequence: 8, tables: { child: [child('c2', 'Bùi Đức Long', officeB)] } })]);
    expect(await heldIn(officeA.id, 'child')).toEqual(['c1', 'c2']);
    expect(await heldIn(officeB.id, 'child')).toEqual(['c2']);
    const c1 = (await held()).find((row) => row.office_id === officeA.id && row.row_id === 'c1');
    expect(JSON.parse(c1?.data ?? '{}')).toMatchObject({ full_name: 'Hoàng Văn Sơn' });
    expect((await sources()).map((row) => [row.code, row.sequence])).toEqual([
      ['HP-LC', 8],
      ['HP-NQ', 1],
    ]);
  });

  it('leaves a table the package does not carry as it was', async () => {
    await apply([await makePackage({ sequence: 1, tables: register() })]);
    const result = await apply([await makePackage({ sequence: 2, tables: { child: register().child } })]);
    expect(result.imported[0]?.tables.map((table) => table.table)).toEqual(['child']);
    expect(await heldIn(officeA.id, 'visit')).toEqual(['v1']);
    expect(await heldIn(officeA.id, 'guardian')).toEqual(['g1', 'g2']);
    expect(JSON.parse((await sources())[0]?.row_counts ?? '{}')).toEqual({ child: 2, guardian: 2, visit: 1 });
  });

  it('writes all of a batch or none of it', async () => {
    await sql`create temp trigger refuse_row before insert on exchange_row when new.row_id = 'v-boom'
      begin select raise(abort, 'refused'); end`.execute(t.ctx.db);
    const first = await makePackage({ sequence: 1, tables: register(officeA) });
    const second = await makePackage({ office: officeB, sequence: 1, tables: { ...register(officeB), visit: [visit('v-boom', 'c1', officeB)] } });
    const tokens = [stage(t.ctx, first), stage(t.ctx, second)];
    await expect(applyImport(t.ctx, input(tokens))).rejects.toThrow('refused');
    expect(await held()).toEqual([]);
    expect(await sources()).toEqual([]);
    expect(await log()).toEqual([]);
    expect(await t.ctx.db.selectFrom('audit_log').select('id').where('entity', '=', 'exchange_import').execute()).toEqual([]);
    // Still staged: the user can try again.
    expect(tokens.map((token) => t.ctx.staging.get(token).token)).toEqual(tokens);
  });

  it('refuses a blocked batch whole, even when another package in it is fine', async () => {
    const fine = await makePackage({ sequence: 1, tables: register() });
    const other = await makePackage({ office: { ...officeB, provinceCode: '01' }, tables: register(officeB) });
    expect(await refusalOf(() => apply([fine, other]))).toBe('errors.importBlocked');
    expect(await held()).toEqual([]);
    expect(await log()).toEqual([]);
  });

  it('does not reuse what a dry run opened for a batch applied with other passphrases', async () => {
    const token = stage(t.ctx, await makePackage({ sequence: 1, tables: register() }));
    expect((await dryRun(t.ctx, input([token]))).canApply).toBe(true);
    const wrong = { tokens: [token], passphrases: ['một mật khẩu khác hẳn'], force: [] };
    expect(await refusalOf(() => applyImport(t.ctx, wrong))).toBe('errors.importBlocked');
    expect(await held()).toEqual([]);
  });

  it('applies without a dry run first, opening every file itself', async () => {
    const tokens = [stage(t.ctx, await makePackage({ sequence: 1, tables: register() }))];
    const result = await applyImport(t.ctx, { tokens, passphrases: ['mật khẩu cũ không dùng nữa', passphrase], force: [] });
    expect(result.imported).toHaveLength(1);
  });

  it('imports several offices of realistic registers, each row once', async () => {
    const tokens: string[] = [];
    for await (const bytes of volumePackages({ offices: 3, childrenEach: 60, seed: 7 })) tokens.push(stage(t.ctx, bytes));
    const dry = await dryRun(t.ctx, input(tokens));
    expect(dry.canApply).toBe(true);
    const result = await applyImport(t.ctx, input(tokens));
    const expected = generateRegisterRows({ seed: 7 * 1000 + 2, children: 60, officeId: 'x' });
    expect(result.imported[1]?.tables).toEqual(
      (['child', 'guardian', 'membership', 'visit'] as const).map((table) => ({ table, new: expected[table].length, changed: 0, unchanged: 0, gone: 0 })),
    );
    expect(result.imported.map((row) => row.tables)).toEqual(dry.packages.map((p) => p.tables));
    const total = result.imported.flatMap((row) => row.tables).reduce((sum, table) => sum + table.new, 0);
    expect(await held()).toHaveLength(total);
  });
});
