import { createHash } from 'node:crypto';
import type SQLite from 'better-sqlite3';
import { exchangeTableNames, type ExchangeTableName } from '../../../../shared/codes/exchange';
import { specOf, tablePartName, type ExchangeRow, type TableSpec } from '../tables';

/**
 * Every registry table as the parts of a package: one prepared SELECT of the spec's columns per
 * table, ordered by its key, each row one line of JSON (JSON.stringify of the object with exactly
 * those columns in that order) followed by "\n". Columns the settings leave out are
 * selected as null, so that they are never even read.
 */

export interface ExportIncludes {
  personalIds: boolean;
  guardianPhones: boolean;
}

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

/** The spec's columns that are sent as null under these settings. */
export function withheldColumns(spec: TableSpec, includes: ExportIncludes): Set<string> {
  return new Set<string>([...(includes.personalIds ? [] : (spec.personalIds ?? [])), ...(includes.guardianPhones ? [] : (spec.guardianPhones ?? []))]);
}

export function selectSql(table: ExchangeTableName, includes: ExportIncludes): string {
  const spec = specOf(table);
  const withheld = withheldColumns(spec, includes);
  const columns = spec.columns.map((column) => (withheld.has(column) ? `null as ${quote(column)}` : quote(column)));
  return `select ${columns.join(', ')} from ${quote(table)} order by ${spec.key.map(quote).join(', ')}`;
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
export function exportTable(sqlite: SQLite.Database, table: ExchangeTableName, includes: ExportIncludes): ExportedTable {
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
    sha256: createHash('sha256').update(buffer).digest('hex'),
  };
}

/** Every table of the registry, in exchangeTableNames' order (parents first), empty ones too. */
export function exportRows(sqlite: SQLite.Database, includes: ExportIncludes): ExportedTable[] {
  return exchangeTableNames.map((table) => exportTable(sqlite, table, includes));
}
