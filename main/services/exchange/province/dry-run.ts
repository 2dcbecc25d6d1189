import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { DryRun, DryRunPackage, PackageProblem, TableChanges } from '../../../../shared/exchange';
import type { DryRunInput } from '../../../../shared/schemas/exchange';
import type { Database, OfficeRow } from '../../../db/schema';
import type { HandlerContext } from '../../../handler-types';
import { inTurn } from './in-turn';
import type { Manifest } from '../manifest';
import { requireMode } from '../mode';
import { checkPackageFile, newKeyCache, packageProblem, readUnlocked, unlockFile, type FileCheck, type KeyCache } from './province-open';
import { compareTable } from './snapshot-diff';
import type { StagedFile } from './staging';

/**
 * Province mode: what importing a batch of staged packages would do, per package and table,
 * and what stops it. Apply (apply.ts) runs the same check inside its transaction.
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

export interface BatchSources {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  staging: HandlerContext['staging'];
}

/** The batch's staged files, each once; a token no longer staged refuses the whole batch (errors.stagedFileMissing). */
export const stagedFiles = (staging: HandlerContext['staging'], tokens: readonly string[]): StagedFile[] =>
  [...new Set(tokens)].map((token) => staging.get(token));

/**
 * Checks every file of the batch and decides each one's outcome. With `compare`, each package is
 * opened (one after the other, see in-turn.ts) and compared table by table with what the
 * province holds from its office while it is open; without, only the files' own checks are
 * wanted, which a dry run of the same files and passphrases has left in memory.
 */
export async function checkBatch(from: BatchSources, province: OfficeRow, input: DryRunInput, keys: KeyCache, compare: boolean): Promise<CheckedBatch> {
  const files = stagedFiles(from.staging, input.tokens);
  const packages: CheckedPackage[] = [];
  const changes = new Map<CheckedPackage, TableChanges[]>();
  const add = (file: StagedFile, check: FileCheck): CheckedPackage => {
    const checked = { report: reportOf(file, check, province), manifest: check.manifest, file };
    packages.push(checked);
    return checked;
  };
  if (compare) {
    for await (const [file, unlocked] of inTurn(files, (staged) => unlockFile(staged.bytes, input.passphrases, keys))) {
      const opened = readUnlocked(file.bytes, input.passphrases, unlocked);
      const checked = add(file, opened);
      const officeId = opened.manifest?.office.id;
      if (officeId !== undefined) changes.set(checked, opened.tables.map((table) => compareTable(from.sqlite, officeId, table).changes));
    }
  } else {
    for (const file of files) add(file, await checkPackageFile(file.bytes, input.passphrases, keys));
  }
  await decideOutcomes(from.db, packages, input.force);
  for (const checked of packages) checked.report.tables = checked.report.outcome === 'apply' ? (changes.get(checked) ?? []) : [];
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

/**
 * The batch-level problems: a file imported before (nothing to do), a newer package of the same
 * office in the batch (nothing to do), a package older than the one held (blocking unless forced).
 */
async function decideOutcomes(db: Kysely<Database>, packages: CheckedPackage[], force: readonly string[]): Promise<void> {
  const sources = await db.selectFrom('exchange_source').select(['office_id', 'sequence']).execute();
  const held = new Map(sources.map((row) => [row.office_id, row.sequence]));
  const shas = packages.map((checked) => checked.file.sha256);
  const importedRows = await db.selectFrom('exchange_import').select('package_sha256').where('package_sha256', 'in', shas).execute();
  const imported = new Set(importedRows.map((row) => row.package_sha256));
  const newest = new Map<string, Manifest>();
  for (const { manifest } of packages) {
    if (!manifest) continue;
    const current = newest.get(manifest.office.id);
    if (!current || newer(manifest, current)) newest.set(manifest.office.id, manifest);
  }

  for (const { report, manifest, file } of packages) {
    if (manifest) {
      const last = held.get(manifest.office.id) ?? null;
      const winner = newest.get(manifest.office.id) ?? manifest;
      report.lastImportedSequence = last;
      if (imported.has(file.sha256)) report.problems.push(packageProblem('alreadyImported'));
      else if (winner !== manifest) report.problems.push(packageProblem('supersededInBatch', { sequence: winner.sequence }));
      else if (last !== null && manifest.sequence <= last) {
        report.forced = force.includes(report.token);
        report.problems.push({ ...packageProblem('olderThanImported', { sequence: last }), blocking: !report.forced });
      }
    }
    const idle = report.problems.some((problem) => problem.code === 'alreadyImported' || problem.code === 'supersededInBatch');
    report.outcome = report.problems.some((problem) => problem.blocking) ? 'blocked' : idle ? 'nothing' : 'apply';
  }
}

export async function dryRun(ctx: HandlerContext, input: DryRunInput): Promise<DryRun> {
  const province = await requireMode(ctx.db, 'province');
  const batch = await checkBatch({ db: ctx.db, sqlite: ctx.sqlite, staging: ctx.staging }, province, input, newKeyCache(), true);
  return { packages: batch.packages.map((checked) => checked.report), canApply: batch.canApply };
}
