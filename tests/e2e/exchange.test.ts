import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeTableNames } from '../../shared/codes/exchange';
import { groupCodes } from '../../shared/codes/groups';
import viLocale from '../../renderer/src/i18n/locales/vi.json';
import { legacyOffice } from '../fixtures/office';
import { tempDir } from './harness.mjs';
import { createChildren, displayDate, pad, plain, query, startWithOffice, stopSession, tableRows, watchConsole, type ChildSeed, type Session } from './helpers';

// The exchange with the province in browser mode, two data folders at once: the office sets its
// code and the passphrase, sends its data for last quarter (a mistyped passphrase refused first)
// and the browser downloads the package; the province, on its own data folder, is refused the
// file under a wrong passphrase, checks it under the right one, imports it, writes the receipt,
// is told a second import of the same file changes nothing, and reports the office's children
// on screen, in Excel and on the A4 print page; back at the office a receipt altered by one
// byte is refused and the genuine one marks the export received.

/** Fictional children: four in three legal groups, one with a personal ID and a guardian's phone. */
const fixture: ChildSeed[] = [
  {
    fullName: 'Lương Thị Ngọc Ánh',
    sex: 'female',
    birthDate: '2015-03-09',
    unit: 'Phường Lạch Tray',
    village: 'Tổ dân phố số 3',
    guardian: { fullName: 'Lương Văn Toàn', relation: 'Bố', phone: '0912345678' },
    group: 'd',
    personalId: '031215000123',
  },
  {
    fullName: 'Đinh Quang Huy',
    sex: 'male',
    birthDate: '2013-11-21',
    unit: 'Phường Lạch Tray',
    village: 'Tổ dân phố số 7',
    guardian: { fullName: 'Đinh Thị Mận', relation: 'Mẹ' },
    group: 'd',
  },
  {
    fullName: 'Tạ Minh Khôi',
    sex: 'male',
    birthDate: '2017-07-02',
    unit: 'Phường Máy Chai',
    village: 'Tổ dân phố số 1',
    guardian: { fullName: 'Tạ Thị Huệ', relation: 'Bà nội' },
    group: 'a',
  },
  {
    fullName: 'Hà Thu Trang',
    sex: 'female',
    birthDate: '2012-01-30',
    unit: 'Phường Máy Chai',
    village: 'Tổ dân phố số 4',
    guardian: { fullName: 'Hà Văn Lâm', relation: 'Bác' },
    group: 'c',
  },
];

/** What the province's report should show for them at the end of any period after their groups began (2024). */
const expectedChildren = {
  total: fixture.length,
  male: fixture.filter((child) => child.sex === 'male').length,
  female: fixture.filter((child) => child.sex === 'female').length,
  byGroup: groupCodes.map((code) => fixture.filter((child) => child.group === code).length),
};
/** The children's row as the screen and the print page show it: no one at risk, no one supported (no gifts, no fund). */
const childrenFigures = [
  String(expectedChildren.total),
  String(expectedChildren.male),
  String(expectedChildren.female),
  ...expectedChildren.byGroup.map(String),
  '0',
  '0',
  '0,0%',
];

const officeCode = 'HP-NQ';
const passphrase = 'hai phong ngo quyen 2026';
const wrongPassphrase = 'hai phong ngo quyen 2025';
const officeName = legacyOffice.name;
const officeLabel = `${officeCode} – ${officeName}`;
const province = { name: 'SỞ Y TẾ THÀNH PHỐ HẢI PHÒNG', parentAgency: 'UBND THÀNH PHỐ HẢI PHÒNG', receiver: 'Bộ Y tế' };

/** The quarter that ended last: what the office sends for, and the province reports on. */
const today = new Date();
const currentQuarter = Math.floor(today.getMonth() / 3) + 1;
const quarter = currentQuarter > 1 ? { year: today.getFullYear(), number: currentQuarter - 1 } : { year: today.getFullYear() - 1, number: 4 };
const quarterName = `Quý ${['I', 'II', 'III', 'IV'][quarter.number - 1]}/${quarter.year}`;
const periodKey = `${quarter.year}-Q${quarter.number}`;
const firstMonth = (quarter.number - 1) * 3 + 1;
const from = `${quarter.year}-${pad(firstMonth)}-01`;
const to = `${quarter.year}-${pad(firstMonth + 2)}-${pad(new Date(quarter.year, firstMonth + 2, 0).getDate())}`;
const display = (iso: string) => iso.split('-').reverse().join('/');
const packageName = `BTTE_${officeCode}_${periodKey}_so001.btte`;
const receiptName = `BTTE_${officeCode}_so001_bien-nhan.btte-bn`;

