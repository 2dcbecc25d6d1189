import { createHash } from 'node:crypto';
import type { ParsedRow } from './parse-row';
import type { SheetTable } from './sheet-table';

/**
 * The file of the last preview, kept in memory (main is one process) so that the commit that
 * follows does not read and parse the same bytes again: its table, and its rows as parsed for
 * one mapping in one context (the date, the office's units and options). Only what follows
 * from those is kept; the checks against the register always run again. One file at a time,
 * forgotten after a commit, or after `keepFor` without a new preview (an import left
 * half-way should not keep children's data in memory).
 */

/** How long a previewed file is kept for its commit. */
export const keepFor = 15 * 60 * 1000;
let expiry: ReturnType<typeof setTimeout> | null = null;

export interface FileIdentity {
  fileName: string;
  /** SHA-256 of the bytes. */
  digest: string;
}

interface LastFile extends FileIdentity {
  table: SheetTable;
  parsed: { key: string; rows: readonly ParsedRow[] } | null;
}

let last: LastFile | null = null;

export const identify = (fileName: string, bytes: Uint8Array): FileIdentity => ({
  fileName,
  digest: createHash('sha256').update(bytes).digest('hex'),
});

const isLast = (file: FileIdentity): boolean => last !== null && last.digest === file.digest && last.fileName === file.fileName;

export const lastTable = (file: FileIdentity): SheetTable | null => (last && isLast(file) ? last.table : null);

/** The rows parsed under `key` (the mapping and the context) from this file, if they are the last. */
export const lastRows = (file: FileIdentity, key: string): readonly ParsedRow[] | null =>
  last && isLast(file) && last.parsed?.key === key ? last.parsed.rows : null;

export function keepFile(file: FileIdentity, table: SheetTable, key: string, rows: readonly ParsedRow[]): void {
  last = { ...file, table, parsed: { key, rows } };
  if (expiry) clearTimeout(expiry);
  expiry = setTimeout(forgetLastFile, keepFor);
  // The timer alone never keeps the process alive.
  expiry.unref?.();
}

export function forgetLastFile(): void {
  last = null;
  if (expiry) clearTimeout(expiry);
  expiry = null;
}
