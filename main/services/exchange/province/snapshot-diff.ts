import type SQLite from 'better-sqlite3';
import type { TableChanges } from '../../../../shared/exchange';
import type { OpenedTable } from './package-lines';
import { lineHash } from '../tables';

/**
 * A table of a package against what the province holds of it from the same office: each row
 * (by its key) is new, changed (its hash differs), unchanged, or gone (held, no longer sent).
 */


export interface TableComparison {
  changes: TableChanges;
  /** Indexes of the lines to insert (hashed when written: a first import hashes nothing twice). */
  added: number[];
  /** Indexes of the lines to replace, with their hashes. */
  changed: { at: number; hash: string }[];
  /** Row ids held that the package no longer has. */
  gone: string[];
}

const heldSql = 'select row_id, hash from exchange_row where office_id = ? and table_name = ?';

export function compareTable(sqlite: SQLite.Database, officeId: string, table: OpenedTable): TableComparison {
  const held = new Map<string, string>();
  const statement = sqlite.prepare<[string, string], [string, string]>(heldSql).raw();
  for (const [rowId, rowHash] of statement.iterate(officeId, table.table)) held.set(rowId, rowHash);
  const added: number[] = [];
  const changed: { at: number; hash: string }[] = [];
  let unchanged = 0;
  table.keys.forEach((key, at) => {
    const before = held.get(key);
    if (before === undefined) {
      added.push(at);
      return;
    }
    held.delete(key);
    const now = lineHash(table.lines[at] ?? '');
    if (before === now) unchanged++;
    else changed.push({ at, hash: now });
  });
  const gone = [...held.keys()];
  return { changes: { table: table.table, new: added.length, changed: changed.length, unchanged, gone: gone.length }, added, changed, gone };
}
