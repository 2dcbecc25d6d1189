import type { Kysely } from 'kysely';
import type { DryRunPackage, PackageProblem } from '../../../../shared/exchange';
import type { Database, OfficeRow } from '../../../db/schema';
import type { HandlerContext } from '../../../handler-types';
import type { Manifest } from '../manifest';
import { packageProblem, type FileCheck } from './province-open';
import type { StagedFile } from './staging';

/**
 * Province mode: what a batch of staged packages comes to, given each file's own check
 * (province-open.ts) and what the province holds now. The dry run (dry-run.ts) and applying
 * (apply.ts, inside its transaction) both decide through here, so that what the dry run showed
 * is what applying does unless the database changed in between.
 */

export interface CheckedPackage {
  report: DryRunPackage;
  manifest: Manifest | null;
  file: StagedFile;
}

export interface CheckedBatch {
  packages: CheckedPackage[];
  canApply: boolean;
}

export interface FileChecked {
  file: StagedFile;
  check: FileCheck;
}

/** The batch's staged files, each once; a token no longer staged refuses the whole batch (errors.stagedFileMissing). */
export const stagedFiles = (staging: HandlerContext['staging'], tokens: readonly string[]): StagedFile[] =>
  [...new Set(tokens)].map((token) => staging.get(token));

/** Each package's outcome and problems. `force`: the tokens of packages older than the one held to take anyway. */
export async function decideBatch(db: Kysely<Database>, province: OfficeRow, files: readonly FileChecked[], force: readonly string[]): Promise<CheckedBatch> {
  const packages = files.map(({ file, check }): CheckedPackage => ({ report: reportOf(file, check, province), manifest: check.manifest, file }));
  await decideOutcomes(db, packages, force);
  return { packages, canApply: packages.every((checked) => checked.report.outcome !== 'blocked') };
}

function reportOf(file: StagedFile, check: FileCheck, province: OfficeRow): DryRunPackage {
  const manifest = check.manifest;
  const problems: PackageProblem[] = [...check.problems];
  if (manifest && manifest.office.provinceCode !== province.province_code) problems.push(packageProblem('otherProvince'));
  if (manifest && manifest.office.id === province.id) problems.push(packageProblem('ownOffice'));
  const office = manifest ? { id: manifest.office.id, code: manifest.office.code, name: manifest.office.name, provinceCode: manifest.office.provinceCode } : null;
  return {
    token: file.token,
    fileName: file.fileName,
    office,
    sequence: manifest?.sequence ?? null,
    period: manifest?.period ?? null,
    createdAt: manifest?.createdAt ?? null,
    appVersion: manifest?.appVersion ?? null,
    includes: manifest ? { ...manifest.includes } : null,
    earlierImportId: null,
    lastImportedSequence: null,
    forced: false,
    outcome: 'blocked',
    problems,
    tables: [],
  };
}

/** Whether `a` is newer than `b` (same office): by sequence, then creation; the batch's order breaks ties. */
function newer(a: Manifest, b: Manifest): boolean {
  return a.sequence !== b.sequence ? a.sequence > b.sequence : a.createdAt > b.createdAt;
}

interface Held {
  sequence: number;
  sha256: string;
}

/** Office codes compared as a file system that ignores case would (receipts are named by them). */
const sameCode = (code: string): string => code.toUpperCase();

/**
 * The batch-level problems, each against the package the province holds from the office now
 * (not every package it ever imported: after an older one was forced in, the newer one taken
 * out is newer again): the very file held (nothing to do; the import that brought it named,
 * so that its receipt can be written again), a newer package of the same office in the batch
 * (nothing to do), a package not newer than the one held (blocking unless forced), and an
 * office code another office holds (told).
 */
async function decideOutcomes(db: Kysely<Database>, packages: CheckedPackage[], force: readonly string[]): Promise<void> {
  const sources = await db.selectFrom('exchange_source').select(['office_id', 'code', 'sequence', 'package_sha256']).execute();
  const held = new Map<string, Held>(sources.map((row) => [row.office_id, { sequence: row.sequence, sha256: row.package_sha256 }]));
  const officesByCode = new Map<string, Set<string>>();
  for (const row of sources) {
    const code = sameCode(row.code);
    officesByCode.set(code, (officesByCode.get(code) ?? new Set<string>()).add(row.office_id));
  }
  const newest = new Map<string, Manifest>();
  for (const { manifest } of packages) {
    if (!manifest) continue;
    const current = newest.get(manifest.office.id);
    if (!current || newer(manifest, current)) newest.set(manifest.office.id, manifest);
  }

  for (const { report, manifest, file } of packages) {
    if (manifest) {
      const office = manifest.office;
      const last = held.get(office.id) ?? null;
      const winner = newest.get(office.id) ?? manifest;
      report.lastImportedSequence = last?.sequence ?? null;
      if (last?.sha256 === file.sha256) {
        report.problems.push(packageProblem('alreadyImported'));
        report.earlierImportId = await importOf(db, office.id, file.sha256);
      } else if (winner !== manifest) report.problems.push(packageProblem('supersededInBatch', { sequence: winner.sequence }));
      else if (last !== null && manifest.sequence <= last.sequence) {
        report.forced = force.includes(report.token);
        report.problems.push({ ...packageProblem('olderThanImported', { sequence: last.sequence }), blocking: !report.forced });
      }
      const others = [...(officesByCode.get(sameCode(office.code)) ?? [])].filter((id) => id !== office.id);
      if (others.length > 0) report.problems.push(packageProblem('officeCodeTaken', { code: office.code }));
    }
    const idle = report.problems.some((problem) => problem.code === 'alreadyImported' || problem.code === 'supersededInBatch');
    report.outcome = report.problems.some((problem) => problem.blocking) ? 'blocked' : idle ? 'nothing' : 'apply';
    if (report.outcome !== 'nothing') report.earlierImportId = null;
  }
}

/** The import that brought in the file held (the latest, should the same file have come twice). */
async function importOf(db: Kysely<Database>, officeId: string, sha256: string): Promise<string | null> {
  const row = await db
    .selectFrom('exchange_import')
    .select('id')
    .where('office_id', '=', officeId)
    .where('package_sha256', '=', sha256)
    .orderBy('imported_at', 'desc')
    .executeTakeFirst();
  return row?.id ?? null;
}
