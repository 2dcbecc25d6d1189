import type { Kysely } from 'kysely';
import { toIsoDate } from '../../../shared/format/date';
import { foldVietnamese } from '../../../shared/format/names';
import type { DuplicateCandidate } from '../../../shared/register';
import type { ImportMapping, ImportPreview, ImportResult, ImportRowPreview } from '../../../shared/schemas/import';
import { AppFailure } from '../../failure';
import type { Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { getOffice, officeUnits } from '../office';
import type { UnitCatalog } from '../units';
import { importIssues } from './issues';
import type { CircumstanceOptions } from './match-circumstances';
import { soleUnit, unitMatcher } from './match-unit';
import { parseRow, type ParsedRow, type RowContext } from './parse-row';
import { readSheet } from './read-sheet';
import { findRegisterDuplicates } from './register-duplicates';
import { insertChildren } from './register-port';
import { toTable } from './sheet-table';
import { suggestMapping } from './suggest-mapping';

/**
 * Import of an existing register from Excel or CSV. The preview reads and checks every row;
 * the commit reads the same file again, checks it again (nothing the renderer says about the
 * rows is trusted) and writes all rows or none.
 */

export interface ImportFile {
  fileName: string;
  base64: string;
}

interface CheckedRow extends ParsedRow {
  duplicates: DuplicateCandidate[];
}

interface CheckedFile {
  headers: string[];
  mapping: ImportMapping;
  rows: CheckedRow[];
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

const flag = (row: ParsedRow, field: ParsedRow['issues'][number]['field'], message: string): void => {
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

async function checkFile(
  db: Kysely<Database>,
  units: UnitCatalog,
  clock: Clock,
  file: ImportFile,
  requested: ImportMapping | null,
): Promise<CheckedFile> {
  const office = await getOffice(db);
  if (!office) throw new AppFailure('errors.officeNotSetUp');
  const table = toTable(await readSheet(file.fileName, Buffer.from(file.base64, 'base64')));
  if (table.rows.length === 0) throw new AppFailure('errors.importUnreadable');
  const mapping = requested ?? suggestMapping(table.headers);

  const unitList = await officeUnits(db, units);
  const context: RowContext = {
    today: toIsoDate(clock.now()),
    headers: table.headers,
    findUnit: unitMatcher(unitList),
    defaultUnit: soleUnit(unitList),
    circumstances: await circumstanceOptions(db),
  };
  const parsed = table.rows.map((row) => parseRow(row, mapping, context));
  flagDuplicatesInFile(parsed);

  const candidates = await findRegisterDuplicates(
    db,
    units,
    office.id,
    parsed.map((row) => ({
      fullName: row.fullName,
      birthDate: row.birthDate ?? '',
      personalId: row.personalId,
      guardians: row.child?.guardians ?? [],
    })),
  );
  const rows = parsed.map((row, index): CheckedRow => {
    const duplicates = candidates[index] ?? [];
    // The register holds one child per personal ID: that row cannot be imported at all.
    if (duplicates.some((d) => d.reason === 'samePersonalId')) flag(row, 'personalId', importIssues.personalIdTaken);
    return { ...row, duplicates };
  });
  return { headers: table.headers, mapping, rows };
}

export async function previewImport(
  db: Kysely<Database>,
  units: UnitCatalog,
  clock: Clock,
  request: ImportFile & { mapping: ImportMapping | null },
): Promise<ImportPreview> {
  const checked = await checkFile(db, units, clock, request, request.mapping);
  const rows = checked.rows.map(
    (row): ImportRowPreview => ({
      rowNumber: row.rowNumber,
      fullName: row.fullName,
      birthDate: row.birthDate,
      issues: row.issues,
      duplicates: row.duplicates,
    }),
  );
  const errorCount = rows.filter((row) => row.issues.length > 0).length;
  return {
    fileName: request.fileName,
    headers: checked.headers,
    mapping: checked.mapping,
    rows,
    validCount: rows.length - errorCount,
    errorCount,
    duplicateCount: rows.filter((row) => row.issues.length === 0 && row.duplicates.length > 0).length,
  };
}

export async function commitImport(
  db: Kysely<Database>,
  units: UnitCatalog,
  clock: Clock,
  request: ImportFile & { mapping: ImportMapping; acceptedDuplicateRows: readonly number[] },
): Promise<ImportResult> {
  const checked = await checkFile(db, units, clock, request, request.mapping);
  const accepted = new Set(request.acceptedDuplicateRows);
  const blocked = checked.rows.some(
    (row) => row.issues.length > 0 || !row.child || (row.duplicates.length > 0 && !accepted.has(row.rowNumber)),
  );
  if (blocked) throw new AppFailure('errors.importInvalid');
  const inputs = checked.rows.flatMap((row) =>
    // Overruled warnings are remembered, so the register does not raise them again.
    row.child ? [{ ...row.child, notDuplicateOf: row.duplicates.map((d) => d.id) }] : [],
  );
  const ids = await insertChildren(db, units, clock, inputs);
  return { imported: ids.length };
}
