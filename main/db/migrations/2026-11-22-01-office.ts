import { type Kysely, sql } from 'kysely';

// Frozen: never edit a migration after it ships; add a new one instead.
// It uses Kysely<unknown> so that it cannot depend on the app's current schema types.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('office')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('office', 'province')`))
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('area_kind', 'text', (c) =>
      c.notNull().check(sql`area_kind in ('communes', 'legacyDistrict')`),
    )
    .addColumn('legacy_district_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_agency', 'text', (c) => c.notNull())
    .addColumn('receiver', 'text', (c) => c.notNull())
    .addColumn('place_name', 'text', (c) => c.notNull())
    .addColumn('head_title', 'text', (c) => c.notNull())
    .addColumn('head_name', 'text', (c) => c.notNull())
    .addColumn('preparer_name', 'text', (c) => c.notNull())
    .addColumn('units_version', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('office_area_unit')
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id').onDelete('cascade'))
    .addColumn('unit_kind', 'text', (c) =>
      c.notNull().check(sql`unit_kind in ('commune', 'legacyWard')`),
    )
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('office_area_unit_pk', ['office_id', 'unit_kind', 'unit_id'])
    .execute();

  await db.schema
    .createTable('app_setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('office_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  await db.schema.dropTable('app_setting').execute();
  await db.schema.dropTable('office_area_unit').execute();
  await db.schema.dropTable('office').execute();
}
