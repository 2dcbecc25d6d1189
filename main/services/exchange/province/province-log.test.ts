import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePackage, officeA, officeB, passphrase, provinceContext, stage } from '../../../../tests/fixtures/exchange-packages';
import { applyImport } from './apply';
import { imports, sources } from './province-log';
import { refusalOf } from '../file/test-fixtures';

let t: Awaited<ReturnType<typeof provinceContext>>;
let filesStaged = 0;
beforeEach(async () => {
  t = await provinceContext();
  filesStaged = 0;
});
afterEach(() => t.close());

const child = (id: string, office = officeA) => ({ id, office_id: office.id, full_name: 'Ngô Thị Yến', sex: 'female', birth_date: '2016-01-20', status: 'active' });
const guardian = (id: string, childId: string, office = officeA) => ({ id, office_id: office.id, child_id: childId, full_name: 'Ngô Văn Tùng', relation: 'Bố', lives_with_child: 1, sort_order: 0 });

async function apply(...files: Uint8Array[]) {
  const tokens = files.map((bytes) => stage(t.ctx, bytes, `goi-${++filesStaged}.btte`));
  return applyImport(t.ctx, { tokens, passphrases: [passphrase], force: [] });
}

describe('the offices the province holds data from, and its import log', () => {
  it('lists each office’s newest snapshot with its children and rows per table', async () => {
    await apply(
      await makePackage({ office: officeA, sequence: 1, tables: { child: [child('c1'), child('c2')], guardian: [guardian('g1', 'c1')] } }),
      await makePackage({ office: officeB, sequence: 6, period: { kind: 'quarter', year: 2026, number: 3 }, tables: { child: [child('c1', officeB)] } }),
    );
    t.clock.set('2026-12-01T02:00:00.000Z');
    await apply(await makePackage({ office: officeA, sequence: 2, tables: { child: [child('c1'), child('c2'), child('c3')] } }));
    expect(await sources(t.ctx)).toEqual([
      {
        office: { id: officeB.id, code: 'HP-LC', name: officeB.name, provinceCode: '31' },
        sequence: 6,
        period: { kind: 'quarter', year: 2026, number: 3 },
        createdAt: '2026-11-06T07:00:00.000Z',
        importedAt: '2026-11-22T08:00:00.000Z',
        children: 1,
        rowCounts: { child: 1 },
      },
      {
        office: { id: officeA.id, code: 'HP-NQ', name: officeA.name, provinceCode: '31' },
        sequence: 2,
        period: { kind: 'month', year: 2026, number: 10 },
        createdAt: '2026-11-02T07:00:00.000Z',
        importedAt: '2026-12-01T02:00:00.000Z',
        children: 3,
        rowCounts: { child: 3, guardian: 1 },
      },
    ]);
  });

  it('lists the imports newest first, each with what it changed', async () => {
    const first = await apply(await makePackage({ sequence: 1, tables: { child: [child('c1')] } }), await makePackage({ office: officeB, sequence: 3, tables: { child: [] } }));
    t.clock.set('2026-12-01T02:00:00.000Z');
    const second = await apply(await makePackage({ sequence: 2, tables: { child: [child('c2')] } }));
    const log = await imports(t.ctx);
    expect(log.map((row) => [row.batchId, row.office.code, row.sequence, row.importedAt])).toEqual([
      [second.batchId, 'HP-NQ', 2, '2026-12-01T02:00:00.000Z'],
      [first.batchId, 'HP-LC', 3, '2026-11-22T08:00:00.000Z'],
      [first.batchId, 'HP-NQ', 1, '2026-11-22T08:00:00.000Z'],
    ]);
    expect(log[0]).toEqual(second.imported[0]);
    expect(log.map((row) => row.fileName)).toEqual(['goi-3.btte', 'goi-2.btte', 'goi-1.btte']);
    expect(log[0]?.tables).toEqual([{ table: 'child', new: 1, changed: 0, unchanged: 0, gone: 1 }]);
  });

  it('works only in province mode', async () => {
    await t.ctx.db.updateTable('office').set({ mode: 'office' }).execute();
    expect(await refusalOf(() => sources(t.ctx))).toBe('errors.provinceModeOnly');
    expect(await refusalOf(() => imports(t.ctx))).toBe('errors.provinceModeOnly');
  });
});