let office: Session;
let provinceSession: Session;
const officeErrors: string[] = [];
const provinceErrors: string[] = [];
const files = tempDir('bt-e2e-exchange-files-');
const packageFile = path.join(files, packageName);
const receiptFile = path.join(files, receiptName);

const sql = <T>(session: Session, text: string): T[] => query<T>(session.dataDir, text);
const count = (session: Session, text: string): number => sql<{ n: number }>(session, text)[0]?.n ?? -1;

/** Rows per registry table: at the office its own tables, at the province what it holds from that office. */
const officeCounts = (): Record<string, number> =>
  Object.fromEntries(exchangeTableNames.map((table) => [table, count(office, `select count(*) as n from ${table}`)]));
const provinceCounts = (): Record<string, number> => {
  const rows = sql<{ table_name: string; n: number }>(provinceSession, 'select table_name, count(*) as n from exchange_row group by table_name');
  return Object.fromEntries(exchangeTableNames.map((table) => [table, rows.find((row) => row.table_name === table)?.n ?? 0]));
};
/** Everything the province holds, for "nothing changed". */
const provinceState = () => ({
  rows: sql(provinceSession, 'select office_id, table_name, row_id, hash from exchange_row order by office_id, table_name, row_id'),
  sources: sql(provinceSession, 'select * from exchange_source'),
  imports: sql(provinceSession, 'select id, sequence, package_sha256 from exchange_import'),
});

const tableLabels: Record<string, string> = viLocale.exchange.tables;
/** A count as the province's tables show it: thousands grouped with '.'. */
const figure = (n: number): string => n.toLocaleString('vi-VN');
/** Rows sent over all tables. */
const sentTotal = (counts: Record<string, number>): number => Object.values(counts).reduce((sum, n) => sum + n, 0);

const heading = (page: Page, name: string, level: number) => page.getByRole('heading', { name, level, exact: true });
const sidebar = (page: Page, name: string) => page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name, exact: true });
const exchangeTab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Các trang trao đổi dữ liệu' }).getByRole('link', { name, exact: true });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

/** Clicks and waits for the browser's download; saves it where the test keeps its files. */
async function download(page: Page, click: () => Promise<void>, saveAs?: string): Promise<Download> {
  const [started] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), click()]);
  if (saveAs) await started.saveAs(saveAs);
  return started;
}

beforeAll(async () => {
  [office, provinceSession] = await Promise.all([
    startWithOffice({ prefix: 'bt-e2e-exchange-office-', consoleErrors: officeErrors, seed: (session) => createChildren(session, fixture) }),
    startWithOffice({
      prefix: 'bt-e2e-exchange-province-',
      consoleErrors: provinceErrors,
      office: { ...province, mode: 'province' },
      landing: '/',
    }),
  ]);
});

afterAll(async () => {
  await stopSession(office, 'exchange end to end, office');
  await stopSession(provinceSession, 'exchange end to end, province');
  fs.rmSync(files, { recursive: true, force: true });
});

