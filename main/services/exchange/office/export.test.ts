import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeTableNames, type ExchangePeriod, type ExchangeTableName } from '../../../../shared/codes/exchange';
import type { ExportResult } from '../../../../shared/exchange';
import { officeDataContext, planted, type OfficeDataContext } from '../../../../tests/fixtures/office-data';
import { legacyOffice } from '../../../../tests/fixtures/office';
import { allText } from '../../../../tests/fixtures/workbook';
import { createTestContext } from '../../../../tests/fixtures/context';
import { saveOffice } from '../../office';
import { exportPackage } from './export';
import { manifestSchema, type Manifest } from '../manifest';
import { readPackage, readPackageHeader } from '../file/package-file';
import { readPassphraseCheck, saveExchangeSettings, setPassphrase } from './settings';
import { specOf, summaryPartName, tablePartName, type ExchangeRow } from '../tables';
import { refusalOf } from '../file/test-fixtures';

const passphrase = 'Mật khẩu chung Hải Phòng 2026';
const q4: ExchangePeriod = { kind: 'quarter', year: 2026, number: 4 };
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function makeReady(t: OfficeDataContext, includes = { personalIds: false, guardianPhones: false }): Promise<void> {
  await saveExchangeSettings(t.ctx.db, t.clock, { officeCode: 'HP-NQ', includePersonalIds: includes.personalIds, includeGuardianPhones: includes.guardianPhones });
  await setPassphrase(t.ctx.db, t.clock, passphrase);
}

interface Opened {
  bytes: Buffer;
  manifest: Manifest;
  parts: Map<string, Uint8Array>;
}

async function open(result: ExportResult): Promise<Opened> {
  const bytes = Buffer.from(result.file.base64, 'base64');
  const opened = await readPackage(bytes, passphrase);
  return { bytes, manifest: manifestSchema.parse(opened.manifest), parts: opened.parts };
}

const partText = (opened: Opened, name: string): string => Buffer.from(opened.parts.get(name) ?? new Uint8Array()).toString('utf8');

function partLines(opened: Opened, table: ExchangeTableName): string[] {
  const text = partText(opened, tablePartName(table));
  if (text === '') return [];
  expect(text.endsWith('\n'), table).toBe(true);
  return text.slice(0, -1).split('\n');
}

/** The table as the database holds it, the registry's columns only, in key order (compared column by column). */
function databaseRows(t: OfficeDataContext, table: ExchangeTableName): ExchangeRow[] {
  const spec = specOf(table);
  const all = t.ctx.sqlite.prepare(`select * from ${table}`).all() as Record<string, string | number | null>[];
  const rows = all.map((record) => Object.fromEntries(spec.columns.map((column) => [column, record[column] ?? null])) as ExchangeRow);
  const compare = (a: ExchangeRow, b: ExchangeRow): number => {
    for (const column of spec.key) {
      const x = a[column] ?? '';
      const y = b[column] ?? '';
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
  return rows.sort(compare);
}

async function summaryText(opened: Opened): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(opened.parts.get(summaryPartName) ?? new Uint8Array()) as never);
  return workbook.worksheets.map(allText).join('\n');
}

async function everythingSent(opened: Opened): Promise<string> {
  const jsonl = exchangeTableNames.map((table) => partText(opened, tablePartName(table)));
  return [JSON.stringify(opened.manifest), ...jsonl, await summaryText(opened)].join('\n');
}

