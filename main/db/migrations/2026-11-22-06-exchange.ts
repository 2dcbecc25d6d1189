import { type Kysely, sql } from 'kysely';

// Frozen: never edit a migration after it ships; add a new one instead.
// Exchange with the province (DOMAIN.md §1, §10): what an office sent, and, in province mode,
// what the offices sent it, each office's newest snapshot kept apart from the others.

export async function up(db: Kysely<unknown>): Promise<void> {
  // The office's export log. The file itself is kept (it is encrypted) so that it can be saved
  // again, and so that a receipt can be checked against its hash.
  await db.schema
    .createTable('exchange_export')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id'))
    .addColumn('sequence', 'integer', (c) => c.notNull().unique().check(sql`sequence > 0`))
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('replaces_id', 'text', (c) => c.references('exchange_export.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('package_sha256', 'text', (c) => c.notNull())
    .addColumn('package_file', 'blob', (c) => c.notNull())
    .addColumn('row_counts', 'text', (c) => c.notNull())
    .addColumn('include_personal_ids', 'integer', (c) => c.notNull().check(sql`include_personal_ids in (0, 1)`))
    .addColumn('include_guardian_phones', 'integer', (c) => c.notNull().check(sql`include_guardian_phones in (0, 1)`))
    // Hex of 32 random bytes, sent inside the package: the province signs its receipt with it.
    .addColumn('receipt_key', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text')
    .addColumn('receipt_imported_at', 'text')
    .execute();
  await db.schema.createIndex('exchange_export_period').on('exchange_export').column('period_key').execute();

  // Province mode: each office that sent data, as its newest imported package describes it.
  await db.schema
    .createTable('exchange_source')
    .addColumn('office_id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    // JSON: the manifest's office and area, as sent.
    .addColumn('profile', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('export_id', 'text', (c) => c.notNull())
    .addColumn('package_sha256', 'text', (c) => c.notNull())
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('app_version', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('row_counts', 'text', (c) => c.notNull())
    .execute();

  // Province mode: every row of every office's newest snapshot, as sent (JSONB), under the
  // office it came from. `hash` (SHA-256 of the row as sent, first 16 bytes, hex) tells a
  // changed row from an unchanged one without reading the data.
  await sql`
    create table exchange_row (
      office_id text not null references exchange_source(office_id),
      table_name text not null,
      row_id text not null,
      hash text not null,
      data blob not null,
      primary key (office_id, table_name, row_id)
    ) without rowid
  `.execute(db);

  // Province mode: the import log, one row per package applied.
  await db.schema
    .createTable('exchange_import')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('batch_id', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('office_id', 'text', (c) => c.notNull())
    .addColumn('office_code', 'text', (c) => c.notNull())
    .addColumn('office_name', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('export_id', 'text', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('package_sha256', 'text', (c) => c.notNull())
    .addColumn('forced', 'integer', (c) => c.notNull().check(sql`forced in (0, 1)`))
    // JSON: [{table, new, changed, unchanged, gone}], and {table: rows} as the manifest counts them.
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('row_counts', 'text', (c) => c.notNull())
    .addColumn('receipt_key', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('exchange_import_office').on('exchange_import').columns(['office_id', 'sequence']).execute();
  await db.schema.createIndex('exchange_import_sha').on('exchange_import').column('package_sha256').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('exchange_import').execute();
  await db.schema.dropTable('exchange_row').execute();
  await db.schema.dropTable('exchange_source').execute();
  await db.schema.dropTable('exchange_export').execute();
}
