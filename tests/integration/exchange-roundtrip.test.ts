/**
 * The exchange's round trip as a property (issue 7): office → province → receipt → office, over
 * seeded random offices. For each seed, an office (seedOfficeData, personal IDs and guardian
 * phones sent or not at random) exports; the province stages the file, its dry run finds every
 * row new, it applies, and then holds, for every registry table, exactly the office's rows
 * projected to the registry's columns (the gated ones null while their setting is off, a child
 * ever listed under an abuse circumstance de-identified). The office then changes at random
 * through its own services (children corrected, guardians replaced or dropped, a membership
 * ended, a child listed under an abuse group, a visit deleted, children added, a private note
 * edited, perhaps a setting turned) and exports again: the dry run's new / changed / unchanged /
 * gone per table are the difference computed here from the two projections, and after applying
 * the province holds the new projection. Receipts for both imports mark both exports received
 * with the province's time; importing one again changes nothing. Several offices into one
 * province keep their rows apart.
 *
 * A failure names its seed; `EXCHANGE_SEED=<seed> npx vitest run tests/integration/exchange-roundtrip.test.ts`
 * runs that seed alone.
 */
import { isDeepStrictEqual } from 'node:util';
import type SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { exchangeTableNames, type ExchangePeriod, type ExchangeTableName } from '../../shared/codes/exchange';
import type { DryRun, ExportResult, ImportLogRow, TableChanges } from '../../shared/exchange';
import { childUpdateSchema, type ChildCreate } from '../../shared/schemas/children';
import { addMembership, createChild, deleteVisit, endMembership, getChild, updateChild } from '../../main/services/children';
import { exportPackage } from '../../main/services/exchange/office/export';
import { exportLogRow } from '../../main/services/exchange/office/export-log';
import { importReceipt } from '../../main/services/exchange/office/receipt-import';
import { saveExchangeSettings, setPassphrase } from '../../main/services/exchange/office/settings';
import { applyImport } from '../../main/services/exchange/province/apply';
import { dryRun } from '../../main/services/exchange/province/dry-run';
import { receiptFile } from '../../main/services/exchange/province/receipt-write';
import { seededRandom } from '../fixtures/random';
import { isAbuseCircumstance, specOf, type ExchangeRow } from '../../main/services/exchange/tables';
import { officeUnits } from '../../main/services/office';
import { provinceContext } from '../fixtures/exchange-packages';
import { officeDataContext, type OfficeDataContext } from '../fixtures/office-data';

const passphrase = 'Mật khẩu chung Hải Phòng 2026';
const replaySeed = process.env.EXCHANGE_SEED;
const seeds = replaySeed ? [Number(replaySeed)] : [3, 17, 29, 41, 58, 73, 86, 97, 112, 131];

type Random = ReturnType<typeof tools>;
type Province = Awaited<ReturnType<typeof provinceContext>>;
interface Includes {
  personalIds: boolean;
  guardianPhones: boolean;
}
/** Per table: row key → the row as the province should hold it. */
type Snapshot = Map<ExchangeTableName, Map<string, ExchangeRow>>;

function tools(seed: number) {
  const random = seededRandom(seed);
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const chance = (p: number): boolean => random() < p;
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('nothing to pick from');
    return items[int(0, items.length - 1)] as T;
  };
  const some = <T>(items: readonly T[], count: number): T[] => {
    const left = [...items];
    const taken: T[] = [];
    while (taken.length < count && left.length > 0) taken.push(left.splice(int(0, left.length - 1), 1)[0] as T);
    return taken;
  };
  return { int, chance, pick, some };
}

const open: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const context of open) await context.close();
});

/** Runs a property for one seed; whatever fails names the seed and how to run it alone. */
async function withSeed(seed: number, property: () => Promise<void>): Promise<void> {
  try {
    await property();
  } catch (error) {
    if (error instanceof Error) error.message = `seed ${seed} (replay: EXCHANGE_SEED=${seed}): ${error.message}`;
    throw error;
  }
}

