import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import type SQLite from 'better-sqlite3';
import { AppFailure } from '../failure';
import { migrations as appMigrations } from './migrations';

const migrationTable = 'kysely_migration';

export interface MigrateOptions {
  /** The database file, so that it can be backed up before migrating; omit for in-memory. */
  file?: string;
  migrations?: Record<string, Migration>;
  /** Stop after this migration (tests migrate to N−1, insert, then migrate on). */
  target?: string;
  now?: () => Date;
}

export interface MigrateReport {
  applied: string[];
  backupFile: string | null;
}

type MigrationLog = Kysely<{ kysely_migration: { name: string } }>;

async function executedMigrations(db: MigrationLog): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === migrationTable)) return [];
  const rows = await db
    .selectFrom(migrationTable)
    .select('name')
    .orderBy('name')
    .execute();
  return rows.map((r) => r.name);
}

/**
 * Brings the database to the newest schema this version knows.
 * Refuses a database written by a newer version (it has migrations we do not know),
 * and copies the file aside before changing it.
 */
export async function migrate<DB>(
  db: Kysely<DB>,
  sqlite: SQLite.Database,
  options: MigrateOptions = {},
): Promise<MigrateReport> {
  const known = options.migrations ?? appMigrations;
  // The migration log is not part of the app's schema type, so look at it through its own.
  const executed = await executedMigrations(db as unknown as MigrationLog);
  if (executed.some((name) => !(name in known))) throw new AppFailure('errors.databaseNewer');

  const names = Object.keys(known).sort();
  const last = options.target ?? names[names.length - 1];
  const pending = names.filter((n) => !executed.includes(n) && (!last || n <= last));
  if (pending.length === 0) return { applied: [], backupFile: null };

  let backupFile: string | null = null;
  if (options.file && executed.length > 0) {
    const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    backupFile = path.join(
      path.dirname(options.file),
      'backups',
      `${path.basename(options.file)}.${stamp}.before-${pending[0]}`,
    );
    fs.mkdirSync(path.dirname(backupFile), { recursive: true });
    await sqlite.backup(backupFile);
  }

  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => known },
    migrationTableName: migrationTable,
  });
  const result = last ? await migrator.migrateTo(last) : await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return {
    applied: (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName),
    backupFile,
  };
}
