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
import { abuseMembershipSql, specOf, summaryPartName, tablePartName, type ExchangeRow } from '../tables';
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

/** Children ever in an abuse circumstance (groups i, k, l, m; at-risk r1), open or ended: worked out here, not by the code under test. */
function abusedChildren(t: OfficeDataContext): Set<string> {
  const rows = t.ctx.sqlite.prepare(`select child_id as id from membership m where ${abuseMembershipSql}`).all() as { id: string }[];
  return new Set(rows.map((row) => row.id));
}

const childIdentity = ['full_name', 'village', 'personal_id', 'birth_certificate_no', 'health_insurance_no'];

/**
 * The table as the province should receive it: the database's rows, the settings' columns
 * null, an abused child's names and numbers null and their guardians left out.
 */
function expectedLines(t: OfficeDataContext, table: ExchangeTableName, includes: { personalIds: boolean; guardianPhones: boolean }): string[] {
  const spec = specOf(table);
  const withheld = new Set([...(includes.personalIds ? [] : (spec.personalIds ?? [])), ...(includes.guardianPhones ? [] : (spec.guardianPhones ?? []))]);
  const abused = abusedChildren(t);
  return databaseRows(t, table)
    .filter((row) => table !== 'guardian' || !abused.has(String(row.child_id)))
    .map((row) => {
      const hidden = table === 'child' && abused.has(String(row.id));
      return JSON.stringify(Object.fromEntries(Object.entries(row).map(([c, v]) => [c, withheld.has(c) || (hidden && childIdentity.includes(c)) ? null : v])));
    });
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
      expect(partLines(opened, table), table).toEqual(expectedLines(t, table, { personalIds: false, guardianPhones: false }));
    }
    // Not an empty comparison: the fixture's tables are full, and some children are sent de-identified.
    expect(partLines(opened, 'child')).toHaveLength(300);
    expect(abusedChildren(t).size).toBeGreaterThan(3);
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
      expect(table.part).toBe(tablePartName(table.name as ExchangeTableName));
      expect(table.columns).toEqual([...specOf(table.name as ExchangeTableName).columns]);
      expect(table.rows, table.name).toBe(partLines(opened, table.name as ExchangeTableName).length);
      expect(table.sha256, table.name).toBe(sha256(bytes));
    }
    // Every row of every table, but the guardians of children sent de-identified.
    const held = (name: string) => (t.ctx.sqlite.prepare(`select count(*) as n from ${name}`).get() as { n: number }).n;
    const rowsOf = (name: string) => manifest.tables.find((table) => table.name === name)?.rows;
    expect(rowsOf('child')).toBe(held('child'));
    expect(rowsOf('visit')).toBe(held('visit'));
    expect(rowsOf('guardian')).toBeLessThan(held('guardian'));
    expect(result.export.rowCounts).toEqual(Object.fromEntries(manifest.tables.map((table) => [table.name, table.rows])));
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
    expect(counts.get('Người chăm sóc')).toBe(opened.manifest.tables.find((table) => table.name === 'guardian')?.rows);
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
    const everything = { personalIds: true, guardianPhones: true };
    expect(partLines(opened, 'child')).toEqual(expectedLines(t, 'child', everything));
    expect(partLines(opened, 'guardian')).toEqual(expectedLines(t, 'guardian', everything));
    const children = partLines(opened, 'child').map((line) => JSON.parse(line) as ExchangeRow);
    expect(children.filter((row) => row.personal_id !== null).length).toBeGreaterThan(40);
    const phones = partLines(opened, 'guardian').map((line) => (JSON.parse(line) as ExchangeRow).phone);
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

