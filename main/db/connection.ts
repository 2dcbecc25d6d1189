import SQLite from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';
import type { Database } from './schema';

/**
 * SQLite runs DDL inside transactions, but Kysely's adapter says it does not, which would
 * leave the migrator without a transaction. Declaring it lets a failed migration roll back
 * whole, together with its record in the migration table.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class AppSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

export interface Connection {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  close(): Promise<void>;
}

/** Opens (or creates) a database file, or an in-memory one for ':memory:'. */
export function openDatabase(file: string): Connection {
  const sqlite = new SQLite(file);
  if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new AppSqliteDialect({ database: sqlite }) });
  return {
    db,
    sqlite,
    // Kysely's destroy closes the better-sqlite3 handle too.
    close: () => db.destroy(),
  };
}