describe('exportPackage: what the package holds', () => {
  let t: OfficeDataContext;
  let result: ExportResult;
  let opened: Opened;
  beforeAll(async () => {
    t = await officeDataContext({ children: 300, seed: 11 });
    await makeReady(t);
    result = await exportPackage(t.ctx, { period: q4, passphrase });
    opened = await open(result);
  });
  afterAll(() => t.close());

  it('sends every registry table, every row, exactly the registry columns as the database holds them, in key order', () => {
    expect(opened.manifest.tables.map((table) => table.name)).toEqual([...exchangeTableNames]);
    for (const table of exchangeTableNames) {
      const spec = specOf(table);
      const withheld = new Set([...(spec.personalIds ?? []), ...(spec.guardianPhones ?? [])]);
      const expected = databaseRows(t, table).map((row) => JSON.stringify(Object.fromEntries(Object.entries(row).map(([c, v]) => [c, withheld.has(c) ? null : v]))));
      expect(partLines(opened, table), table).toEqual(expected);
    }
    // Not an empty comparison: the fixture's tables are full.
    expect(partLines(opened, 'child')).toHaveLength(300);
    expect(partLines(opened, 'fund_entry').length).toBeGreaterThan(5);
    expect(partLines(opened, 'safe_home_criterion')).toHaveLength(33);
  });

  it('describes the package in its manifest: office, area, period, counts, and the SHA-256 of every part', () => {
    const { manifest } = opened;
    expect(manifest).toMatchObject({
      exportId: result.export.id,
      sequence: 1,
      period: q4,
      periodKey: '2026-Q4',
      from: '2026-10-01',
      to: '2026-12-31',
      createdAt: '2026-11-22T08:00:00.000Z',
      appVersion: '0.0.0-test',
      replacesSequence: null,
      includes: { personalIds: false, guardianPhones: false },
      office: {
        id: t.data.officeId,
        code: 'HP-NQ',
        name: legacyOffice.name,
        provinceCode: '31',
        parentAgency: legacyOffice.parentAgency,
        receiver: legacyOffice.receiver,
        areaKind: 'legacyDistrict',
        legacyDistrictId: 'hai-phong/quan-ngo-quyen',
      },
    });
    expect(manifest.office.units).toHaveLength(3);
    expect(manifest.office.units).toEqual(
      expect.arrayContaining([
        { ref: 'w:11311', name: 'Phường Máy Tơ' },
        { ref: 'w:11314', name: 'Phường Máy Chai' },
        { ref: 'w:11329', name: 'Phường Cầu Đất' },
      ]),
    );
    for (const table of manifest.tables) {
      const bytes = opened.parts.get(table.part) ?? new Uint8Array();
      const count = t.ctx.sqlite.prepare(`select count(*) as n from ${table.name}`).get() as { n: number };
      expect(table.part).toBe(tablePartName(table.name as ExchangeTableName));
      expect(table.columns).toEqual([...specOf(table.name as ExchangeTableName).columns]);
      expect(table.rows, table.name).toBe(count.n);
      expect(table.sha256, table.name).toBe(sha256(bytes));
    }
    expect(manifest.summary).toEqual({ part: summaryPartName, sha256: sha256(opened.parts.get(summaryPartName) ?? new Uint8Array()) });
  });

  it('carries a summary a person can open, with the rows sent of each table', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(opened.parts.get(summaryPartName) ?? new Uint8Array()) as never);
    const sheet = workbook.getWorksheet('Tóm tắt');
    const counts = new Map<unknown, unknown>();
    sheet?.eachRow((row) => void counts.set(row.getCell(2).value, row.getCell(3).value));
    expect(counts.get('Mã đơn vị')).toBe('HP-NQ');
    expect(counts.get('Trẻ em')).toBe(300);
    expect(counts.get('Thăm hỏi định kỳ')).toBe(opened.manifest.tables.find((table) => table.name === 'visit')?.rows);
    expect([...opened.parts.keys()]).toEqual([...exchangeTableNames.map(tablePartName), summaryPartName]);
  });

  it('keeps the receipt key and the file in the log, and seals with a fresh salt, not the passphrase check’s', async () => {
    const row = await t.ctx.db.selectFrom('exchange_export').selectAll().executeTakeFirstOrThrow();
    expect(opened.manifest.receiptKey).toBe(row.receipt_key);
    expect(opened.manifest.receiptKey).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(row.package_file).equals(opened.bytes)).toBe(true);
    expect(row.package_sha256).toBe(sha256(opened.bytes));
    expect(JSON.parse(row.row_counts)).toMatchObject({ child: 300, safe_home_criterion: 33 });
    const header = readPackageHeader(opened.bytes);
    expect(header).toMatchObject({ kind: 'package', kdf: { name: 'scrypt', N: 2 ** 15, r: 8, p: 1 } });
    expect(header.kdf.salt).not.toBe((await readPassphraseCheck(t.ctx.db))?.kdf.salt);
    expect(result.file).toMatchObject({ fileName: 'BTTE_HP-NQ_2026-Q4_so001.btte', mimeType: 'application/octet-stream' });
    expect(result.export).toMatchObject({ sequence: 1, periodKey: '2026-Q4', sizeBytes: opened.bytes.length, packageSha256: sha256(opened.bytes), receivedAt: null });
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('entity', '=', 'exchange_export').execute();
    expect(audit).toMatchObject([{ action: 'create', entity_id: result.export.id, office_id: t.data.officeId }]);
  });

  it('never sends the columns left out: the planted notes and donor phones appear nowhere in what was sealed', async () => {
    const count = (sql: string): number => (t.ctx.sqlite.prepare(sql).get({ note: `%${planted.note}%` }) as { n: number }).n;
    // They are in the database, so the test could fail.
    expect(count('select count(*) as n from child where health_notes like @note')).toBeGreaterThan(0);
    expect(count('select count(*) as n from visit where notes like @note')).toBeGreaterThan(0);
    expect(count('select count(*) as n from membership where note like @note')).toBeGreaterThan(0);
    expect(count('select count(*) as n from fund_support where diagnosis like @note')).toBeGreaterThan(0);
    expect(count(`select count(*) as n from fund_donor where phone = '${planted.donorPhone}' and @note is not null`)).toBeGreaterThan(0);
    const sent = await everythingSent(opened);
    // What was searched is what was sent: rows, and the summary's words.
    expect(sent).toContain(t.data.sample.activeChild);
    expect(sent).toContain('Nhóm hoàn cảnh theo thời gian');
    expect(sent).not.toContain(planted.note);
    expect(sent).not.toContain('#Q7X9');
    expect(sent).not.toContain(planted.donorPhone);
  });

  it('sends personal IDs and guardian phones as null while the settings leave them out', () => {
    const children = partLines(opened, 'child').map((line) => JSON.parse(line) as ExchangeRow);
    const guardians = partLines(opened, 'guardian').map((line) => JSON.parse(line) as ExchangeRow);
    expect(children.every((c) => c.personal_id === null && c.birth_certificate_no === null && c.health_insurance_no === null)).toBe(true);
    expect(guardians.every((g) => g.phone === null && g.personal_id === null)).toBe(true);
    const held = t.ctx.sqlite.prepare('select count(personal_id) as ids, (select count(phone) from guardian) as phones from child').get() as { ids: number; phones: number };
    expect(held.ids).toBeGreaterThan(0);
    expect(held.phones).toBeGreaterThan(0);
  });
});

