import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePackage, officeA, officeB, passphrase, provinceContext, stage } from '../../../../tests/fixtures/exchange-packages';
import { refusalOf } from '../file/test-fixtures';
import { provinceReport } from '../report/province-report';
import { applyImport } from './apply';
import { dryRun } from './dry-run';
import { imports, sources } from './province-log';
import { removeSource } from './remove-source';

let t: Awaited<ReturnType<typeof provinceContext>>;
let filesStaged = 0;
beforeEach(async () => {
  t = await provinceContext();
  filesStaged = 0;
});
afterEach(() => t.close());

const child = (id: string, office = officeA) => ({ id, office_id: office.id, full_name: 'Đinh Thị Hoa', sex: 'female', birth_date: '2015-03-08', status: 'active' });

function batch(...files: Uint8Array[]) {
  return { tokens: files.map((bytes) => stage(t.ctx, bytes, `goi-${++filesStaged}.btte`)), passphrases: [passphrase], force: [] };
}

const rowsOf = async (officeId: string) => (await t.ctx.db.selectFrom('exchange_row').select('row_id').where('office_id', '=', officeId).execute()).length;
const removals = () => t.ctx.db.selectFrom('audit_log').select(['action', 'entity_id']).where('entity', '=', 'exchange_source').execute();

async function twoOffices() {
  await applyImport(
    t.ctx,
    batch(
      await makePackage({ office: officeA, sequence: 3, tables: { child: [child('c1'), child('c2')] } }),
      await makePackage({ office: officeB, sequence: 1, tables: { child: [child('c9', officeB)] } }),
    ),
  );
}

describe('dropping an office’s data from the consolidation', () => {
  it('takes out its rows and its source, leaves the other office and the log, and audits the office id', async () => {
    await twoOffices();
    const logBefore = await imports(t.ctx);

    const left = await removeSource(t.ctx, officeA.id);

    expect(left.map((source) => [source.office.code, source.children])).toEqual([['HP-LC', 1]]);
    expect(await sources(t.ctx)).toEqual(left);
    expect(await rowsOf(officeA.id)).toBe(0);
    expect(await rowsOf(officeB.id)).toBe(1);
    expect(await imports(t.ctx)).toEqual(logBefore);
    expect(await removals()).toEqual([{ action: 'delete', entity_id: officeA.id }]);
    const report = await provinceReport(t.ctx, { from: '2026-10-01', to: '2026-12-31' });
    expect(report.offices.map((row) => row.office.code)).toEqual(['HP-LC']);
  });

  it('refuses an office it does not hold, changing nothing', async () => {
    await twoOffices();
    const before = await sources(t.ctx);
    expect(await refusalOf(() => removeSource(t.ctx, 'no-such-office'))).toBe('errors.notFound');
    expect(await sources(t.ctx)).toEqual(before);
    expect(await rowsOf(officeA.id)).toBe(2);
    expect(await removals()).toEqual([]);
    // Twice: the second time it is no longer held.
    await removeSource(t.ctx, officeB.id);
    expect(await refusalOf(() => removeSource(t.ctx, officeB.id))).toBe('errors.notFound');
  });

  it('then takes that office’s older package as if first seen, without force', async () => {
    await twoOffices();
    await removeSource(t.ctx, officeA.id);
    const older = batch(await makePackage({ office: officeA, sequence: 2, tables: { child: [child('c1')] } }));

    const dry = await dryRun(t.ctx, older);
    expect(dry.packages.map((report) => [report.outcome, report.problems, report.lastImportedSequence])).toEqual([['apply', [], null]]);
    await applyImport(t.ctx, older);
    expect((await sources(t.ctx)).map((source) => [source.office.code, source.sequence, source.children])).toEqual([
      ['HP-LC', 1, 1],
      ['HP-NQ', 2, 1],
    ]);
    expect((await imports(t.ctx))[0]?.tables).toEqual([{ table: 'child', new: 1, changed: 0, unchanged: 0, gone: 0 }]);
  });

  it('works only in province mode', async () => {
    await twoOffices();
    await t.ctx.db.updateTable('office').set({ mode: 'office' }).execute();
    expect(await refusalOf(() => removeSource(t.ctx, officeA.id))).toBe('errors.provinceModeOnly');
    await t.ctx.db.updateTable('office').set({ mode: 'province' }).execute();
    expect(await rowsOf(officeA.id)).toBe(2);
  });
});
