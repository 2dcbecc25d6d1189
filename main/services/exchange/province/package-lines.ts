import { blockingProblems, exchangeTableNames, isExchangeTableName, type ExchangeTableName, type PackageProblemCode } from '../../../../shared/codes/exchange';
import type { PackageProblem } from '../../../../shared/exchange';
import { sha256Hex } from '../file/sha256';
import type { Manifest, ManifestTable } from '../manifest';
import { exchangeTables, rowKey, tablePartName, withheldColumns, type ExchangeRow, type TableSpec } from '../tables';

/**
 * The rows of a package's tables, checked against the registry (tables.ts), which the province
 * enforces as the office does: a table is taken only when the manifest lists exactly the
 * registry's columns for it (no more, no fewer: badManifest for the table otherwise, and it is
 * not read), and each line must be the JSON.stringify of an object with exactly those columns
 * in the registry's order, values strings, numbers or null, the key present and unique, and
 * null in every column the manifest's `includes` says the office withheld (personal IDs,
 * guardian phones); a line that is not is a bad row. Then references between tables the
 * package carries. Whether a child in an abuse circumstance came de-identified is the office's
 * rule (export-rows.ts) and not checked here: such rows are only nulls where names were.
 *
 * Why a line must be exactly what JSON.stringify writes: the province stores it as sent and
 * SQLite reads it later (jsonb), so JavaScript here and SQLite there must see the same row. A
 * line with a member twice ({"phone":"09…","phone":null}) would pass a check of the parsed
 * object (JSON.parse keeps the last) and show the first to SQLite; re-serialising tells it.
 * Row data is never a key of a plain object here (Maps and Sets only), so a member named
 * "__proto__" is only a column the registry does not list.
 */

export interface OpenedTable {
  table: ExchangeTableName;
  /** The lines that passed, as sent (the province stores them so). */
  lines: string[];
  /** Each line's row key (tables.ts `rowKey`), in the same order. */
  keys: string[];
}

export function packageProblem(code: PackageProblemCode, details?: PackageProblem['details']): PackageProblem {
  return { code, blocking: blockingProblems.includes(code), ...(details ? { details } : {}) };
}

interface ReadTable extends OpenedTable {
  bad: number;
  /** Per referencing column: the table it names and each passed line's value (null: none). */
  references: { table: ExchangeTableName; values: (string | null)[] }[];
}


/** Exactly the registry's columns, each once, in any order. */
function sameColumns(listed: readonly string[], spec: TableSpec): boolean {
  const columns = new Set(listed);
  return columns.size === listed.length && listed.length === spec.columns.length && spec.columns.every((column) => columns.has(column));
}

export function readTables(manifest: Manifest, parts: ReadonlyMap<string, Uint8Array>): { tables: OpenedTable[]; problems: PackageProblem[] } {
  const problems: PackageProblem[] = [];
  const unknown = manifest.tables.filter((entry) => !isExchangeTableName(entry.name)).map((entry) => entry.name);
  // A package with none of the registry's tables has nothing to import: it is not one this app wrote.
  if (unknown.length === manifest.tables.length) {
    problems.push(packageProblem('badManifest'));
    if (unknown.length > 0) problems.push(packageProblem('unknownTables', { tables: unknown }));
    return { tables: [], problems };
  }
  const read = new Map<ExchangeTableName, ReadTable>();
  for (const table of exchangeTableNames) {
    const entry = manifest.tables.find((listed) => listed.name === table);
    if (!entry) continue;
    const part = parts.get(entry.part);
    if (entry.part !== tablePartName(table) || !part || sha256Hex(part) !== entry.sha256 || !sameColumns(entry.columns, exchangeTables[table])) {
      problems.push(packageProblem('badManifest', { table }));
      continue;
    }
    const result = readTable(table, entry, part, withheldColumns(exchangeTables[table], manifest.includes));
    if (result.bad + result.lines.length !== entry.rows) problems.push(packageProblem('badManifest', { table }));
    if (result.bad > 0) problems.push(packageProblem('badRows', { table, count: result.bad }));
    read.set(table, result);
  }
  problems.push(...missingReferences(read));
  if (unknown.length > 0) problems.push(packageProblem('unknownTables', { tables: unknown }));
  const tables = [...read.values()].map(({ table, lines, keys }) => ({ table, lines, keys }));
  return { tables, problems };
}

function splitLines(bytes: Uint8Array): string[] | null {
  let text: string;
  try {
    // A byte-order mark is kept, so that it makes its line bad rather than vanish.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function readTable(table: ExchangeTableName, entry: ManifestTable, part: Uint8Array, withheld: ReadonlySet<string>): ReadTable {
  const spec: TableSpec = exchangeTables[table];
  const referencing = Object.entries(spec.references ?? {}) as [string, ExchangeTableName][];
  const result: ReadTable = {
    table,
    lines: [],
    keys: [],
    bad: 0,
    references: referencing.map(([, target]) => ({ table: target, values: [] })),
  };
  const lines = splitLines(part);
  if (!lines) return { ...result, bad: Math.max(entry.rows, 1) };
  const seen = new Set<string>();
  for (const line of lines) {
    const row = rowOf(line, spec, withheld);
    const key = row ? rowKey(spec, row) : '';
    if (!row || seen.has(key)) {
      result.bad++;
      continue;
    }
    seen.add(key);
    result.lines.push(line);
    result.keys.push(key);
    referencing.forEach(([column], at) => {
      const value = row[column];
      result.references[at]?.values.push(value === null || value === undefined ? null : String(value));
    });
  }
  return result;
}

function rowOf(line: string, spec: TableSpec, withheld: ReadonlySet<string>): ExchangeRow | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const row = value as Record<string, unknown>;
  const names = Object.keys(row);
  if (names.length !== spec.columns.length || names.some((name, at) => name !== spec.columns[at])) return null;
  for (const column of spec.columns) {
    const cell = row[column];
    if (cell !== null && typeof cell !== 'string' && typeof cell !== 'number') return null;
    if (cell !== null && withheld.has(column)) return null;
  }
  if (spec.key.some((column) => row[column] === null)) return null;
  // Last: the costliest check, and the one that catches a member given twice (see above).
  if (JSON.stringify(row) !== line) return null;
  return row as ExchangeRow;
}

/** Rows naming a row the package lacks, counted only where the table named is in the package. */
function missingReferences(read: ReadonlyMap<ExchangeTableName, ReadTable>): PackageProblem[] {
  const keySets = new Map<ExchangeTableName, Set<string>>();
  const keysOf = (table: ExchangeTableName): Set<string> | undefined => {
    const target = read.get(table);
    if (!target) return undefined;
    let keys = keySets.get(table);
    if (!keys) {
      keys = new Set(target.keys);
      keySets.set(table, keys);
    }
    return keys;
  };
  const problems: PackageProblem[] = [];
  for (const table of read.values()) {
    const missing = new Set<number>();
    for (const reference of table.references) {
      const keys = keysOf(reference.table);
      if (!keys) continue;
      reference.values.forEach((value, at) => {
        if (value !== null && !keys.has(value)) missing.add(at);
      });
    }
    if (missing.size > 0) problems.push(packageProblem('missingReferences', { table: table.table, count: missing.size }));
  }
  return problems;
}