describe('exportPackage: settings, sequences and replacements', () => {
  it('sends personal IDs and guardian phones as the database holds them when the settings include them', async () => {
    const t = await officeDataContext({ children: 80, seed: 3 });
    await makeReady(t, { personalIds: true, guardianPhones: true });
    const opened = await open(await exportPackage(t.ctx, { period: q4, passphrase }));
    expect(opened.manifest.includes).toEqual({ personalIds: true, guardianPhones: true });
    const sentChildren = new Map(partLines(opened, 'child').map((line) => JSON.parse(line) as ExchangeRow).map((row) => [row.id, row]));
    for (const row of databaseRows(t, 'child')) {
      expect(sentChildren.get(row.id)).toMatchObject({ personal_id: row.personal_id, birth_certificate_no: row.birth_certificate_no, health_insurance_no: row.health_insurance_no });
    }
    const phones = partLines(opened, 'guardian').map((line) => (JSON.parse(line) as ExchangeRow).phone);
    expect(phones).toEqual(databaseRows(t, 'guardian').map((row) => row.phone));
    expect(phones.some((phone) => phone !== null)).toBe(true);
    expect(await everythingSent(opened)).not.toContain(planted.note);
    t.close();
  });

  it('numbers exports 1, 2, 3 … and marks a period exported again as replacing the last export of it', async () => {
    const t = await officeDataContext({ children: 20, seed: 5 });
    await makeReady(t);
    const first = await exportPackage(t.ctx, { period: q4, passphrase });
    const november = await exportPackage(t.ctx, { period: { kind: 'month', year: 2026, number: 11 }, passphrase });
    t.clock.set('2026-11-23T08:00:00.000Z');
    const again = await exportPackage(t.ctx, { period: q4, passphrase });
    const third = await exportPackage(t.ctx, { period: q4, passphrase });
    expect([first, november, again, third].map((r) => [r.export.sequence, r.export.replacesSequence])).toEqual([
      [1, null],
      [2, null],
      [3, 1],
      [4, 3],
    ]);
    expect(november.file.fileName).toBe('BTTE_HP-NQ_2026-11_so002.btte');
    expect((await open(again)).manifest).toMatchObject({ sequence: 3, replacesSequence: 1, createdAt: '2026-11-23T08:00:00.000Z' });
    const rows = await t.ctx.db.selectFrom('exchange_export').select(['id', 'sequence', 'replaces_id']).orderBy('sequence').execute();
    expect(rows.map((r) => r.replaces_id)).toEqual([null, null, first.export.id, again.export.id]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(4);
    t.close();
  });
});

describe('exportPackage: refusals write nothing', () => {
  async function snapshot(t: { ctx: OfficeDataContext['ctx'] }) {
    const db = t.ctx.db;
    return {
      exports: await db.selectFrom('exchange_export').select('id').execute(),
      audit: await db.selectFrom('audit_log').select('id').execute(),
      settings: await db.selectFrom('app_setting').selectAll().orderBy('key').execute(),
    };
  }

  it('refuses without an office code, without a passphrase set, and with another passphrase', async () => {
    const t = await officeDataContext({ children: 5, seed: 1 });
    let before = await snapshot(t);
    expect(await refusalOf(() => exportPackage(t.ctx, { period: q4, passphrase }))).toBe('errors.officeCodeMissing');
    expect(await snapshot(t)).toEqual(before);

    await saveExchangeSettings(t.ctx.db, t.clock, { officeCode: 'HP-NQ', includePersonalIds: false, includeGuardianPhones: false });
    before = await snapshot(t);
    expect(await refusalOf(() => exportPackage(t.ctx, { period: q4, passphrase }))).toBe('errors.passphraseNotSet');
    expect(await snapshot(t)).toEqual(before);

    await setPassphrase(t.ctx.db, t.clock, passphrase);
    before = await snapshot(t);
    await expect(exportPackage(t.ctx, { period: q4, passphrase: 'Mật khẩu chung Hải Phòng 2025' })).rejects.toMatchObject({
      code: 'errors.passphraseMismatch',
      details: [{ path: 'passphrase', message: 'errors.passphraseMismatch' }],
    });
    expect(await snapshot(t)).toEqual(before);
    t.close();
  });

  it('refuses a period that does not exist, naming the field', async () => {
    const t = await officeDataContext({ children: 5, seed: 2 });
    await makeReady(t);
    const before = await snapshot(t);
    await expect(exportPackage(t.ctx, { period: { kind: 'month', year: 2026, number: 13 }, passphrase })).rejects.toMatchObject({
      code: 'errors.invalidInput',
      details: [{ path: 'period.number', message: 'validation.periodNumber' }],
    });
    expect(await refusalOf(() => exportPackage(t.ctx, { period: { kind: 'quarter', year: 1999, number: 1 }, passphrase }))).toBe('errors.invalidInput');
    expect(await snapshot(t)).toEqual(before);
    t.close();
  });

  it('refuses in province mode and before setup', async () => {
    const t = await createTestContext();
    expect(await refusalOf(() => exportPackage(t.ctx, { period: q4, passphrase }))).toBe('errors.officeNotSetUp');
    await saveOffice(t.ctx.db, t.ctx.units, t.clock, { ...legacyOffice, mode: 'province' });
    const before = await snapshot(t);
    expect(await refusalOf(() => exportPackage(t.ctx, { period: q4, passphrase }))).toBe('errors.officeModeOnly');
    expect(await snapshot(t)).toEqual(before);
    t.close();
  });
});

describe('exportPackage at scale', () => {
  it('fits 5,000 children with their history well under 5 MB', async () => {
    const t = await officeDataContext({ children: 5000, seed: 2026 });
    await makeReady(t, { personalIds: true, guardianPhones: true });
    const result = await exportPackage(t.ctx, { period: q4, passphrase });
    expect(result.export.rowCounts.child).toBe(5000);
    expect(result.export.rowCounts.visit).toBeGreaterThan(5000);
    expect(result.export.sizeBytes).toBeLessThan(2 * 1024 * 1024);
    t.close();
  }, 60_000);
});