describe('the exchange with the province in browser mode', () => {
  it('office: sets the office code, leaves personal data unticked and sets the passphrase twice', async () => {
    const page = office.page;
    await sidebar(page, 'Trao đổi dữ liệu').click();
    await expect.poll(() => heading(page, 'Gửi số liệu', 1).isVisible()).toBe(true);
    // Nothing can be sent before the settings are made.
    await expect.poll(() => page.getByRole('note', { name: 'Chưa thể xuất tệp gửi tỉnh' }).isVisible()).toBe(true);
    await exchangeTab(page, 'Cài đặt trao đổi').click();

    const code = page.getByLabel('Mã đơn vị');
    await expect.poll(() => code.inputValue()).toBe('quan-ngo-quyen');
    await code.fill(officeCode);
    expect(await page.getByLabel('Gửi kèm số định danh, giấy khai sinh, thẻ BHYT').isChecked()).toBe(false);
    expect(await page.getByLabel('Gửi kèm số điện thoại người chăm sóc').isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Lưu cài đặt', exact: true }).click();
    await expect.poll(() => status(page, 'Đã lưu cài đặt trao đổi.').isVisible()).toBe(true);

    await page.getByRole('textbox', { name: 'Mật khẩu trao đổi', exact: true }).fill(passphrase);
    await page.getByLabel('Nhập lại mật khẩu trao đổi').fill(passphrase);
    await page.getByRole('button', { name: 'Đặt mật khẩu', exact: true }).click();
    await expect.poll(() => status(page, 'Đã đặt mật khẩu trao đổi.').isVisible()).toBe(true);
    expect(plain(await page.locator('.exchange-passphrase-state').innerText())).toBe('Mật khẩu trao đổi: Đã đặt');

    const settings = Object.fromEntries(
      sql<{ key: string; value: string }>(office, "select key, value from app_setting where key like 'exchange.%'").map((row) => [row.key, row.value]),
    );
    expect(settings).toMatchObject({ 'exchange.officeCode': officeCode, 'exchange.includePersonalIds': '0', 'exchange.includeGuardianPhones': '0' });
    // Only a check of the passphrase is kept, never the passphrase.
    expect(settings['exchange.passphraseCheck']).not.toContain(passphrase);
  });

  it('office: refuses a wrong passphrase on its field and writes no export', async () => {
    const page = office.page;
    await exchangeTab(page, 'Gửi số liệu').click();
    await expect.poll(() => heading(page, 'Xuất tệp gửi tỉnh', 2).isVisible()).toBe(true);
    await page.getByLabel('Loại kỳ').selectOption({ label: 'Quý' });
    await page.getByLabel('Quý', { exact: true }).selectOption({ label: `Quý ${['I', 'II', 'III', 'IV'][quarter.number - 1]}` });
    await page.getByLabel('Năm', { exact: true }).selectOption(String(quarter.year));
    await expect.poll(async () => plain(await page.locator('#exchange-export-what').innerText())).toBe(`${quarterName} sẽ là lần gửi số 1.`);

    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('textbox', { name: 'Mật khẩu trao đổi', exact: true }).fill(wrongPassphrase);
    await page.getByRole('button', { name: 'Xuất tệp', exact: true }).click();
    const field = page.getByRole('textbox', { name: 'Mật khẩu trao đổi', exact: true });
    await expect.poll(() => page.locator('#exchange-export-passphrase-error').textContent()).toBe(
      'Mật khẩu không khớp với mật khẩu trao đổi đã đặt. Nếu tỉnh đã đổi mật khẩu, hãy đặt lại trong phần Cài đặt trao đổi. Chưa có tệp nào được tạo.',
    );
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(count(office, 'select count(*) as n from exchange_export')).toBe(0);
    expect(downloads).toBe(0);
    expect(await page.getByText('Chưa gửi lần nào.').isVisible()).toBe(true);
  });

  it('office: exports the quarter; the browser downloads the package and the log shows số 1, not yet received', async () => {
    const page = office.page;
    await page.getByRole('textbox', { name: 'Mật khẩu trao đổi', exact: true }).fill(passphrase);
    const file = await download(page, () => page.getByRole('button', { name: 'Xuất tệp', exact: true }).click(), packageFile);
    expect(file.suggestedFilename()).toBe(packageName);
    await expect.poll(() => status(page, `Đã tạo lần gửi số 1 (${quarterName}) và lưu tệp ${packageName}.`).isVisible()).toBe(true);

    const [sent, ...more] = sql<{ sequence: number; period_key: string; file_name: string; received_at: string | null; size: number }>(
      office,
      'select sequence, period_key, file_name, received_at, length(package_file) as size from exchange_export',
    );
    expect(more).toEqual([]);
    expect(sent).toEqual({ sequence: 1, period_key: periodKey, file_name: packageName, received_at: null, size: fs.statSync(packageFile).size });

    const log = page.getByRole('table', { name: 'Các lần gửi số liệu' });
    await expect.poll(async () => (await tableRows(log)).length).toBe(1);
    const [row] = await tableRows(log);
    expect(row?.[0]).toBe('1');
    expect(row?.[1]).toBe(quarterName);
    expect(row?.[3]).toBe(packageName);
    expect(row?.[5]).toBe(String(fixture.length));
    expect(row?.[6]).toBe('Chưa có biên nhận');
  });

  it('province: shows only the province’s areas and opens on the import', async () => {
    const page = provinceSession.page;
    const nav = page.getByRole('navigation', { name: 'Các phần chính' });
    await expect.poll(async () => (await nav.getByRole('link').allInnerTexts()).map(plain)).toEqual([
      'Nhập số liệu các đơn vị',
      'Báo cáo toàn tỉnh',
      'Cài đặt',
    ]);
    await expect.poll(() => heading(page, 'Nhập số liệu', 1).isVisible()).toBe(true);
    expect(page.url()).toContain('#/exchange/import');
    expect(await exchangeTab(page, 'Nhập tệp').getAttribute('aria-current')).toBe('page');
  });

  it('province: a wrong passphrase is told on the package and nothing can be imported', async () => {
    const page = provinceSession.page;
    await page.getByLabel('Tệp số liệu của các đơn vị (.btte)').setInputFiles(packageFile);
    const staged = page.getByRole('list', { name: 'Các tệp đã chọn (1)' });
    await expect.poll(async () => plain(await staged.innerText())).toContain(packageName);

    await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(wrongPassphrase);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const check = page.getByRole('region', { name: '3. Kết quả kiểm tra' });
    await expect.poll(async () => (await check.isVisible()) && plain(await check.innerText())).toContain('Bị chặn: 1 gói.');
    const problems = check.getByRole('list', { name: `Vấn đề của gói ${packageName}` });
    expect((await problems.getByRole('listitem').allInnerTexts()).map(plain)).toEqual(['Sai mật khẩu: không mật khẩu nào đã nhập mở được tệp này.']);
    const apply = page.getByRole('button', { name: 'Nhập tất cả', exact: true });
    expect(await apply.isDisabled()).toBe(true);
    expect(plain(await page.locator('#province-apply-hint').innerText())).toContain('Còn gói bị chặn');
    expect(count(provinceSession, 'select count(*) as n from exchange_row')).toBe(0);
  });

  it('province: under the right passphrase the dry run names the office and every row is new', async () => {
    const page = provinceSession.page;
    await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(passphrase);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const check = page.getByRole('region', { name: '3. Kết quả kiểm tra' });
    await expect.poll(async () => plain(await check.innerText())).toContain('Sẽ nhập: 1 gói · Không thay đổi: 0 gói · Bị chặn: 0 gói.');
    const pkg = check.getByRole('article', { name: officeLabel });
    const facts = plain(await pkg.innerText());
    expect(facts).toContain('Kết quả: Sẽ nhập');
    expect(facts).toContain(`Kỳ báo cáo\n${quarterName}`);
    expect(facts).toContain('Lần gửi số\n1');

    const sent = officeCounts();
    const changes = await tableRows(pkg.getByRole('table', { name: `Thay đổi theo bảng: ${officeLabel}` }));
    const nonEmpty = exchangeTableNames.filter((table) => (sent[table] ?? 0) > 0);
    expect(changes).toEqual([
      ...nonEmpty.map((table) => [tableLabels[table], figure(sent[table] ?? 0), '0', '0', '0']),
      ['Cộng', figure(sentTotal(sent)), '0', '0', '0'],
    ]);
    // What a user looks for first, whatever else the office holds:
    expect(changes).toContainEqual(['Trẻ em', String(fixture.length), '0', '0', '0']);
    expect(changes).toContainEqual(['Người chăm sóc', String(fixture.length), '0', '0', '0']);
    expect(changes).toContainEqual(['Nhóm hoàn cảnh theo thời gian', String(fixture.length), '0', '0', '0']);
    expect(await page.getByRole('button', { name: 'Nhập tất cả', exact: true }).isEnabled()).toBe(true);
  });

  it('province: imports it all; the database holds what the office has, without the personal data left unticked', async () => {
    const page = provinceSession.page;
    await page.getByRole('button', { name: 'Nhập tất cả', exact: true }).click();
    const applied = page.getByRole('region', { name: 'Đã nhập xong' });
    await expect.poll(async () => (await applied.isVisible()) && plain(await applied.innerText())).toContain('Đã nhập 1 gói số liệu.');
    const [row] = await tableRows(applied.getByRole('table'));
    expect(row?.slice(0, 6)).toEqual([officeLabel, '1', quarterName, figure(sentTotal(officeCounts())), '0', '0']);

    expect(provinceCounts()).toEqual(officeCounts());
    const children = sql<{ personal_id: string | null; full_name: string }>(
      provinceSession,
      "select data ->> '$.personal_id' as personal_id, data ->> '$.full_name' as full_name from exchange_row where table_name = 'child' order by full_name",
    );
    expect(children.map((child) => child.full_name).sort()).toEqual(fixture.map((child) => child.fullName).sort());
    expect(children.every((child) => child.personal_id === null)).toBe(true);
    // The office does hold the ID and the phone; they stayed there.
    expect(count(office, 'select count(*) as n from child where personal_id is not null')).toBe(1);
    expect(count(office, 'select count(*) as n from guardian where phone is not null')).toBe(1);
    expect(count(provinceSession, "select count(*) as n from exchange_row where table_name = 'guardian' and data ->> '$.phone' is not null")).toBe(0);
    expect(sql(provinceSession, 'select code, name, sequence, period_key from exchange_source')).toEqual([
      { code: officeCode, name: officeName, sequence: 1, period_key: periodKey },
    ]);
  });

  it('province: writes the receipt; the browser downloads it', async () => {
    const page = provinceSession.page;
    const button = page.getByRole('button', { name: `Ghi biên nhận cho ${officeLabel}, lần gửi số 1` });
    const file = await download(page, () => button.click(), receiptFile);
    expect(file.suggestedFilename()).toBe(receiptName);
    const receipt = JSON.parse(fs.readFileSync(receiptFile, 'utf8')) as { receipt: { sequence: number; officeCode: string; rowCounts: Record<string, number> } };
    expect(receipt.receipt).toMatchObject({ sequence: 1, officeCode, rowCounts: officeCounts() });
  });

  it('province: the same file again is told imported before, and importing it changes nothing', async () => {
    const page = provinceSession.page;
    const before = provinceState();
    await page.getByLabel('Tệp số liệu của các đơn vị (.btte)').setInputFiles(packageFile);
    await expect.poll(async () => plain(await page.getByRole('list', { name: 'Các tệp đã chọn (1)' }).innerText())).toContain(packageName);
    await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(passphrase);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const check = page.getByRole('region', { name: '3. Kết quả kiểm tra' });
    await expect.poll(async () => (await check.isVisible()) && plain(await check.innerText())).toContain(
      'Sẽ nhập: 0 gói · Không thay đổi: 1 gói · Bị chặn: 0 gói.',
    );
    const pkg = check.getByRole('article', { name: officeLabel });
    expect(plain(await pkg.innerText())).toContain('Kết quả: Không thay đổi');
    expect(plain(await pkg.innerText())).toContain('Lần gửi số\n1 (đã nhập trước đây: lần gửi số 1)');
    expect((await pkg.getByRole('list', { name: `Vấn đề của gói ${officeLabel}` }).getByRole('listitem').allInnerTexts()).map(plain)).toEqual([
      'Gói này đã được nhập trước đây; nhập lại không thay đổi gì.',
    ]);
    expect(await pkg.getByRole('table').count()).toBe(0);

    await page.getByRole('button', { name: 'Nhập tất cả', exact: true }).click();
    await expect.poll(async () => plain(await page.getByRole('region', { name: 'Đã nhập xong' }).innerText())).toContain(
      'Không có gói nào cần nhập: số liệu tại tỉnh không thay đổi.',
    );
    expect(provinceState()).toEqual(before);
  });

  it('province: "Các đơn vị" lists the office and "Nhật ký nhập" the one import', async () => {
    const page = provinceSession.page;
    await exchangeTab(page, 'Các đơn vị').click();
    const offices = page.getByRole('table', { name: 'Các đơn vị đã gửi số liệu' });
    await expect.poll(async () => (await offices.isVisible()) && (await tableRows(offices)).length).toBe(1);
    const [source] = await tableRows(offices);
    expect([source?.[0], source?.[1], source?.[2], source?.[3], source?.[6]]).toEqual([officeCode, officeName, '1', quarterName, String(fixture.length)]);

    await exchangeTab(page, 'Nhật ký nhập').click();
    const imports = page.getByRole('table', { name: 'Nhật ký nhập' });
    await expect.poll(async () => (await imports.isVisible()) && (await tableRows(imports)).length).toBe(1);
    const [logged] = await tableRows(imports);
    expect(logged?.slice(1, 6)).toEqual([officeLabel, '1', quarterName, packageName, '']);
    expect(logged?.slice(6, 9)).toEqual([figure(sentTotal(officeCounts())), '0', '0']);
  });

  it('province: the report for the quarter shows the office’s children and the total', async () => {
    const page = provinceSession.page;
    await sidebar(page, 'Báo cáo toàn tỉnh').click();
    await expect.poll(() => heading(page, 'Báo cáo toàn tỉnh', 1).isVisible()).toBe(true);
    await page.getByLabel('Từ ngày').fill(display(from));
    await page.getByLabel('Đến ngày').fill(display(to));
    await page.getByRole('button', { name: 'Xem báo cáo', exact: true }).click();
    await expect.poll(() => page.getByText(`Từ ngày ${display(from)} đến ngày ${display(to)}`, { exact: true }).isVisible()).toBe(true);
    expect(page.url()).toContain(`from=${from}&to=${to}`);

    const table = page.getByRole('table', { name: 'Trẻ em có hoàn cảnh đặc biệt', exact: true });
    await expect.poll(() => table.isVisible()).toBe(true);
    const createdAt = sql<{ created_at: string }>(provinceSession, 'select created_at from exchange_source')[0]?.created_at ?? '';
    expect(await tableRows(table)).toEqual([
      ['1', officeCode, officeName, displayDate(new Date(createdAt)), ...childrenFigures],
      ['Tổng cộng', ...childrenFigures],
    ]);
    expect(plain(await page.locator('.province-report-note').first().innerText())).toBe('Số liệu của 1 đơn vị, mỗi đơn vị theo gói mới nhất đã nhập.');
  });

  it('province: "Xuất Excel" downloads a workbook with the same figures', async () => {
    const page = provinceSession.page;
    const actions = page.getByRole('group', { name: 'In và xuất báo cáo' });
    const file = path.join(files, 'bao-cao.xlsx');
    const saved = await download(page, () => actions.getByRole('button', { name: 'Xuất Excel', exact: true }).click(), file);
    expect(saved.suggestedFilename()).toBe(`Bao-cao-toan-tinh_${from}_${to}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Trẻ em');
    if (!sheet) throw new Error('the workbook has no sheet "Trẻ em"');
    const values = (rowNumber: number, first: number, last: number) =>
      Array.from({ length: last - first + 1 }, (_, index) => sheet.getRow(rowNumber).getCell(first + index).value);
    const figures = [expectedChildren.total, expectedChildren.male, expectedChildren.female, ...expectedChildren.byGroup, 0, 0];
    // Columns: STT, Mã đơn vị, Đơn vị, then the figures; the office's row, then Tổng cộng.
    const officeRow = sheet.getRow(12);
    expect([officeRow.getCell(2).value, officeRow.getCell(3).value]).toEqual([officeCode, officeName]);
    expect(values(12, 4, 3 + figures.length)).toEqual(figures);
    expect(sheet.getRow(13).getCell(1).value).toBe('Tổng cộng');
    expect(values(13, 4, 3 + figures.length)).toEqual(figures);
  });

  it('province: the print page opens in a new tab with the title and the office’s row, and prints to PDF', async () => {
    const page = provinceSession.page;
    const [printed] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('group', { name: 'In và xuất báo cáo' }).getByRole('button', { name: 'In (A4)', exact: true }).click(),
    ]);
    watchConsole(printed, provinceErrors);
    await printed.waitForFunction(() => document.body.dataset.printReady === 'true', undefined, { timeout: 15_000 });
    expect(printed.url()).toContain(`#/print/province-report?from=${from}&to=${to}`);
    const text = plain(await printed.locator('article.print-sheet').innerText());
    for (const line of [
      province.parentAgency,
      province.name,
      'BÁO CÁO TỔNG HỢP SỐ LIỆU BẢO VỆ, CHĂM SÓC TRẺ EM CỦA CÁC ĐƠN VỊ',
      `Từ ngày ${display(from)} đến ngày ${display(to)}`,
      'Số đơn vị đã gửi số liệu: 1',
    ]) {
      expect(text).toContain(line);
    }
    const table = printed.getByRole('table', { name: 'I. Trẻ em có hoàn cảnh đặc biệt', exact: true });
    const rows = await tableRows(table);
    expect(rows[0]?.slice(0, 3)).toEqual(['1', officeCode, officeName]);
    expect(rows[0]?.slice(4)).toEqual(childrenFigures);
    expect(rows.at(-1)).toEqual(['Tổng cộng', ...childrenFigures]);

    const pdf = path.join(files, 'bao-cao.pdf');
    fs.writeFileSync(pdf, await printed.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pdfText = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('BÁO CÁO TỔNG HỢP SỐ LIỆU BẢO VỆ, CHĂM SÓC TRẺ EM CỦA CÁC ĐƠN VỊ');
    expect(pdfText).toContain(officeCode);
    expect(pdfText).toMatch(new RegExp(`Tổng cộng\\s+${childrenFigures.slice(0, 3).join('\\s+')}`));
    // A4 landscape: 297 × 210 mm = 841.9 × 595.3 pt.
    const pageSize = /^Page size:\s+(.*)$/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? '';
    const [width = 0, height = 0] = pageSize.split(' x ').map((part) => Number.parseFloat(part));
    expect(Math.abs(width - 841.9), pageSize).toBeLessThan(1);
    expect(Math.abs(height - 595.3), pageSize).toBeLessThan(1);
    await printed.close();
  });

  it('office: refuses a receipt altered by one byte, changing nothing', async () => {
    const page = office.page;
    const genuine = fs.readFileSync(receiptFile, 'utf8');
    const childCount = `"child": ${fixture.length}`;
    expect(genuine).toContain(childCount);
    const altered = Buffer.from(genuine.replace(childCount, `"child": ${fixture.length + 1}`), 'utf8');
    expect(altered.length).toBe(Buffer.byteLength(genuine));

    const before = sql(office, 'select * from exchange_export');
    await page.getByLabel('Chọn tệp biên nhận').setInputFiles({ name: receiptName, mimeType: 'application/json', buffer: altered });
    const refusal = page.getByRole('alert').filter({ hasText: 'Không nhập được biên nhận.' });
    await expect.poll(async () => (await refusal.isVisible()) && plain(await refusal.innerText())).toBe(
      'Không nhập được biên nhận. Biên nhận không khớp với tệp đã gửi: nội dung đã bị sửa hoặc không phải do nơi nhận tệp lập. Không có gì được thay đổi.',
    );
    expect(sql(office, 'select * from exchange_export')).toEqual(before);
    const [row] = await tableRows(page.getByRole('table', { name: 'Các lần gửi số liệu' }));
    expect(row?.[6]).toBe('Chưa có biên nhận');
  });

  it('office: imports the genuine receipt; the log shows số 1 received on the day the province imported it', async () => {
    const page = office.page;
    await page.getByLabel('Chọn tệp biên nhận').setInputFiles(receiptFile);
    const importedAt = sql<{ imported_at: string }>(provinceSession, 'select imported_at from exchange_import')[0]?.imported_at ?? '';
    const day = displayDate(new Date(importedAt));
    await expect.poll(() => status(page, `Đã ghi nhận: lần gửi số 1 (${quarterName}) đã được tỉnh nhận ngày ${day}.`).isVisible()).toBe(true);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(sql(office, 'select sequence, received_at from exchange_export')).toEqual([{ sequence: 1, received_at: importedAt }]);
    const log = page.getByRole('table', { name: 'Các lần gửi số liệu' });
    await expect.poll(async () => (await tableRows(log))[0]?.[6]).toBe(`Đã nhận ngày ${day}`);
  });

  it('logged no error in either browser console', () => {
    expect(officeErrors).toEqual([]);
    expect(provinceErrors).toEqual([]);
  });
});