// ---- the two sides' rows --------------------------------------------------------------------

/**
 * The office's database as the province should hold it, by the registry's rules: every table,
 * its columns, the gated ones null unless their setting is on, and for a child ever listed under
 * an abuse circumstance the identifying columns null or the rows left out (`identifying`).
 */
function officeSnapshot(sqlite: SQLite.Database, includes: Includes): Snapshot {
  const memberships = sqlite.prepare('select child_id, kind, code from membership').all() as { child_id: string; kind: string; code: string }[];
  const deidentified = new Set(memberships.filter(isAbuseCircumstance).map((row) => row.child_id));
  const snapshot: Snapshot = new Map();
  for (const table of exchangeTableNames) {
    const spec = specOf(table);
    const gated = new Set([...(includes.personalIds ? [] : (spec.personalIds ?? [])), ...(includes.guardianPhones ? [] : (spec.guardianPhones ?? []))]);
    const rows = new Map<string, ExchangeRow>();
    for (const record of sqlite.prepare(`select * from "${table}"`).all() as Record<string, string | number | null>[]) {
      const identifying = spec.identifying;
      const aboutAbuse = identifying !== undefined && deidentified.has(String(record[identifying.child]));
      if (aboutAbuse && identifying.withhold === 'row') continue;
      const nulled = new Set([...gated, ...(aboutAbuse && identifying.withhold !== 'row' ? identifying.withhold : [])]);
      const key = spec.key.map((column) => String(record[column])).join('|');
      rows.set(key, Object.fromEntries(spec.columns.map((column) => [column, nulled.has(column) ? null : (record[column] ?? null)])));
    }
    snapshot.set(table, rows);
  }
  return snapshot;
}

/** What the province holds from one office: json(data) of each stored row, parsed. */
function provinceSnapshot(sqlite: SQLite.Database, officeId: string): Snapshot {
  const snapshot: Snapshot = new Map(exchangeTableNames.map((table) => [table, new Map()]));
  const rows = sqlite
    .prepare<[string], { table_name: ExchangeTableName; row_id: string; data: string }>('select table_name, row_id, json(data) as data from exchange_row where office_id = ?')
    .all(officeId);
  for (const row of rows) {
    let held = snapshot.get(row.table_name);
    if (!held) snapshot.set(row.table_name, (held = new Map()));
    held.set(row.row_id, JSON.parse(row.data) as ExchangeRow);
  }
  return snapshot;
}

