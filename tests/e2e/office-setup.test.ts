import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query, startSession, stopSession, type Session } from './helpers';

// One story, in order: a new office for the legacy district Quận Ngô Quyền (Hải Phòng) is set
// up through the form, the language is switched, and a reload keeps both.

let session: Session;
let app: Session['app'];
let page: Page;
const consoleErrors: string[] = [];

function officeRows() {
  return {
    offices: query(session.dataDir, 'select name, province_code, area_kind, legacy_district_id, place_name from office'),
    units: query<{ unit_kind: string; unit_id: string }>(session.dataDir, 'select unit_kind, unit_id from office_area_unit order by unit_id'),
  };
}

beforeAll(async () => {
  session = await startSession({ prefix: 'bt-e2e-setup-', consoleErrors, consoleKinds: ['error', 'warning'] });
  ({ app, page } = session);
});

afterAll(() => stopSession(session));

describe('office setup in browser mode', () => {
  it('opens on the setup form in Vietnamese', async () => {
    await page.goto(app.url);
    await expect.poll(() => page.getByRole('heading', { name: 'Thiết lập đơn vị' }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('refuses an empty form with Vietnamese messages and saves nothing', async () => {
    await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
    await expect.poll(() => page.getByText('Hãy chọn tỉnh, thành phố.').isVisible()).toBe(true);
    // Focus goes to the first field that needs attention.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('office-provinceCode');
    expect(await page.getByText('Mục này không được để trống.').count()).toBeGreaterThanOrEqual(5);
    expect(officeRows().offices).toEqual([]);
  });

  it('sets up a legacy district with its wards', async () => {
    await page.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Thành phố Hải Phòng' });
    await page.getByLabel('Huyện, quận, thị xã cũ (trước 01/7/2025)').check();
    await page.getByLabel('Đơn vị cấp huyện cũ').selectOption({ label: 'Quận Ngô Quyền' });

    // The district's wards are listed, all chosen, each with the commune it became.
    for (const ward of ['Phường Máy Chai', 'Phường Lạch Tray', 'Phường Cầu Đất', 'Phường Lạc Viên']) {
      await expect.poll(() => page.getByRole('checkbox', { name: new RegExp(ward) }).isChecked()).toBe(true);
    }
    await expect.poll(() => page.getByText(/nay thuộc Phường Gia Viên/).first().isVisible()).toBe(true);
    // One ward the office no longer follows.
    await page.getByRole('checkbox', { name: /Phường Vạn Mỹ/ }).uncheck();

    await page.getByLabel('Tên đơn vị').fill('PHÒNG LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI');
    await page.getByLabel('Cơ quan chủ quản').fill('UBND QUẬN NGÔ QUYỀN');
    await page.getByLabel('Nơi nhận báo cáo cấp tỉnh').fill('Sở Y tế thành phố Hải Phòng');
    await page.getByLabel('Địa danh ghi trên văn bản').fill('Ngô Quyền');
    await page.getByLabel('Họ tên thủ trưởng').fill('Phạm Thị Thu Hằng');
    await page.getByLabel('Người lập biểu').fill('Vũ Minh Tuấn');
    await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();

    await expect.poll(() => page.getByRole('banner').textContent()).toContain('PHÒNG LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI');
    expect(await page.getByRole('banner').textContent()).toContain('UBND QUẬN NGÔ QUYỀN');
    const { offices, units } = officeRows();
    expect(offices).toEqual([
      {
        name: 'PHÒNG LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI',
        province_code: '31',
        area_kind: 'legacyDistrict',
        legacy_district_id: 'hai-phong/quan-ngo-quyen',
        place_name: 'Ngô Quyền',
      },
    ]);
    expect(units.every((u) => u.unit_kind === 'legacyWard')).toBe(true);
    expect(units.map((u) => u.unit_id)).toContain('11365'); // Phường Lạch Tray
    expect(units.map((u) => u.unit_id)).not.toContain('11335'); // Phường Vạn Mỹ, unchecked
    expect(units).toHaveLength(11);
  });

  it('shows the seven areas of an office and opens each one', async () => {
    const nav = page.getByRole('navigation', { name: 'Các phần chính' });
    for (const area of ['Trẻ em', 'Tặng quà', 'Quỹ bảo trợ', 'Mô hình', 'Trao đổi dữ liệu', 'Báo cáo', 'Cài đặt']) {
      await expect.poll(() => nav.getByRole('link', { name: area }).isVisible()).toBe(true);
    }
    await nav.getByRole('link', { name: 'Trao đổi dữ liệu' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Gửi số liệu' }).isVisible()).toBe(true);
    expect(await nav.getByRole('link', { name: 'Trao đổi dữ liệu' }).getAttribute('aria-current')).toBe('page');
  });

  it('switches to English in Settings, and a reload keeps the language and the office', async () => {
    await page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name: 'Cài đặt', exact: true }).click();
    await page.getByLabel('English').check();
    await expect.poll(() => page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Settings' }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.reload();
    await expect.poll(() => page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Children' }).isVisible()).toBe(true);
    expect(await page.getByRole('banner').textContent()).toContain('PHÒNG LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI');
    // Settings shows the saved office again, for editing.
    await page.getByRole('navigation', { name: 'Main sections' }).getByRole('link', { name: 'Settings' }).click();
    await expect.poll(() => page.getByLabel(/Office name|Tên đơn vị/).inputValue()).toBe('PHÒNG LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI');
    expect(await page.getByRole('checkbox', { name: /Phường Vạn Mỹ/ }).isChecked()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /Phường Lạch Tray/ }).isChecked()).toBe(true);
  });

  it('is reachable by keyboard: the skip link and the sidebar come first', async () => {
    await page.goto(`${app.origin}/#/children`);
    await page.reload();
    await page.getByRole('navigation').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('nav') !== null);
    expect(focused).toBe(true);
  });

  it('fits 1366×768 without horizontal scrolling', async () => {
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0);
  });

  it('logged no error or warning in the browser console along the way (CSP violations included)', () => {
    expect(consoleErrors).toEqual([]);
  });
});
