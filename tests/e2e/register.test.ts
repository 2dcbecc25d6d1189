import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childRow, officeHeaders, xlsxBytes } from '../fixtures/import/builders';
import { displayDate, query, startWithOffice, stopSession, type Session } from './helpers';

// The register in browser mode, as an office uses it: create a child in two groups, find them
// by the unaccented name, edit, close at 16; then import a list with two bad rows, fix, import.

let session: Session;
let app: Session['app'];
let page: Page;
const consoleErrors: string[] = [];

/** The database as it stands, read beside the running app. */
const sql = <T>(text: string): T[] => query<T>(session.dataDir, text);

/** A birth date 16 years and 10 days ago: the child has just turned 16. */
function justSixteen(): { display: string; sixteenth: string } {
  const birth = new Date();
  birth.setFullYear(birth.getFullYear() - 16);
  birth.setDate(birth.getDate() - 10);
  const sixteenth = new Date(birth);
  sixteenth.setFullYear(birth.getFullYear() + 16);
  return { display: displayDate(birth), sixteenth: displayDate(sixteenth) };
}

beforeAll(async () => {
  session = await startWithOffice({ prefix: 'bt-e2e-register-', consoleErrors });
  ({ app, page } = session);
});

afterAll(() => stopSession(session));

describe('the register in browser mode', () => {
  const birth = justSixteen();

  it('starts empty and offers to add or import', async () => {
    await expect.poll(() => page.getByRole('heading', { name: 'Chưa có trẻ nào trong sổ' }).isVisible()).toBe(true);
  });

  it('creates a child in two groups, typed with Vietnamese diacritics', async () => {
    await page.getByRole('link', { name: 'Thêm trẻ', exact: true }).first().click();
    await expect.poll(() => page.getByRole('heading', { name: 'Thêm trẻ', exact: true }).isVisible()).toBe(true);
    await page.getByLabel('Họ và tên', { exact: true }).pressSequentially('Nguyễn Thị Hoa');
    await page.getByLabel('Nữ', { exact: true }).check();
    await page.getByLabel('Ngày sinh', { exact: true }).fill(birth.display);
    await page.getByLabel('Xã, phường', { exact: true }).selectOption({ label: 'Phường Lạch Tray' });
    await page.getByLabel('Hộ gia đình', { exact: true }).selectOption({ label: 'Hộ nghèo' });
    await page.getByLabel('Học tập', { exact: true }).selectOption({ index: 4 });
    await page.getByRole('button', { name: 'Thêm người giám hộ' }).click();
    await page.getByLabel('Họ và tên người giám hộ').fill('Trần Văn Dũng');
    await page.getByLabel('Quan hệ với trẻ').fill('Bác');
    await page.getByLabel('a) Trẻ em mồ côi cả cha và mẹ').check();
    await page.getByLabel('d) Trẻ em khuyết tật').check();
    // On the register since before the 16th birthday (the form proposes today).
    await page.getByLabel('Từ ngày (nhóm a)').fill('01/06/2024');
    await page.getByLabel('Từ ngày (nhóm d)').fill('01/06/2024');
    await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nguyễn Thị Hoa');
    const memberships = sql<{ code: string; end_date: string | null }>('select code, end_date from membership order by code');
    expect(memberships).toEqual([
      { code: 'a', end_date: null },
      { code: 'd', end_date: null },
    ]);
  });

  it('finds the child by the unaccented name', async () => {
    await page.goto(`${app.origin}/#/children`);
    await page.getByLabel('Tìm kiếm', { exact: true }).fill('nguyen thi hoa');
    await expect.poll(() => page.getByRole('link', { name: 'Nguyễn Thị Hoa' }).isVisible()).toBe(true);
    await page.getByLabel('Tìm kiếm', { exact: true }).fill('tran van dung');
    await expect.poll(() => page.getByRole('link', { name: 'Nguyễn Thị Hoa' }).isVisible()).toBe(true);
    await page.getByLabel('Tìm kiếm', { exact: true }).fill('le van');
    await expect.poll(() => page.getByRole('link', { name: 'Nguyễn Thị Hoa' }).count()).toBe(0);
    await page.getByLabel('Tìm kiếm', { exact: true }).fill('nguyen thi hoa');
    await page.getByRole('link', { name: 'Nguyễn Thị Hoa' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nguyễn Thị Hoa');
  });

  it('edits the record', async () => {
    await page.getByRole('link', { name: 'Sửa', exact: true }).click();
    await page.getByLabel('Thôn, tổ dân phố').fill('Tổ dân phố số 5');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(() => page.getByText('Tổ dân phố số 5').first().isVisible()).toBe(true);
    expect(sql<{ village: string }>('select village from child')).toEqual([{ village: 'Tổ dân phố số 5' }]);
  });

  it('prompts to close the record at 16 and closes it with the reason "đủ 16 tuổi"', async () => {
    await expect.poll(() => page.getByText(`Trẻ đã đủ 16 tuổi ngày ${birth.sixteenth}`).first().isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Đóng hồ sơ: đủ 16 tuổi' }).click();
    await expect.poll(() => page.getByText('Đã ra khỏi danh sách').first().isVisible()).toBe(true);
    expect(sql<{ status: string; left_reason: string }>('select status, left_reason from child')).toEqual([
      { status: 'left', left_reason: 'turned16' },
    ]);
    expect(sql<{ end_reason: string }>('select end_reason from membership')).toEqual([
      { end_reason: 'turned16' },
      { end_reason: 'turned16' },
    ]);
  });

  it('refuses a list with two bad rows, shows why, and imports nothing', async () => {
    await page.goto(`${app.origin}/#/children/import`);
    const rows = Array.from({ length: 10 }, (_, n) => childRow(n));
    rows[2] = childRow(2, { 'Ngày, tháng, năm sinh': '31/02/2015' });
    rows[6] = childRow(6, { 'Xã/phường': 'Phường Không Có Thật' });
    const bad = await xlsxBytes([[...officeHeaders], ...rows]);
    await page.getByLabel('Tệp danh sách (.xlsx hoặc .csv)').setInputFiles({
      name: 'danh-sach.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(bad),
    });
    await expect.poll(() => page.getByText('2 dòng lỗi').isVisible()).toBe(true);
    expect(await page.getByText(/Ngày không đọc được/).count()).toBeGreaterThan(0);
    expect(await page.getByText(/không thuộc địa bàn của đơn vị/).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^Nhập \d+ trẻ$/ }).isDisabled()).toBe(true);
    expect(sql<{ n: number }>('select count(*) as n from child')).toEqual([{ n: 1 }]);
  });

  it('imports the corrected list, all at once', async () => {
    const good = await xlsxBytes([[...officeHeaders], ...Array.from({ length: 10 }, (_, n) => childRow(n))]);
    await page.getByLabel('Tệp danh sách (.xlsx hoặc .csv)').setInputFiles({
      name: 'danh-sach-da-sua.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(good),
    });
    await expect.poll(() => page.getByText('10 dòng hợp lệ').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Nhập 10 trẻ' }).click();
    await expect.poll(() => page.getByText('Đã nhập 10 trẻ vào sổ theo dõi.').isVisible()).toBe(true);
    expect(sql<{ n: number }>('select count(*) as n from child')).toEqual([{ n: 11 }]);
  });

  it('logged no error in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
