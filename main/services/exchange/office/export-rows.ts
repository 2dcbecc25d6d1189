import type SQLite from 'better-sqlite3';
import { exchangeTableNames, type ExchangeTableName } from '../../../../shared/codes/exchange';
import { sha256Hex } from '../file/sha256';
import { abuseMembershipSql, specOf, tablePartName, withheldColumns, type ExchangeIncludes, type ExchangeRow } from '../tables';

/**
 * Every registry table as the parts of a package: one prepared SELECT of the spec's columns per
 * table, ordered by its key, each row one line of JSON (JSON.stringify of the object with exactly
 * those columns in that order) followed by "\n". What is not sent is not even read: columns the
 * settings leave out are selected as null, and so are a child's identifying columns when the
 * child has ever been in an abuse circumstance; rows the registry withholds whole for such a
 * child (their guardians) are not selected at all (tables.ts, `identifying`).
 */

export interface ExportedTable {
  name: ExchangeTableName;
  part: string;
  columns: string[];
  rows: number;
  bytes: Uint8Array;
  /** SHA-256 of `bytes`, lowercase hex. */
  sha256: string;
}

const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Whether the child named by the row's `column` has ever been in an abuse circumstance (open or ended). */
const aboutAbusedChild = (column: string): string =>
  `exists (select 1 from membership m where m.child_id = t.${quote(column)} and ${abuseMembershipSql})`;

export function selectSql(table: ExchangeTableName, includes: ExchangeIncludes): string {
  const spec = specOf(table);
  const withheld = withheldColumns(spec, includes);
  const identifying = spec.identifying;
  const nulledForAbuse = new Set(identifying && identifying.withhold !== 'row' ? identifying.withhold : []);
  const columns = spec.columns.map((column) => {
    if (withheld.has(column)) return `null as ${quote(column)}`;
    if (identifying && nulledForAbuse.has(column)) {
      return `case when ${aboutAbusedChild(identifying.child)} then null else t.${quote(column)} end as ${quote(column)}`;
    }
    return `t.${quote(column)} as ${quote(column)}`;
  });
  const where = identifying?.withhold === 'row' ? ` where not ${aboutAbusedChild(identifying.child)}` : '';
  return `select ${columns.join(', ')} from ${quote(table)} as t${where} order by ${spec.key.map((column) => `t.${quote(column)}`).join(', ')}`;
}

function checkValue(value: unknown): void {
  if (value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return;
  // Blobs, big integers: a registry column that SQLite cannot send as plain JSON is a bug of the registry.
  throw new Error('An exchanged column holds a value that is not text, a number or null.');
}

/**
 * One table's part. better-sqlite3 builds each row object with its keys in the SELECT's order,
 * so JSON.stringify of it is the line the format asks for.
 */
export function exportTable(sqlite: SQLite.Database, table: ExchangeTableName, includes: ExchangeIncludes): ExportedTable {
  const columns = [...specOf(table).columns];
  const rows = sqlite.prepare(selectSql(table, includes)).all() as ExchangeRow[];
  const lines = new Array<string>(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as ExchangeRow;
    for (const column of columns) checkValue(row[column]);
    lines[index] = JSON.stringify(row);
  }
  const buffer = Buffer.from(rows.length === 0 ? '' : `${lines.join('\n')}\n`, 'utf8');
  return {
    name: table,
    part: tablePartName(table),
    columns,
    rows: rows.length,
    bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
    sha256: sha256Hex(buffer),
  };
}

/** Every table of the registry, in exchangeTableNames' order (parents first), empty ones too. */
export function exportRows(sqlite: SQLite.Database, includes: ExchangeIncludes): ExportedTable[] {
  return exchangeTableNames.map((table) => exportTable(sqlite, table, includes));
}
