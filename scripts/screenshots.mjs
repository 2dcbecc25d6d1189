#!/usr/bin/env node
// `npm run screenshots`: builds, starts browser mode on a throw-away data folder, sets up a
// fictional office through the UI and writes PNGs of the main screens to docs/screenshots/.
import { spawnSync } from 'node:child_process';
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

// The register, on a fictional office filled by `npm run seed:demo`.
const demoDir = tempDir('bt-screenshots-demo-');
const seeded = spawnSync(
  process.execPath,
  [path.join(root, 'scripts/run-ts.mjs'), path.join(root, 'scripts/seed-demo.ts'), '--data-dir', demoDir, '--children', '3000', '--seed', '7'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (seeded.status !== 0) throw new Error('seed:demo failed');
const demo = await startApp({ dataDir: demoDir });
const demoBrowser = await openBrowser({ viewport: { width: 1366, height: 768 } });
const demoPage = demoBrowser.page;
const demoShot = async (name, options = {}) => {
  await demoPage.screenshot({ path: path.join(outDir, name), ...options });
  console.log(`docs/screenshots/${name}`);
};
try {
  await demoPage.goto(demo.url);
  await demoPage.getByRole('grid', { name: 'Danh sách trẻ em' }).waitFor();
  await demoPage.getByRole('grid', { name: 'Danh sách trẻ em' }).getByRole('link').first().waitFor();
  await demoShot('06-register.png');

  await demoPage.getByLabel('Tìm kiếm', { exact: true }).fill('nguyen thi');
  await demoPage.getByRole('grid', { name: 'Danh sách trẻ em' }).getByRole('link', { name: /Nguyễn Thị/ }).first().waitFor();
  await demoShot('07-register-search.png');

  await demoPage.getByRole('link', { name: /Nguyễn Thị/ }).first().click();
  await demoPage.getByRole('tab', { name: 'Hoàn cảnh' }).click();
  await demoPage.getByRole('heading', { name: 'Diện hoàn cảnh' }).waitFor();
  await demoShot('08-child-circumstances.png');

  await demoPage.goto(`${demo.origin}/#/children/new`);
  await demoPage.getByRole('heading', { name: 'Thêm trẻ', exact: true }).waitFor();
  await demoShot('09-child-form.png');

  const year = new Date().getFullYear();
  await demoPage.goto(`${demo.origin}/#/reports/review`);
  await demoPage.getByRole('button', { name: 'Năm nay' }).click();
  await demoPage.getByRole('heading', { name: 'Theo nhóm đối tượng' }).waitFor();
  await demoShot('10-review.png', { fullPage: true });

  await demoPage.goto(`${demo.origin}/#/print/review?from=${year}-01-01&to=${year}-12-31`);
  await demoPage.waitForFunction(() => document.body.dataset.printReady === 'true');
  await demoPage.emulateMedia({ media: 'print' });
  await demoShot('11-review-print.png', { fullPage: true });
  await demoPage.emulateMedia({ media: 'screen' });
} finally {
  await demoBrowser.close();
  await demo.stop();
  fs.rmSync(demoDir, { recursive: true, force: true });
}