describe('exportPackage: abuse circumstances as counts, not identities', () => {
  it('sends a child ever in group l, and one ever only on the at-risk list r1, with no name, village or number, and not their guardians', async () => {
    const t = await officeDataContext({ children: 60, seed: 13 });
    await makeReady(t, { personalIds: true, guardianPhones: true });
    // Two children with guardians and nothing of abuse so far: one given group l (now ended), one only r1 (ended).
    const abusedBefore = abusedChildren(t);
    const candidates = (t.ctx.sqlite.prepare('select distinct child_id as id from guardian order by child_id').all() as { id: string }[])
      .map((row) => row.id)
      .filter((id) => !abusedBefore.has(id));
    const [inGroupL, onlyR1] = candidates as [string, string];
    t.ctx.sqlite.prepare(`update membership set kind = 'group', code = 'l', subgroup_code = null, end_date = '2026-06-30', end_reason = 'circumstanceEnded' where child_id = ?`).run(inGroupL);
    t.ctx.sqlite.prepare('delete from membership where child_id = ?').run(onlyR1);
    t.ctx.sqlite
      .prepare(`insert into membership (id, office_id, child_id, kind, code, start_date, end_date, end_reason, created_at, updated_at)
                values ('m-r1', ?, ?, 'atRisk', 'r1', '2024-01-01', '2025-01-01', 'circumstanceEnded', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`)
      .run(t.data.officeId, onlyR1);

    const result = await exportPackage(t.ctx, { period: q4, passphrase });
    const opened = await open(result);
    const children = new Map(partLines(opened, 'child').map((line) => JSON.parse(line) as ExchangeRow).map((row) => [String(row.id), row]));
    const held = new Map(databaseRows(t, 'child').map((row) => [String(row.id), row]));
    for (const id of [inGroupL, onlyR1]) {
      const sent = children.get(id);
      const record = held.get(id);
      expect(record?.full_name, 'the database has a name, so the test can fail').not.toBeNull();
      expect(sent).toMatchObject({ full_name: null, village: null, personal_id: null, birth_certificate_no: null, health_insurance_no: null });
      // What the province counts by stays.
      for (const column of ['sex', 'birth_date', 'unit_id', 'status', 'left_date', 'created_at']) expect(sent?.[column], column).toEqual(record?.[column]);
    }
    const guardians = partLines(opened, 'guardian').map((line) => JSON.parse(line) as ExchangeRow);
    expect(guardians.filter((row) => row.child_id === inGroupL || row.child_id === onlyR1)).toEqual([]);
    const heldGuardians = t.ctx.sqlite.prepare('select count(*) as n from guardian where child_id in (?, ?)').get(inGroupL, onlyR1) as { n: number };
    expect(heldGuardians.n).toBeGreaterThan(1);
    // Everyone else as the database holds them, IDs and phones included (the settings say so).
    const others = candidates.slice(2);
    for (const id of others) expect(children.get(id)).toEqual(held.get(id));
    expect(guardians.filter((row) => others.includes(String(row.child_id))).length).toBeGreaterThan(20);
    // Nothing names them anywhere in what was sealed; the counts agree with what was sent.
    const sent = await everythingSent(opened);
    for (const id of [inGroupL, onlyR1]) {
      const record = held.get(id);
      for (const value of [record?.full_name, record?.personal_id, record?.health_insurance_no]) if (typeof value === 'string') expect(sent).not.toContain(value);
    }
    expect(opened.manifest.tables.find((table) => table.name === 'guardian')?.rows).toBe(guardians.length);
    expect(result.export.rowCounts.guardian).toBe(guardians.length);
    t.close();
  });
  it('treats an at-risk reason the office added as abuse, a shipped ordinary one not, and withholds an abused child\'s safe-home link', async () => {
    const t = await officeDataContext({ children: 60, seed: 17 });
    await makeReady(t, { personalIds: false, guardianPhones: false });
    const abusedBefore = abusedChildren(t);
    const candidates = (t.ctx.sqlite.prepare('select distinct child_id as id from guardian order by child_id').all() as { id: string }[])
      .map((row) => row.id)
      .filter((id) => !abusedBefore.has(id));
    const [onOwnReason, onR2] = candidates as [string, string];
    // The office's own at-risk reason (its meaning unknown to the app), and the shipped r2 (parents away).
    t.ctx.sqlite
      .prepare(`insert into circumstance_option (code, kind, group_code, name_vi, name_en, sort_order, active) values ('r6', 'atRisk', null, 'Có dấu hiệu bị xâm hại', 'Signs of abuse', 60, 1)`)
      .run();
    for (const [child, code] of [[onOwnReason, 'r6'], [onR2, 'r2']] as const) {
      t.ctx.sqlite.prepare('delete from membership where child_id = ?').run(child);
      t.ctx.sqlite
        .prepare(`insert into membership (id, office_id, child_id, kind, code, start_date, created_at, updated_at)
                  values (?, ?, ?, 'atRisk', ?, '2025-01-01', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`)
        .run(`m-${code}`, t.data.officeId, child, code);
    }
    // Both children live in a household assessed for the safe-home model.
    const assessment = (t.ctx.sqlite.prepare('select id from safe_home_assessment limit 1').get() as { id: string }).id;
    const link = t.ctx.sqlite.prepare('insert or ignore into safe_home_child (assessment_id, child_id) values (?, ?)');
    link.run(assessment, onOwnReason);
    link.run(assessment, onR2);

    const opened = await open(await exportPackage(t.ctx, { period: q4, passphrase }));
    const children = new Map(partLines(opened, 'child').map((line) => JSON.parse(line) as ExchangeRow).map((row) => [String(row.id), row]));
    expect(children.get(onOwnReason)).toMatchObject({ full_name: null, village: null });
    expect(children.get(onR2)?.full_name).not.toBeNull();
    const guardianChildren = new Set(partLines(opened, 'guardian').map((line) => String((JSON.parse(line) as ExchangeRow).child_id)));
    expect(guardianChildren.has(onOwnReason)).toBe(false);
    expect(guardianChildren.has(onR2)).toBe(true);
    const links = partLines(opened, 'safe_home_child').map((line) => JSON.parse(line) as ExchangeRow);
    expect(links).toContainEqual({ assessment_id: assessment, child_id: onR2 });
    expect(links.some((row) => row.child_id === onOwnReason)).toBe(false);
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
