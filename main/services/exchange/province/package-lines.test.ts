import { describe, expect, it } from 'vitest';
import { makePackage, officeA, passphrase, rowOf } from '../../../../tests/fixtures/exchange-packages';
import { newKeyCache, openProvincePackage } from './province-open';
import { exchangeTables } from '../tables';

/** The province holds a package to the registry's allow-list, as the office does when it writes one. */

const child = (id: string, more: Record<string, unknown> = {}) => ({ id, office_id: officeA.id, full_name: 'Nguyễn Thị Lan', sex: 'female', birth_date: '2015-03-04', ...more });
const guardian = (id: string, childId: string, more: Record<string, unknown> = {}) => ({
  id,
  office_id: officeA.id,
  child_id: childId,
  full_name: 'Trần Thị Hoa',
  relation: 'Mẹ',
  lives_with_child: 1,
  sort_order: 0,
  ...more,
});
const line = (table: 'child' | 'guardian', values: Record<string, unknown>) => JSON.stringify(rowOf(table, values as never));
const problems = async (spec: Parameters<typeof makePackage>[0]) => (await openProvincePackage(await makePackage(spec), [passphrase], newKeyCache())).problems;
const childColumns = [...exchangeTables.child.columns];

describe('the registry’s columns, enforced at the province', () => {
  it('refuses a table listing a column the registry does not send, or lacking one it does: badManifest for that table', async () => {
    const extra = [...childColumns, 'health_notes'];
    const withNote = JSON.stringify({ ...rowOf('child', child('c1')), health_notes: 'ghi chú sức khỏe' });
    expect(await problems({ rawTables: { child: { columns: extra, lines: [withNote] } } })).toEqual([{ code: 'badManifest', blocking: true, details: { table: 'child' } }]);
    const fewer = childColumns.filter((column) => column !== 'village');
    const withoutVillage = JSON.stringify(Object.fromEntries(Object.entries(rowOf('child', child('c1'))).filter(([column]) => column !== 'village')));
    expect(await problems({ rawTables: { child: { columns: fewer, lines: [withoutVillage] } } })).toEqual([{ code: 'badManifest', blocking: true, details: { table: 'child' } }]);
    // A column named twice, or "__proto__" for one of them, is not the registry's set either.
    const twice = [...childColumns.slice(0, -1), 'id'];
    expect(await problems({ rawTables: { child: { columns: twice, lines: [] } } })).toEqual([{ code: 'badManifest', blocking: true, details: { table: 'child' } }]);
    const proto = [...childColumns.slice(0, -1), '__proto__'];
    expect(await problems({ rawTables: { child: { columns: proto, lines: [] } } })).toEqual([{ code: 'badManifest', blocking: true, details: { table: 'child' } }]);
    // The same set in another order is the registry's (the lines must still follow the registry's order).
    expect(await problems({ rawTables: { child: { columns: [...childColumns].reverse(), lines: [line('child', child('c1'))] } } })).toEqual([]);
  });

  it('counts as bad a line with a value in a column the manifest says was withheld', async () => {
    const lines = [line('child', child('c1')), line('child', child('c2', { personal_id: '031215000002' })), line('child', child('c3', { health_insurance_no: 'TE1310000000003' }))];
    expect(await problems({ rawTables: { child: { columns: childColumns, lines } } })).toEqual([{ code: 'badRows', blocking: true, details: { table: 'child', count: 2 } }]);
    const phones = [line('guardian', guardian('g1', 'c1', { phone: '0912345678' }))];
    const columns = [...exchangeTables.guardian.columns];
    expect(await problems({ rawTables: { guardian: { columns, lines: phones } } })).toEqual([{ code: 'badRows', blocking: true, details: { table: 'guardian', count: 1 } }]);
    // Sent because the office's settings say so: taken.
    const included = (manifest: { includes: object }) => ({ ...manifest, includes: { personalIds: true, guardianPhones: true } });
    expect(await problems({ rawTables: { child: { columns: childColumns, lines } }, overrides: included as never })).toEqual([]);
    expect(await problems({ rawTables: { guardian: { columns, lines: phones } }, overrides: included as never })).toEqual([]);
  });

  it('counts as bad a line that is not exactly JSON.stringify of its row: a member twice, "__proto__", another order, spaces', async () => {
    const row = rowOf('child', child('c2'));
    const sent = JSON.stringify(row);
    const lines = [
      line('child', child('c1')),
      // SQLite would read the first personal_id, JavaScript the last.
      sent.replace('"personal_id":null', '"personal_id":"031215000002","personal_id":null'),
      sent.replace('"village":null', '"__proto__":null'),
      JSON.stringify({ sex: row.sex, ...row }),
      JSON.stringify(row, null, 1).replaceAll('\n', ''),
      line('child', child('c3')),
    ];
    const opened = await openProvincePackage(await makePackage({ rawTables: { child: { columns: childColumns, lines } } }), [passphrase], newKeyCache());
    expect(opened.problems).toEqual([{ code: 'badRows', blocking: true, details: { table: 'child', count: 4 } }]);
    expect(opened.tables[0]?.keys).toEqual(['c1', 'c3']);
  });

  it('blocks a package with no table the registry knows: none at all, or only a newer version’s', async () => {
    expect(await problems({ tables: {} })).toEqual([{ code: 'badManifest', blocking: true }]);
    expect(await problems({ rawTables: { sponsor_visit: { columns: ['id'], lines: ['{"id":"s1"}'] } } })).toEqual([
      { code: 'badManifest', blocking: true },
      { code: 'unknownTables', blocking: false, details: { tables: ['sponsor_visit'] } },
    ]);
  });
});
