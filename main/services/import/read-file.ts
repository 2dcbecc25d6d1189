import type { Kysely } from 'kysely';
import { toIsoDate } from '../../../shared/format/date';
import { foldVietnamese } from '../../../shared/format/names';
import { importFields, type ImportMapping } from '../../../shared/schemas/import';
import { AppFailure } from '../../failure';
import type { Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { officeUnits } from '../office';
import type { UnitCatalog } from '../units';
import { importIssues } from './issues';
import { identify, keepFile, lastRows, lastTable } from './last-file';
import type { CircumstanceOptions } from './match-circumstances';
import { soleUnit, unitMatcher } from './match-unit';
import { parseRow, type ParsedRow, type RowContext } from './parse-row';
import { readSheet } from './read-sheet';
import { toTable } from './sheet-table';
import { suggestMapping } from './suggest-mapping';

/**
 * An imported file read and its rows checked on their own and against each other, before any
 * look at the register. The result follows from the bytes, the mapping, the date and the
 * office's units and options alone, so the last file's is reused when all of those are the same
 * (see last-file.ts).
 */

export interface ImportFile {
  fileName: string;
  base64: string;
}

export interface ReadFile {
  headers: string[];
  mapping: ImportMapping;
  /** Not to be changed: they may be reused by the next call. */
  rows: readonly ParsedRow[];
}

async function circumstanceOptions(db: Kysely<Database>): Promise<CircumstanceOptions> {
  const options = await db
    .selectFrom('circumstance_option')
    .select(['code', 'kind', 'group_code', 'name_vi'])
    .where('active', '=', 1)
    .orderBy('sort_order')
    .execute();
  return {
    subgroups: options.flatMap((o) => (o.kind === 'subgroup' && o.group_code ? [{ code: o.code, groupCode: o.group_code }] : [])),
    atRisk: options.flatMap((o) => (o.kind === 'atRisk' ? [{ code: o.code, nameVi: o.name_vi }] : [])),
  };
}

export const flag = (row: ParsedRow, field: ParsedRow['issues'][number]['field'], message: string): void => {
  if (!row.issues.some((issue) => issue.field === field)) row.issues.push({ field, message });
  row.child = null;
};

/** The same child twice in one file: the same personal ID, or the same name, birth date and unit. */
function flagDuplicatesInFile(rows: readonly ParsedRow[]): void {
  const seen = new Map<string, ParsedRow[]>();
  const note = (key: string, row: ParsedRow): void => {
    const list = seen.get(key);
    if (list) list.push(row);
    else seen.set(key, [row]);
  };
  for (const row of rows) {
    if (row.personalId) note(`id:${row.personalId}`, row);
    if (row.child) note(`name:${foldVietnamese(row.fullName)}|${row.birthDate ?? ''}|${row.child.unitId}`, row);
  }
  for (const [key, list] of seen) {
    if (list.length < 2) continue;
    for (const row of list) flag(row, key.startsWith('id:') ? 'personalId' : 'fullName', importIssues.duplicateInFile);
  }
}

/** Null and a missing field mean the same (not imported), and key order means nothing. */
const mappingKey = (mapping: ImportMapping): string => importFields.map((field) => mapping[field] ?? '-').join(',');

export async function readImportFile(
  db: Kysely<Database>,
  units: UnitCatalog,
  clock: Clock,
  file: ImportFile,
  requested: ImportMapping | null,
): Promise<ReadFile> {
  const bytes = Buffer.from(file.base64, 'base64');
  const identity = identify(file.fileName, bytes);
  const table = lastTable(identity) ?? toTable(await readSheet(file.fileName, bytes));
  if (table.rows.length === 0) throw new AppFailure('errors.importUnreadable');
  const mapping = requested ?? suggestMapping(table.headers);

  const today = toIsoDate(clock.now());
  const unitList = await officeUnits(db, units);
  const circumstances = await circumstanceOptions(db);
  const key = JSON.stringify([mappingKey(mapping), today, unitList, circumstances]);
  const kept = lastRows(identity, key);
  if (kept) return { headers: table.headers, mapping, rows: kept };

  const context: RowContext = {
    today,
    headers: table.headers,
    findUnit: unitMatcher(unitList),
    defaultUnit: soleUnit(unitList),
    circumstances,
  };
  const rows = table.rows.map((row) => parseRow(row, mapping, context));
  flagDuplicatesInFile(rows);
  keepFile(identity, table, key, rows);
  return { headers: table.headers, mapping, rows };
}
