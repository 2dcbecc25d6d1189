import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { afterEach, describe, expect, it } from 'vitest';
import { AppFailure } from '../failure';
import { openDatabase, type Connection } from './connection';
import { migrate } from './migrate';
import { migrations } from './migrations';

const open: Connection[] = [];
const tempDirs: string[] = [];

function connect(file = ':memory:'): Connection {
  const connection = openDatabase(file);
  open.push(connection);
  return connection;
}

function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bt-migrate-'));
  tempDirs.push(dir);
  return path.join(dir, 'bao-tro.sqlite');
}

afterEach(async () => {
  for (const c of open.splice(0)) await c.close().catch(() => undefined);
  for (const d of tempDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function tableNames<DB>(db: Kysely<DB>): Promise<string[]> {
  return (await db.introspection.getTables()).map((t) => t.name).sort();
}

const insertOffice = (sqlite: Connection['sqlite']) =>
  sqlite
    .prepare(
      `insert into office (id, mode, province_code, area_kind, legacy_district_id, name, parent_agency, receiver,
        place_name, head_title, head_name, preparer_name, units_version, created_at, updated_at)
       values ('o1', 'office', '31', 'communes', null, 'Phòng', 'UBND', 'Sở', 'Ngô Quyền', 'TRƯỞNG PHÒNG',
        'Trưởng', 'Lập', 'v', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    )
    .run();

// A later migration, as a future version would ship it, to exercise the upgrade path.
const addPhone: Migration = {
  up: async (db) => {
    await db.schema.alterTable('office').addColumn('phone', 'text').execute();
  },
};

describe('migrate', () => {
  it('runs the whole chain on a fresh database', async () => {
    const { db, sqlite } = connect();
    const report = await migrate(db, sqlite);
    expect(report.applied).toEqual(Object.keys(migrations).sort());
    expect(await tableNames(db)).toEqual(
      expect.arrayContaining(['app_setting', 'audit_log', 'office', 'office_area_unit']),
    );
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('does nothing the second time', async () => {
    const { db, sqlite } = connect();
    await migrate(db, sqlite);
    expect(await migrate(db, sqlite)).toEqual({ applied: [], backupFile: null });
  });

  it('backs up a database that holds data before upgrading it, and keeps the data', async () => {
    const file = tempFile();
    const first = connect(file);
    await migrate(first.db, first.sqlite, { file });
    insertOffice(first.sqlite);
    await first.close();

    const second = connect(file);
    const report = await migrate(second.db, second.sqlite, {
      file,
      migrations: { ...migrations, '2099-01-01-01-phone': addPhone },
      now: () => new Date('2026-11-22T08:00:00Z'),
    });
    expect(report.applied).toEqual(['2099-01-01-01-phone']);
    expect(report.backupFile).toMatch(/backups[\\/]bao-tro\.sqlite\.2026-11-22T08-00-00-000Z\.before-2099-01-01-01-phone$/);
    const backup = openDatabase(report.backupFile ?? '');
    open.push(backup);
    expect(backup.sqlite.prepare('select name from office').all()).toEqual([{ name: 'Phòng' }]);
    expect(second.sqlite.prepare('select name, phone from office').all()).toEqual([{ name: 'Phòng', phone: null }]);
  });

  it('refuses a database written by a newer version and leaves it as it was', async () => {
    const file = tempFile();
    const newer = connect(file);
    await migrate(newer.db, newer.sqlite, { file, migrations: { ...migrations, '2099-01-01-01-phone': addPhone } });
    await newer.close();

    const older = connect(file);
    await expect(migrate(older.db, older.sqlite, { file })).rejects.toEqual(new AppFailure('errors.databaseNewer'));
    expect(older.sqlite.prepare('select count(*) as n from kysely_migration').get()).toEqual({ n: Object.keys(migrations).length + 1 });
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  it('rolls a failing migration back whole, schema changes included', async () => {
    const { db, sqlite } = connect();
    await migrate(db, sqlite);
    const broken: Migration = {
      up: async (trx) => {
        await trx.schema.createTable('half_done').addColumn('id', 'text').execute();
        await sql`select * from no_such_table`.execute(trx);
      },
    };
    await expect(migrate(db, sqlite, { migrations: { ...migrations, '2099-01-01-01-broken': broken } })).rejects.toThrow();
    expect(await tableNames(db)).not.toContain('half_done');
    expect(sqlite.prepare('select name from kysely_migration').all()).toHaveLength(Object.keys(migrations).length);
  });

  it('migrates to a chosen step so data migrations can be tested (N−1, insert, migrate)', async () => {
    const { db, sqlite } = connect();
    const chain = { ...migrations, '2099-01-01-01-phone': addPhone };
    const last = Object.keys(migrations).sort().at(-1);
    await migrate(db, sqlite, { migrations: chain, target: last });
    insertOffice(sqlite);
    await migrate(db, sqlite, { migrations: chain });
    expect(sqlite.prepare('select id, phone from office').all()).toEqual([{ id: 'o1', phone: null }]);
  });
});
