#!/usr/bin/env node
// `npm run screenshots`: builds, starts browser mode on a throw-away data folder, sets up a
// fictional office through the UI and writes PNGs of the main screens to docs/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import { openBrowser, root, startApp, tempDir } from '../tests/e2e/harness.mjs';

const outDir = path.join(root, 'docs', 'screenshots');
fs.mkdirSync(outDir, { recursive: true });

const dataDir = tempDir('bt-screenshots-');
const app = await startApp({ dataDir });
const browser = await openBrowser({ viewport: { width: 1366, height: 768 } });
const { page } = browser;
const shot = async (name, options = {}) => {
  await page.screenshot({ path: path.join(outDir, name), ...options });
  console.log(`docs/screenshots/${name}`);
};

try {
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Thiết lập đơn vị' }).waitFor();

  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await page.getByText('Hãy chọn tỉnh, thành phố.').waitFor();
  await shot('04-setup-errors.png', { fullPage: true });

  await page.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Thành phố Hải Phòng' });
  await page.getByLabel('Huyện, quận, thị xã cũ (trước 01/7/2025)').check();
  await page.getByLabel('Đơn vị cấp huyện cũ').selectOption({ label: 'Quận Ngô Quyền' });
  await page.getByRole('checkbox', { name: /Phường Lạch Tray/ }).waitFor();
  await page.getByLabel('Tên đơn vị').fill('PHÒNG LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI');
  await page.getByLabel('Cơ quan chủ quản').fill('UBND QUẬN NGÔ QUYỀN');
  await page.getByLabel('Nơi nhận báo cáo cấp tỉnh').fill('Sở Y tế thành phố Hải Phòng');
  await page.getByLabel('Địa danh ghi trên văn bản').fill('Ngô Quyền');
  await page.getByLabel('Họ tên thủ trưởng').fill('Phạm Thị Thu Hằng');
  await page.getByLabel('Người lập biểu').fill('Vũ Minh Tuấn');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot('01-setup.png', { fullPage: true });

  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await page.getByRole('banner').getByText('UBND QUẬN NGÔ QUYỀN').waitFor();
  await shot('02-shell.png');

  await page.getByRole('navigation').getByRole('link', { name: 'Cài đặt', exact: true }).click();
  await page.getByRole('heading', { name: 'Thông tin đơn vị' }).waitFor();
  await shot('03-settings.png');

  await page.getByLabel('English').check();
  await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).waitFor();
  await shot('05-settings-en.png');
} finally {
  await browser.close();
  await app.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
