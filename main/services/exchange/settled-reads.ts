import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/**
 * Runs `read` (synchronous statements on ctx.sqlite) while holding Kysely's connection.
 *
 * ctx.sqlite is the same connection as ctx.db, but it does not wait for Kysely's connection
 * lock: read directly while another request's transaction is open on ctx.db (an import being
 * applied, waiting between two packages for the next one to be unlocked), it would see that
 * transaction's rows before they are committed, or rolled back. Kysely gives its connection to
 * one caller at a time (SQLite's adapter has a single connection and a lock on it), so reads
 * made while holding it see only what is committed. `read` must not use ctx.db itself (it
 * would wait for the lock it holds).
 */
export function settledRead<T>(db: Kysely<Database>, read: () => T): Promise<T> {
  return db.connection().execute(async () => read());
}
