import { hash } from 'node:crypto';
import { blockingProblems, exchangeTableNames, isExchangeTableName, type ExchangeTableName, type PackageProblemCode } from '../../../../shared/codes/exchange';
import type { PackageProblem } from '../../../../shared/exchange';
import type { Manifest, ManifestTable } from '../manifest';
import { exchangeTables, rowKey, tablePartName, type ExchangeRow, type TableSpec } from '../tables';

/**
 * The rows of a package's tables, checked line by line: each a JSON object with exactly the
 * manifest's columns for its table, values strings, numbers or null, the key present and
 * unique; then references between tables the package carries.
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


const sha256 = (bytes: Uint8Array): string => hash('sha256', bytes, 'hex');

export function readTables(manifest: Manifest, parts: ReadonlyMap<string, Uint8Array>): { tables: OpenedTable[]; problems: PackageProblem[] } {
  const problems: PackageProblem[] = [];
  const unknown = manifest.tables.filter((entry) => !isExchangeTableName(entry.name)).map((entry) => entry.name);
  const read = new Map<ExchangeTableName, ReadTable>();
  for (const table of exchangeTableNames) {
    const entry = manifest.tables.find((listed) => listed.name === table);
    if (!entry) continue;
    const part = parts.get(entry.part);
    const key: readonly string[] = exchangeTables[table].key;
    const columnsFit = new Set(entry.columns).size === entry.columns.length && key.every((column) => entry.columns.includes(column));
    if (entry.part !== tablePartName(table) || !part || sha256(part) !== entry.sha256 || !columnsFit) {
      problems.push(packageProblem('badManifest', { table }));
      continue;
    }
    const result = readTable(table, entry, part);
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

function readTable(table: ExchangeTableName, entry: ManifestTable, part: Uint8Array): ReadTable {
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
    const row = rowOf(line, entry.columns, spec);
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

function rowOf(line: string, columns: readonly string[], spec: TableSpec): ExchangeRow | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const row = value as Record<string, unknown>;
  if (Object.keys(row).length !== columns.length) return null;
  for (const column of columns) {
    if (!Object.hasOwn(row, column)) return null;
    const cell = row[column];
    if (cell !== null && typeof cell !== 'string' && typeof cell !== 'number') return null;
  }
  if (spec.key.some((column) => row[column] === null)) return null;
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
