import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeTableNames } from '../../../../shared/codes/exchange';
import { officeDataContext, planted, type OfficeDataContext } from '../../../../tests/fixtures/office-data';
import { exportRows, exportTable, selectSql } from './export-rows';
import { specOf, tablePartName, type ExchangeRow } from '../tables';

const none = { personalIds: false, guardianPhones: false };
const all = { personalIds: true, guardianPhones: true };
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');
const rowsOf = (bytes: Uint8Array): ExchangeRow[] =>
  text(bytes)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as ExchangeRow);

let t: OfficeDataContext;
beforeAll(async () => (t = await officeDataContext({ children: 120, seed: 21 })));
afterAll(() => t.close());

describe('exportRows', () => {
  it('gives every registry table in order, each line a JSON object of exactly its columns, a line feed after each', () => {
    const tables = exportRows(t.ctx.sqlite, none);
    expect(tables.map((table) => table.name)).toEqual([...exchangeTableNames]);
    for (const table of tables) {
      const columns = [...specOf(table.name).columns];
      expect(table.part).toBe(tablePartName(table.name));
      expect(table.columns).toEqual(columns);
      const body = text(table.bytes);
      expect(body === '' || body.endsWith('}\n'), table.name).toBe(true);
      const lines = body.split('\n').slice(0, -1);
      expect(lines, table.name).toHaveLength(table.rows);
      for (const line of lines) expect(Object.keys(JSON.parse(line) as object)).toEqual(columns);
      expect(table.sha256).toBe(createHash('sha256').update(table.bytes).digest('hex'));
    }
  });

  it('writes each line as JSON.stringify writes the row object, numbers as numbers and text with its escapes', () => {
    t.ctx.sqlite.prepare(`update flood_point set name = 'Điểm "Bến Đá"\n tầng 2' where unit_id is not null`).run();
    const table = exportTable(t.ctx.sqlite, 'flood_point', none);
    const stored = t.ctx.sqlite.prepare(`select ${specOf('flood_point').columns.join(', ')} from flood_point order by id`).all() as ExchangeRow[];
    expect(text(table.bytes)).toBe(stored.map((row) => `${JSON.stringify(row)}\n`).join(''));
    expect(rowsOf(table.bytes)[0]).toMatchObject({ name: 'Điểm "Bến Đá"\n tầng 2', children_enrolled: 25, cost_per_child_day: 50_000 });
  });

  it('sends an empty table as an empty part', () => {
    t.ctx.sqlite.prepare('delete from gift_change').run();
    t.ctx.sqlite.prepare('delete from gift_group_rate').run();
    const table = exportTable(t.ctx.sqlite, 'gift_group_rate', none);
    expect(table.rows).toBe(0);
    expect(table.bytes).toHaveLength(0);
  });

  it('does not even read the personal IDs and phones the settings leave out', () => {
    expect(selectSql('child', none)).toContain('null as "personal_id"');
    expect(selectSql('child', none)).toContain('null as "health_insurance_no"');
    expect(selectSql('guardian', { personalIds: true, guardianPhones: false })).toContain('null as "phone"');
    expect(selectSql('guardian', { personalIds: true, guardianPhones: false })).not.toContain('null as "personal_id"');
    expect(selectSql('child', all)).not.toContain('null as');
  });

  it('gates IDs and phones separately', () => {
    const idsOnly = { personalIds: true, guardianPhones: false };
    const guardians = rowsOf(exportTable(t.ctx.sqlite, 'guardian', idsOnly).bytes);
    expect(guardians.every((g) => g.phone === null)).toBe(true);
    expect(guardians.some((g) => g.personal_id !== null)).toBe(true);
    const phonesOnly = rowsOf(exportTable(t.ctx.sqlite, 'guardian', { personalIds: false, guardianPhones: true }).bytes);
    expect(phonesOnly.every((g) => g.personal_id === null)).toBe(true);
    expect(phonesOnly.some((g) => g.phone !== null)).toBe(true);
    const children = rowsOf(exportTable(t.ctx.sqlite, 'child', idsOnly).bytes);
    expect(children.some((c) => c.personal_id !== null && c.birth_certificate_no !== null && c.health_insurance_no !== null)).toBe(true);
  });

  it('leaves out every column not in the registry, whatever the settings', () => {
    const sent = exportRows(t.ctx.sqlite, all)
      .map((table) => text(table.bytes))
      .join('');
    expect(sent).not.toContain(planted.note);
    expect(sent).not.toContain(planted.donorPhone);
    expect(sent).not.toContain('"search_text"');
    expect(sent).not.toContain('"folded_name"');
  });

  it('sends no visitor, visit findings or needs, donor name, hospital, co-funders or person in charge of a model', () => {
    const marked: [string, string][] = [
      ['visit', 'visitor'],
      ['visit', 'schooling'],
      ['visit', 'needs'],
      ['fund_donor', 'name'],
      ['fund_support', 'hospital'],
      ['fund_support', 'cofunder_names'],
      ['model_rollout', 'person_in_charge'],
    ];
    for (const [table, column] of marked) {
      const changed = t.ctx.sqlite.prepare(`update ${table} set ${column} = 'DẤU ${table}.${column}'`).run();
      expect(changed.changes, `${table}.${column}: rows to mark, so the test can fail`).toBeGreaterThan(0);
    }
    const sent = exportRows(t.ctx.sqlite, all)
      .map((table) => text(table.bytes))
      .join('');
    for (const [table, column] of marked) {
      expect(sent).not.toContain(`DẤU ${table}.${column}`);
      // Other tables send a "name" (campaigns, flood points); these column names are theirs alone.
      if (column !== 'name') expect(sent).not.toContain(`"${column}":`);
    }
  });

  it('refuses a value the province could not read back as text, number or null (a blob in a sent column)', () => {
    t.ctx.sqlite.prepare(`update model_type set name = x'00ff' where builtin is null`).run();
    expect(() => exportTable(t.ctx.sqlite, 'model_type', none)).toThrow(/not text, a number or null/);
  });
});
