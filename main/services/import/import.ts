import type { Kysely } from 'kysely';
import type { DuplicateCandidate } from '../../../shared/register';
import type { ImportMapping, ImportPreview, ImportResult, ImportRowPreview } from '../../../shared/schemas/import';
import { AppFailure } from '../../failure';
import type { Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { getOffice } from '../office';
import type { UnitCatalog } from '../units';
import { importIssues } from './issues';
import { forgetLastFile } from './last-file';
import type { ParsedRow } from './parse-row';
import { flag, readImportFile, type ImportFile } from './read-file';
import { findRegisterDuplicates } from './register-duplicates';
import { insertChildren } from '../children';

/**
 * Import of an existing register from Excel or CSV. The preview reads and checks every row;
 * the commit checks the same file again (nothing the renderer says about the rows is trusted)
 * and writes all rows or none. What follows from the file alone may come from the preview of
 * the same bytes (read-file.ts); the checks against the register always run again.
 */

export type { ImportFile } from './read-file';

interface CheckedRow extends ParsedRow {
  duplicates: DuplicateCandidate[];
}

interface CheckedFile {
  headers: string[];
  mapping: ImportMapping;
  rows: CheckedRow[];
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
  const read = await readImportFile(db, units, clock, file, requested);
  const candidates = await findRegisterDuplicates(
    db,
    units,
    office.id,
    read.rows.map((row) => ({
      fullName: row.fullName,
      birthDate: row.birthDate ?? '',
      personalId: row.personalId,
      guardians: row.child?.guardians ?? [],
    })),
  );
  // Copies: the rows read may be reused by the next call.
  const rows = read.rows.map((row, index): CheckedRow => {
    const checked: CheckedRow = { ...row, issues: [...row.issues], duplicates: candidates[index] ?? [] };
    // The register holds one child per personal ID: that row cannot be imported at all.
    if (checked.duplicates.some((d) => d.reason === 'samePersonalId')) flag(checked, 'personalId', importIssues.personalIdTaken);
    return checked;
  });
  return { headers: read.headers, mapping: read.mapping, rows };
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
  try {
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
  } finally {
    forgetLastFile();
  }
}