const sortedRows = (rows: ReadonlyMap<string, ExchangeRow> | undefined): [string, ExchangeRow][] =>
  [...(rows ?? new Map<string, ExchangeRow>())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function expectHeldAsSent(held: Snapshot, sent: Snapshot, when: string): void {
  expect([...held.keys()].sort(), `${when}: tables held`).toEqual([...exchangeTableNames].sort());
  for (const table of exchangeTableNames) {
    expect(sortedRows(held.get(table)), `${when}: ${table}`).toEqual(sortedRows(sent.get(table)));
    // Each row kept as sent: the registry's columns in its order.
    const columns = specOf(table).columns;
    const misordered = [...(held.get(table)?.values() ?? [])].filter((row) => !isDeepStrictEqual(Object.keys(row), columns));
    expect(misordered.length, `${when}: ${table} rows with other columns or order`).toBe(0);
  }
}

/** The difference between what the province holds and what the office now sends, per table, computed here. */
function difference(before: Snapshot, after: Snapshot): TableChanges[] {
  return exchangeTableNames.map((table) => {
    const old = before.get(table) ?? new Map<string, ExchangeRow>();
    const now = after.get(table) ?? new Map<string, ExchangeRow>();
    const changes: TableChanges = { table, new: 0, changed: 0, unchanged: 0, gone: 0 };
    for (const [key, row] of now) {
      const was = old.get(key);
      if (was === undefined) changes.new++;
      else if (isDeepStrictEqual(was, row)) changes.unchanged++;
      else changes.changed++;
    }
    for (const key of old.keys()) if (!now.has(key)) changes.gone++;
    return changes;
  });
}

const emptySnapshot = (): Snapshot => new Map(exchangeTableNames.map((table) => [table, new Map()]));

// ---- the steps, as the screens call them ----------------------------------------------------

async function readyOffice(seed: number, random: Random, children: number): Promise<{ office: OfficeDataContext; includes: Includes; code: string }> {
  const office = await officeDataContext({ children, seed });
  open.push(office);
  const includes = { personalIds: random.chance(0.5), guardianPhones: random.chance(0.5) };
  const code = `HP-${seed}`;
  await saveExchangeSettings(office.ctx.db, office.clock, { officeCode: code, includePersonalIds: includes.personalIds, includeGuardianPhones: includes.guardianPhones });
  await setPassphrase(office.ctx.db, office.clock, passphrase);
  return { office, includes, code };
}

async function readyProvince(): Promise<Province> {
  const province = await provinceContext();
  open.push(province);
  return province;
}

const fileBytes = (result: ExportResult): Uint8Array => new Uint8Array(Buffer.from(result.file.base64, 'base64'));

async function importAtProvince(province: Province, files: readonly ExportResult[], at: string): Promise<{ dry: DryRun; imported: ImportLogRow[] }> {
  const tokens = files.map((file) => province.ctx.staging.put(file.file.fileName, fileBytes(file)).token);
  const input = { tokens, passphrases: [passphrase], force: [] };
  const dry = await dryRun(province.ctx, input);
  province.clock.set(at);
  const applied = await applyImport(province.ctx, input);
  return { dry, imported: applied.imported };
}

function expectCleanApply(dry: DryRun, expected: TableChanges[], when: string): void {
  expect(dry.canApply, `${when}: can apply`).toBe(true);
  const [only] = dry.packages;
  expect(dry.packages.length, when).toBe(1);
  expect(only?.outcome, `${when}: outcome`).toBe('apply');
  expect(only?.problems, `${when}: problems`).toEqual([]);
  expect(only?.tables, `${when}: changes per table`).toEqual(expected);
}

// ---- what an office changes between two exports ---------------------------------------------

/** Changes through the register's services, each chosen at random; returns what was done, for the failure message. */
async function changeOffice(office: OfficeDataContext, random: Random, newPersonalId: () => string): Promise<string[]> {
  const { ctx, clock } = office;
  const done: string[] = [];
  const openChildren = (await ctx.db.selectFrom('child').select('id').where('status', '!=', 'left').orderBy('id').execute()).map((row) => row.id);

  for (const id of random.some(openChildren, random.int(1, 4))) {
    const child = await getChild(ctx.db, ctx.units, id);
    const guardians = child.guardians.map(({ fullName, relation, phone, personalId, livesWithChild }) => ({ fullName, relation, phone, personalId, livesWithChild }));
    // Drop a guardian now and then: updateChild writes the guardians anew either way.
    if (guardians.length > 0 && random.chance(0.4)) guardians.splice(random.int(0, guardians.length - 1), 1);
    const change = random.pick(['village', 'schoolClass', 'householdStatus', 'healthNotes'] as const);
    await updateChild(
      ctx.db,
      ctx.units,
      clock,
      childUpdateSchema.parse({
        ...child,
        village: change === 'village' ? `Tổ dân phố ${random.int(21, 40)}` : child.village,
        schoolClass: change === 'schoolClass' ? `${random.int(1, 9)}E` : child.schoolClass,
        householdStatus: change === 'householdStatus' ? random.pick(['poor', 'nearPoor', 'other'] as const) : child.householdStatus,
        healthNotes: change === 'healthNotes' ? 'Đã khám lại, sức khỏe ổn định' : child.healthNotes,
        guardians,
      }),
    );
    done.push(`updated a child (${change}, ${guardians.length} guardians)`);
  }

  const openMemberships = await ctx.db
    .selectFrom('membership as m')
    .innerJoin('child as c', 'c.id', 'm.child_id')
    .select(['m.id', 'm.start_date'])
    .where('m.end_date', 'is', null)
    .where('c.status', '!=', 'left')
    .orderBy('m.id')
    .execute();
  if (openMemberships.length > 0 && random.chance(0.8)) {
    const membership = random.pick(openMemberships);
    const endDate = membership.start_date > '2026-11-23' ? membership.start_date : '2026-11-23';
    await endMembership(ctx.db, ctx.units, clock, { id: membership.id, endDate, endReason: 'circumstanceEnded' });
    done.push('ended a membership');
  }

  // A child newly listed under an abuse circumstance: from now on sent de-identified, without guardians.
  if (random.chance(0.4)) {
    const id = random.pick(openChildren);
    const child = await getChild(ctx.db, ctx.units, id);
    const codes = (['i', 'k', 'l', 'm'] as const).filter((group) => !child.memberships.some((m) => m.code === group && m.endDate === null));
    if (codes.length > 0) {
      const code = random.pick(codes);
      await addMembership(ctx.db, ctx.units, clock, id, { kind: 'group', code, subgroupCode: null, startDate: '2026-11-20', note: null });
      done.push(`listed a child under group ${code} (${child.guardians.length} guardians)`);
    }
  }

  const visits = await ctx.db.selectFrom('visit as v').innerJoin('child as c', 'c.id', 'v.child_id').select('v.id').where('c.status', '!=', 'left').orderBy('v.id').execute();
  for (const visit of random.some(visits, random.int(0, 2))) {
    await deleteVisit(ctx.db, ctx.units, clock, visit.id);
    done.push('deleted a visit');
  }

  // A note the province never gets: its row is sent unchanged.
  if (visits.length > 0 && random.chance(0.5)) {
    const edited = await ctx.db.updateTable('visit').set({ notes: 'Ghi chú nội bộ đã sửa' }).where('id', '=', random.pick(visits).id).executeTakeFirst();
    if (edited.numUpdatedRows > 0n) done.push('edited a private visit note');
  }

  const units = (await officeUnits(ctx.db, ctx.units)).map((unit) => unit.id);
  for (let n = random.int(0, 3); n > 0; n--) {
    const input: ChildCreate = {
      fullName: random.pick(['Trần Minh Khôi', 'Lê Thị Ngọc Hân', 'Phạm Gia Bảo', 'Đỗ Thu Trang']),
      sex: random.pick(['male', 'female'] as const),
      birthDate: `201${random.int(2, 9)}-0${random.int(1, 9)}-1${random.int(0, 9)}`,
      ethnicityList: '2008',
      ethnicityCode: '01',
      personalId: random.chance(0.7) ? newPersonalId() : null,
      birthCertificateNo: `${random.int(1, 300)}/2019`,
      healthInsuranceNo: null,
      unitId: random.pick(units),
      village: 'Tổ dân phố 2',
      addressLine: null,
      householdStatus: 'poor',
      schoolLevel: 'primary',
      schoolClass: null,
      healthNotes: null,
      disabilityNotes: null,
      guardians: [{ fullName: 'Nguyễn Thị Loan', relation: 'Mẹ', phone: '0912345678', personalId: null, livesWithChild: true }],
      memberships: [{ kind: 'group', code: random.pick(['d', 'n', 'c', 'l'] as const), subgroupCode: null, startDate: '2026-11-02', note: null }],
      notDuplicateOf: [],
    };
    await createChild(ctx.db, ctx.units, clock, input);
    done.push('added a child');
  }
  return done;
}

// ---- the properties -------------------------------------------------------------------------

describe('office → province → receipt → office', () => {
  it.each(seeds)('seed %i: the province holds what the office sends, changes come across as their difference, receipts close the loop', async (seed) => {
    await withSeed(seed, async () => {
      const random = tools(seed);
      const { office, includes } = await readyOffice(seed, random, random.int(5, 60));
      const province = await readyProvince();
      const officeId = office.data.officeId;
      const period: ExchangePeriod = { kind: 'month', year: 2026, number: random.int(1, 11) };

      // First export: everything is new at the province.
      const first = await exportPackage(office.ctx, { period, passphrase });
      const sent = officeSnapshot(office.ctx.sqlite, includes);
      const one = await importAtProvince(province, [first], '2026-11-23T02:15:00.000Z');
      expectCleanApply(one.dry, difference(emptySnapshot(), sent), 'first dry run');
      expect(one.imported.map((row) => row.tables), 'first apply').toEqual([one.dry.packages[0]?.tables]);
      expectHeldAsSent(provinceSnapshot(province.ctx.sqlite, officeId), sent, 'after the first import');
      // The gated columns, and a check that the comparison above compared something.
      const children = [...(sent.get('child')?.values() ?? [])];
      expect(children.length).toBeGreaterThanOrEqual(5);
      if (!includes.personalIds) expect(children.every((row) => row.personal_id === null && row.health_insurance_no === null)).toBe(true);
      if (!includes.guardianPhones) expect([...(sent.get('guardian')?.values() ?? [])].every((row) => row.phone === null)).toBe(true);

      // The office works on, then exports again: the same period (a replacement) or the next.
      office.clock.set('2026-11-24T09:00:00.000Z');
      let personalIds = 0;
      const done = await changeOffice(office, random, () => `0999${String(seed).padStart(4, '0')}${String(++personalIds).padStart(4, '0')}`);
      const turned = random.chance(0.3);
      const includesNow = turned ? { ...includes, personalIds: !includes.personalIds } : includes;
      if (turned) {
        await saveExchangeSettings(office.ctx.db, office.clock, { officeCode: `HP-${seed}`, includePersonalIds: includesNow.personalIds, includeGuardianPhones: includesNow.guardianPhones });
        done.push('turned the personal IDs setting');
      }
      const nextPeriod: ExchangePeriod = random.chance(0.5) ? period : { ...period, number: period.number + 1 };
      const second = await exportPackage(office.ctx, { period: nextPeriod, passphrase });
      expect(second.export.replacesSequence, 'a replacement names the export it replaces').toBe(nextPeriod.number === period.number ? first.export.sequence : null);
      const sentNow = officeSnapshot(office.ctx.sqlite, includesNow);
      const expected = difference(sent, sentNow);
      const when = `after: ${done.join('; ')}`;
      expect(expected.some((table) => table.new + table.changed + table.gone > 0), `${when}: the office changed something the province gets`).toBe(true);
      const two = await importAtProvince(province, [second], '2026-11-25T03:40:00.000Z');
      expectCleanApply(two.dry, expected, `second dry run ${when}`);
      expect(two.imported.map((row) => row.tables), 'second apply').toEqual([expected]);
      expectHeldAsSent(provinceSnapshot(province.ctx.sqlite, officeId), sentNow, `after the second import, ${when}`);

      // Receipts: each export marked received at the time the province imported it.
      office.clock.set('2026-11-26T01:00:00.000Z');
      for (const [exported, imported] of [
        [first, one.imported[0]],
        [second, two.imported[0]],
      ] as const) {
        if (!imported) throw new Error('nothing was imported');
        const receipt = await receiptFile(province.ctx, imported.id);
        const marked = await importReceipt(office.ctx, { fileName: receipt.fileName, base64: receipt.base64 });
        expect(marked.alreadyReceived).toBe(false);
        expect(marked.export).toMatchObject({ id: exported.export.id, receivedAt: imported.importedAt, receiptImportedAt: '2026-11-26T01:00:00.000Z' });
        expect((await exportLogRow(office.ctx.db, exported.export.id)).receivedAt).toBe(imported.importedAt);

        const before = await officeLog(office);
        office.clock.set('2026-11-27T01:00:00.000Z');
        const again = await importReceipt(office.ctx, { fileName: receipt.fileName, base64: receipt.base64 });
        expect(again.alreadyReceived).toBe(true);
        expect(await officeLog(office), 'a second import of the receipt').toEqual(before);
        office.clock.set('2026-11-26T01:00:00.000Z');
      }
      expect(one.imported[0]?.importedAt).toBe('2026-11-23T02:15:00.000Z');
      expect(two.imported[0]?.importedAt).toBe('2026-11-25T03:40:00.000Z');
    });
  });

  it('several offices into one province keep their rows apart, and a new snapshot of one leaves the others as they were', async () => {
    const seed = replaySeed ? Number(replaySeed) : 5150;
    await withSeed(seed, async () => {
      const random = tools(seed);
      const offices = [];
      for (const n of [1, 2, 3]) offices.push(await readyOffice(seed + n, random, random.int(8, 30)));
      const province = await readyProvince();
      const period: ExchangePeriod = { kind: 'quarter', year: 2026, number: 4 };
      const files = [];
      for (const { office } of offices) files.push(await exportPackage(office.ctx, { period, passphrase }));
      const sent = offices.map(({ office, includes }) => officeSnapshot(office.ctx.sqlite, includes));

      const batch = await importAtProvince(province, files, '2026-11-23T02:15:00.000Z');
      expect(batch.dry.canApply).toBe(true);
      expect(batch.dry.packages.map((found) => found.office?.code)).toEqual(offices.map(({ code }) => code));
      batch.dry.packages.forEach((found, at) => expect(found.tables, `office ${at + 1}`).toEqual(difference(emptySnapshot(), sent[at] ?? emptySnapshot())));
      offices.forEach(({ office }, at) => expectHeldAsSent(provinceSnapshot(province.ctx.sqlite, office.data.officeId), sent[at] ?? emptySnapshot(), `office ${at + 1}`));
      // Rows with the same key in every office (code lists, shipped criteria) are held once per office.
      const options = province.ctx.sqlite.prepare(`select count(*) from exchange_row where table_name = 'circumstance_option'`).pluck().get();
      expect(options).toBe(sent.reduce((sum, snapshot) => sum + (snapshot.get('circumstance_option')?.size ?? 0), 0));
      expect(sent[0]?.get('circumstance_option')?.size).toBeGreaterThan(0);

      // The second office deletes a visit and adds a child; only its rows move.
      const [, middle] = offices;
      if (!middle) throw new Error('three offices expected');
      middle.office.clock.set('2026-11-24T09:00:00.000Z');
      let personalIds = 0;
      const done = await changeOffice(middle.office, random, () => `09990000${String(++personalIds).padStart(4, '0')}`);
      const resent = await exportPackage(middle.office.ctx, { period, passphrase });
      const middleNow = officeSnapshot(middle.office.ctx.sqlite, middle.includes);
      const update = await importAtProvince(province, [resent], '2026-11-25T03:40:00.000Z');
      expectCleanApply(update.dry, difference(sent[1] ?? emptySnapshot(), middleNow), `the second office, after: ${done.join('; ')}`);
      offices.forEach(({ office }, at) =>
        expectHeldAsSent(provinceSnapshot(province.ctx.sqlite, office.data.officeId), at === 1 ? middleNow : (sent[at] ?? emptySnapshot()), `office ${at + 1} after the second office's update`),
      );
    });
  });
});

async function officeLog(office: OfficeDataContext) {
  return {
    exports: await office.ctx.db.selectFrom('exchange_export').select(['id', 'sequence', 'received_at', 'receipt_imported_at']).orderBy('sequence').execute(),
    audit: (await office.ctx.db.selectFrom('audit_log').select('id').execute()).length,
  };
}
