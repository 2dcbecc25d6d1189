import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { isExchangeTableName, type ExchangeTableName } from '../../../../shared/codes/exchange';
import type { ApplyResult, ImportLogRow } from '../../../../shared/exchange';
import type { DryRunInput } from '../../../../shared/schemas/exchange';
import { newId } from '../../../clock';
import type { Database, ExchangeImportTable } from '../../../db/schema';
import { AppFailure } from '../../../failure';
import type { HandlerContext } from '../../../handler-types';
import { recordAudit } from '../../audit';
import { decideBatch, stagedFiles, type CheckedPackage, type FileChecked } from './batch';
import { inTurn } from './in-turn';
import type { Manifest } from '../manifest';
import { requireMode } from '../mode';
import { checkPackageFile, newKeyCache, readUnlocked, unlockFile, type OpenedTable } from './province-open';
import { importLogRow } from './province-log';
import { compareTable } from './snapshot-diff';
import { lineHash } from '../tables';

/**
 * Province mode: a batch applied all at once or not at all. One transaction, opened on ctx.db
 * (Kysely) rather than better-sqlite3's synchronous one, so that the packages can be opened
 * inside it (scrypt and inflating are asynchronous) one after the other instead of all decoded
 * in memory first; the bulk writes run on ctx.sqlite, which joins it. In it the batch is
 * decided again (batch.ts; the files' own checks come from the dry run's memory, see
 * province-open.ts; what depends on the database is read again), then each 'apply' package is
 * opened and written, the next one unlocking meanwhile (at most two decoded packages are
 * alive). Any failure rolls back every office of the batch.
 *
 * Other requests wait for the transaction: Kysely has one SQLite connection and lends it to
 * one caller at a time, and the transaction holds it from begin to commit. A dry run asked for
 * meanwhile (the import page's, another window's) reads through that lock too: its mode check
 * and decisions are Kysely queries, and its comparisons on ctx.sqlite, which alone would not
 * wait, are made holding Kysely's connection (dry-run.ts `heldChanges`, settled-reads.ts). So
 * it never counts rows of a batch being applied before they are committed, or that a failure
 * then rolls back; it sees the province before the batch or after it. The province report
 * reads the same way.
 */

interface Statements {
  insert: SQLite.Statement<[string, string, string, string, string]>;
  replace: SQLite.Statement<[string, string, string, string, string]>;
  remove: SQLite.Statement<[string, string, string]>;
}

function prepare(sqlite: SQLite.Database): Statements {
  return {
    insert: sqlite.prepare('insert into exchange_row (office_id, table_name, row_id, hash, data) values (?, ?, ?, ?, jsonb(?))'),
    replace: sqlite.prepare('update exchange_row set hash = ?, data = jsonb(?) where office_id = ? and table_name = ? and row_id = ?'),
    remove: sqlite.prepare('delete from exchange_row where office_id = ? and table_name = ? and row_id = ?'),
  };
}

export async function applyImport(ctx: HandlerContext, input: DryRunInput): Promise<ApplyResult> {
  const province = await requireMode(ctx.db, 'province');
  const batchId = newId();
  const importedAt = ctx.clock.now().toISOString();
  const keys = newKeyCache();
  const imported = await ctx.db.transaction().execute(async (trx) => {
    const fileChecks: FileChecked[] = [];
    for (const file of stagedFiles(ctx.staging, input.tokens)) fileChecks.push({ file, check: await checkPackageFile(file.bytes, input.passphrases, keys) });
    const batch = await decideBatch(trx, province, fileChecks, input.force);
    if (!batch.canApply) throw new AppFailure('errors.importBlocked');
    const write: PackageWrite = { db: trx, sqlite: ctx.sqlite, statements: prepare(ctx.sqlite), batchId, importedAt };
    const applying = batch.packages.filter(({ report }) => report.outcome === 'apply');
    const logged: ImportLogRow[] = [];
    for await (const [checked, unlocked] of inTurn(applying, ({ file }) => unlockFile(file.bytes, input.passphrases, keys))) {
      const opened = readUnlocked(checked.file.bytes, input.passphrases, unlocked);
      // The same bytes and passphrases as checked a moment ago: anything else is a bug, not a user's problem.
      if (!opened.manifest || opened.problems.some((problem) => problem.blocking)) throw new Error('A package changed between its check and its writing.');
      const row = await storePackage(write, checked, opened.manifest, opened.tables);
      await recordAudit(trx, ctx.clock, { officeId: province.id, action: 'create', entity: 'exchange_import', entityId: row.id });
      logged.push(row);
    }
    return logged;
  });
  for (const token of input.tokens) ctx.staging.remove(token);
  return { batchId, imported };
}

interface PackageWrite {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  statements: Statements;
  batchId: string;
  importedAt: string;
}

/** One office's newest snapshot in place of what was held: the tables it carries, nothing else. */
async function storePackage(write: PackageWrite, checked: CheckedPackage, manifest: Manifest, tables: OpenedTable[]): Promise<ImportLogRow> {
  const officeId = manifest.office.id;
  const held = await write.db.selectFrom('exchange_source').select('row_counts').where('office_id', '=', officeId).executeTakeFirst();
  const rowCounts = { ...(held ? (JSON.parse(held.row_counts) as Partial<Record<ExchangeTableName, number>>) : {}) };
  for (const table of tables) rowCounts[table.table] = table.lines.length;
  const source = {
    code: manifest.office.code,
    name: manifest.office.name,
    province_code: manifest.office.provinceCode,
    profile: JSON.stringify(manifest.office),
    sequence: manifest.sequence,
    export_id: manifest.exportId,
    package_sha256: checked.file.sha256,
    period_key: manifest.periodKey,
    created_at: manifest.createdAt,
    app_version: manifest.appVersion,
    imported_at: write.importedAt,
    row_counts: JSON.stringify(rowCounts),
  };
  // First, since exchange_row names its source.
  await write.db
    .insertInto('exchange_source')
    .values({ office_id: officeId, ...source })
    .onConflict((conflict) => conflict.column('office_id').doUpdateSet(source))
    .execute();

  const changes = tables.map((table) => storeTable(write, officeId, table));
  const log: ExchangeImportTable = {
    id: newId(),
    batch_id: write.batchId,
    imported_at: write.importedAt,
    office_id: officeId,
    office_code: manifest.office.code,
    office_name: manifest.office.name,
    province_code: manifest.office.provinceCode,
    export_id: manifest.exportId,
    sequence: manifest.sequence,
    period_key: manifest.periodKey,
    created_at: manifest.createdAt,
    file_name: checked.report.fileName,
    package_sha256: checked.file.sha256,
    forced: checked.report.forced ? 1 : 0,
    changes: JSON.stringify(changes),
    // The registry's tables only: what was imported (a newer version's tables were skipped).
    row_counts: JSON.stringify(Object.fromEntries(manifest.tables.filter((table) => isExchangeTableName(table.name)).map((table) => [table.name, table.rows]))),
    receipt_key: manifest.receiptKey,
  };
  await write.db.insertInto('exchange_import').values(log).execute();
  return importLogRow(log);
}

function storeTable(write: PackageWrite, officeId: string, table: OpenedTable) {
  const { insert, replace, remove } = write.statements;
  const comparison = compareTable(write.sqlite, officeId, table);
  const name = table.table;
  for (const rowId of comparison.gone) remove.run(officeId, name, rowId);
  for (const at of comparison.added) {
    const line = table.lines[at] ?? '';
    insert.run(officeId, name, table.keys[at] ?? '', lineHash(line), line);
  }
  for (const { at, hash } of comparison.changed) replace.run(hash, table.lines[at] ?? '', officeId, name, table.keys[at] ?? '');
  return comparison.changes;
}
