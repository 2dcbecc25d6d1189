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

/** Calls a channel the way the renderer does in browser mode; throws on a refusal. */
async function call(page, origin, channel, input) {
  const answer = await page.request.post(`${origin}/api/${channel}`, { data: { input } });
  const body = await answer.json();
  if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body.error)}`);
  return body.data;
}

const roundUp = (amount, step) => Math.ceil(amount / step) * step;

/**
 * The gift feature on the demo register. Made through the API: last Trung thu's campaign,
 * given out (so the list page has history), and a Tết 2027 campaign for groups a and d with
 * two funding sources and a bigger gift for orphans. The screens are then read as a user sees them.
 */
async function giftScreens(page, origin, shot) {
  const api = (channel, input) => call(page, origin, channel, input);
  const gift = { occasion: 'tet', year: 2027, startDate: '2027-01-20', endDate: '2027-02-05', note: null };

  const midAutumnInput = {
    name: 'Vui Tết Trung thu 2026',
    occasion: 'midAutumn',
    year: 2026,
    startDate: '2026-09-20',
    endDate: '2026-09-27',
    cashPerChild: 0,
    goodsDescription: 'Bánh trung thu, đèn ông sao',
    goodsValuePerChild: 150_000,
    groupRates: [],
    note: null,
  };
  const midAutumn = await api('gifts.createCampaign', {
    ...midAutumnInput,
    funding: [{ kind: 'sponsor', sponsorName: 'Ngân hàng TMCP Hàng Hải', amount: 1_000_000 }],
  });
  await api('gifts.applySelection', { campaignId: midAutumn.id, rules: { groupCodes: ['a', 'b', 'c'], includeAtRisk: true, ageMax: 12 } });
  const midAutumnCost = (await api('gifts.campaign', { id: midAutumn.id })).plannedAmount;
  await api('gifts.updateCampaign', {
    ...midAutumnInput,
    id: midAutumn.id,
    funding: [{ kind: 'sponsor', sponsorName: 'Ngân hàng TMCP Hàng Hải', amount: roundUp(midAutumnCost, 5_000_000) }],
  });
  await api('gifts.freeze', { id: midAutumn.id });
  await api('gifts.markAllReceived', { campaignId: midAutumn.id, date: '2026-09-25' });

  const draftFunding = [{ kind: 'childFund', sponsorName: null, amount: 1_000_000 }];
  const tetInput = {
    name: 'Thăm, tặng quà Tết Nguyên đán Đinh Mùi 2027',
    ...gift,
    cashPerChild: 300_000,
    goodsDescription: 'Bánh kẹo, sữa',
    goodsValuePerChild: 200_000,
    groupRates: [{ groupCode: 'a', cash: 500_000, goodsValue: 200_000 }],
  };
  const tet = await api('gifts.createCampaign', { ...tetInput, funding: draftFunding });
  const rules = { groupCodes: ['a', 'd'], includeAtRisk: false };
  await api('gifts.applySelection', { campaignId: tet.id, rules });
  const planned = (await api('gifts.campaign', { id: tet.id })).plannedAmount;
  // The Child Fund pays most of it, a sponsor the rest, with a little left over.
  await api('gifts.updateCampaign', {
    id: tet.id,
    ...tetInput,
    funding: [
      { kind: 'childFund', sponsorName: null, amount: roundUp(planned * 0.7, 10_000_000) },
      { kind: 'sponsor', sponsorName: 'Công ty TNHH Thương mại Hoa Mai', amount: roundUp(planned * 0.3, 5_000_000) },
    ],
  });

  await page.goto(`${origin}/#/gifts`);
  await page.getByRole('link', { name: tetInput.name }).waitFor();
  await shot('12-gifts-list.png');

  await page.getByRole('link', { name: tetInput.name }).click();
  await page.getByRole('heading', { level: 1, name: tetInput.name }).waitFor();
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await page.getByRole('heading', { name: 'Kết quả xem trước' }).waitFor();
  await shot('13-gift-campaign.png', { fullPage: true });

  await api('gifts.freeze', { id: tet.id });
  const preview = await api('gifts.previewSelection', { campaignId: tet.id, rules });
  // A ward with a short list (about 20 children: two pages), named once (the 2025 reform reused some names).
  const named = (name) => preview.byUnit.filter((unit) => unit.unitName === name).length;
  const ward = preview.byUnit
    .filter((unit) => named(unit.unitName) === 1)
    .sort((a, b) => Math.abs(a.count - 20) - Math.abs(b.count - 20))[0];
  if (!ward) throw new Error('the demo register has no child in groups a and d');
  await page.goto(`${origin}/#/print/gift-roster?campaign=${encodeURIComponent(tet.id)}&unit=${encodeURIComponent(ward.unitId)}`);
  await page.waitForFunction(() => document.body.dataset.printReady === 'true');
  // On screen the print page shows the A4 landscape sheet at its real size, margins included.
  await shot('14-gift-roster-print.png', { fullPage: true });

  // The visit to that ward: most received, two absent, one through a grandmother.
  const inWard = await api('gifts.recipients', { campaignId: tet.id, unitId: ward.unitId });
  const [first, second, third] = inWard;
  await api('gifts.markAllReceived', {
    campaignId: tet.id,
    unitId: ward.unitId,
    date: '2027-01-24',
    exceptions: [
      { recipientId: first.id, status: 'absent', receivedBy: null, note: 'Đang nằm viện' },
      { recipientId: second.id, status: 'absent', receivedBy: null, note: null },
      { recipientId: third.id, status: 'receivedByGuardian', receivedBy: 'Nguyễn Thị Lan (bà nội)', note: null },
    ],
  });
  await page.goto(`${origin}/#/gifts/${encodeURIComponent(tet.id)}?tab=delivery`);
  await page.getByLabel('Xã/phường').selectOption({ value: ward.unitId });
  // The two absent came by the office later: ticked, to record that they received.
  for (const row of [first, second]) await page.getByRole('checkbox', { name: `Chọn ${row.fullName}`, exact: true }).check();
  await page.getByRole('heading', { name: 'Ghi nhận cho 2 trẻ đã chọn' }).waitFor();
  // The window as the user has it: the filters at the top, the rows under them and the recording
  // bar stuck to the bottom (a full-page shot would draw that bar half-way down, over the rows).
  await page.locator('.gift-delivery-bar').evaluate((bar) => window.scrollTo(0, bar.getBoundingClientRect().top + window.scrollY - 12));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await shot('15-gift-delivery.png');

  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.getByRole('table', { name: 'Theo nguồn kinh phí' }).waitFor();
  await shot('16-gift-summary.png', { fullPage: true });
}

/**
 * The Child Fund on the demo register, made through the API as an office would over a few
 * months: donors and receipts (one in kind, one set aside for a child), three support cases at
 * different steps, and a payment to the Tết campaign. The screens are then read as a user sees them.
 */
async function fundScreens(page, origin, shot) {
  const api = (channel, input) => call(page, origin, channel, input);
  const donor = (name, kind, origin_, extra = {}) =>
    api('fund.createDonor', { name, kind, origin: origin_, anonymous: false, contactPerson: null, phone: null, email: null, address: null, note: null, ...extra });
  const business = await donor('Công ty Cổ phần Cảng Hải Phòng', 'business', 'domestic', { address: 'Số 8A Trần Phú, phường Ngô Quyền' });
  const ngo = await donor('Tổ chức Trẻ em Rồng Xanh', 'organisation', 'international', { contactPerson: 'Nguyễn Thu Trang' });
  const person = await donor('Trần Văn Khải', 'individual', 'domestic', { anonymous: true });
  const children = (await api('children.list', { limit: 3, statuses: ['active'], ageMax: 12 })).rows;
  const [first, second, third] = children;
  const receipt = (receiptNo, receivedOn, donorId, amount, extra = {}) =>
    api('fund.createReceipt', {
      receiptNo, receivedOn, donorId, kind: 'cash', amount, goodsDescription: null, goodsQuantity: null, goodsUnit: null, note: null,
      earmarkKind: 'none', earmarkPurpose: null, earmarkUnitId: null, earmarkChildId: null, ...extra,
    });
  await receipt('PT-2026-0001', '2026-09-08', business.id, 150_000_000);
  await receipt('PT-2026-0002', '2026-09-20', ngo.id, 80_000_000, { earmarkKind: 'purpose', earmarkPurpose: 'heartSurgery' });
  await receipt('PT-2026-0003', '2026-10-02', person.id, 5_000_000, { earmarkKind: 'child', earmarkChildId: first.id });
  await receipt('PT-2026-0004', '2026-10-15', business.id, 24_000_000, {
    kind: 'inKind', goodsDescription: 'Thùng sữa tươi 48 hộp', goodsQuantity: 120, goodsUnit: 'thùng',
  });

  const propose = (child, type, diagnosis, estimatedCost, proposedOn) =>
    api('fund.proposeSupport', { childId: child.id, type, proposedOn, proposedBy: 'UBND ' + child.unitName, diagnosis, estimatedCost, note: null });
  const heart = await propose(first, 'heartSurgery', 'Thông liên thất, cần phẫu thuật sớm', 95_000_000, '2026-09-25');
  await api('fund.approveSupport', { id: heart.id, decisionNo: '125/QĐ-UBND', decisionDate: '2026-10-05', approvedAmount: 60_000_000, reason: null });
  await api('fund.completeSupport', {
    id: heart.id, hospital: 'Bệnh viện Nhi Trung ương', doneOn: '2026-10-20', paidOn: '2026-10-22',
    costFund: 55_000_000, costInsurance: 30_000_000, costCofunders: 8_000_000, cofunderNames: 'Chương trình Nhịp tim yêu thương', costFamily: 2_000_000,
    note: null, overrideReason: null,
  });
  await api('fund.addFollowUp', { supportId: heart.id, notedOn: '2026-11-18', text: 'Tái khám sau một tháng: trẻ hồi phục tốt, đã đi học lại.' });
  const cleft = await propose(second, 'cleftSurgery', 'Khe hở môi một bên', 12_000_000, '2026-11-02');
  await api('fund.approveSupport', { id: cleft.id, decisionNo: '141/QĐ-UBND', decisionDate: '2026-11-10', approvedAmount: 10_000_000, reason: null });
  await propose(third, 'scholarship', 'Mồ côi cả cha và mẹ, học lớp 7', 3_000_000, '2026-11-16');

  const tet = (await api('gifts.campaigns', undefined)).find((campaign) => campaign.occasion === 'tet');
  if (tet) await api('fund.payCampaign', { campaignId: tet.id, paidOn: '2026-11-20', amount: 30_000_000, note: 'Tạm ứng quà Tết', overrideReason: null });

  await page.goto(`${origin}/#/fund`);
  await page.getByRole('heading', { level: 1, name: 'Quỹ Bảo trợ trẻ em' }).waitFor();
  await page.getByText('Quỹ chung').first().waitFor();
  await shot('17-fund-overview.png', { fullPage: true });

  await page.goto(`${origin}/#/fund/supports/${encodeURIComponent(heart.id)}`);
  await page.getByText('125/QĐ-UBND').first().waitFor();
  await shot('18-fund-support-case.png', { fullPage: true });

  await page.goto(`${origin}/#/fund/ledger`);
  await page.getByText('PT-2026-0001').first().waitFor();
  await shot('19-fund-ledger.png', { fullPage: true });

  await page.goto(`${origin}/#/fund/receipts/new`);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  await shot('20-fund-receipt-form.png');

  const year = new Date().getFullYear();
  await page.goto(`${origin}/#/print/fund-statement?from=${year}-01-01&to=${year}-12-31`);
  await page.waitForFunction(() => document.body.dataset.printReady === 'true');
  await page.emulateMedia({ media: 'print' });
  await shot('21-fund-statement-print.png', { fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  await page.goto(`${origin}/#/children/${encodeURIComponent(first.id)}?tab=support`);
  await page.getByText('Bệnh viện Nhi Trung ương').first().waitFor();
  await shot('22-child-fund-support.png', { fullPage: true });
}

/**
 * Community models on the demo office, made through the API over five years: the safe-home
 * criteria marked as the decision says (here: the first 15, for the picture only), households
 * assessed, rollouts of several models, targets, child-friendly scores and flood childcare points.
 */
async function modelsScreens(page, origin, shot) {
  const api = (channel, input) => call(page, origin, channel, input);
  const units = await api('office.units', undefined);
  const wards = units.some((unit) => unit.kind === 'legacyWard') ? units.filter((unit) => unit.kind === 'legacyWard') : units;
  const year = new Date().getFullYear();
  const criteria = await api('models.safeHomeCriteria', undefined);
  await api('models.saveSafeHomeCriteria', { criteria: criteria.map((c) => ({ id: c.id, area: c.area, text: c.text, mandatory: c.number <= 15 })) });
  const allIds = criteria.map((c) => c.id);
  const heads = ['Nguyễn Văn Hùng', 'Trần Thị Mai', 'Lê Văn Thắng', 'Phạm Thị Hạnh', 'Vũ Đình Long', 'Đỗ Thị Thu'];
  for (const [index, unit] of wards.slice(0, 6).entries()) {
    for (let household = 0; household < 2 + (index % 3); household += 1) {
      await api('models.createSafeHomeAssessment', {
        unitId: unit.id, year, assessedOn: `${year}-06-1${household}`, householdHead: heads[(index + household) % heads.length],
        village: `Tổ dân phố ${household + 1}`, address: null, metCriterionIds: allIds.slice(0, 22 + ((index + household) % 10)),
        childInjured: false, childIds: [], note: null,
      });
    }
  }
  const statuses = ['planned', 'pilot', 'active', 'active', 'recognised'];
  for (const [index, unit] of wards.entries()) {
    for (let y = year - 4; y <= year; y += 1) {
      const step = y - (year - 4) + (index % 3) - 2;
      if (step < 0) continue;
      for (const model of ['safeHome', 'childrenClub', 'communityProtection']) {
        if (model !== 'safeHome' && index % 2 === 1) continue;
        await api('models.saveRollout', {
          modelTypeId: model, unitId: unit.id, year: y, status: statuses[Math.min(step, statuses.length - 1)],
          startDate: null, endDate: null, decisionNo: null, personInCharge: 'Cán bộ LĐTBXH phường', budget: 10_000_000, notes: null,
        });
      }
    }
  }
  for (const [model, share] of [['safeHome', 0.8], ['childFriendly', 0.5], ['childrenClub', 0.6], ['communityProtection', 0.7]]) {
    for (let y = year - 4; y <= year; y += 1) {
      await api('models.saveTarget', { modelTypeId: model, year: y, targetCommunes: Math.round(wards.length * share * (0.6 + (y - year + 4) * 0.1)) });
    }
  }
  for (const [index, unit] of wards.slice(0, 5).entries()) {
    const scores = Array.from({ length: 13 }, (_, i) => 60 + ((index * 7 + i * 3) % 15));
    await api('models.saveChildFriendlyScore', { unitId: unit.id, year, communeClass: 'urbanWard', assessedOn: `${year}-09-15`, scores, note: null });
  }
  await api('models.createFloodPoint', {
    unitId: wards[0].id, year, name: 'Điểm giữ trẻ nhà văn hóa tổ 3', location: 'Nhà văn hóa tổ dân phố 3', childrenEnrolled: 25,
    daysOpen: 45, costPerChildDay: 15_000, carers: 2, carerPayPerDay: 100_000, note: null,
  });

  await page.goto(`${origin}/#/models`);
  await page.getByRole('progressbar').first().waitFor();
  await shot('23-models-coverage.png', { fullPage: true });

  await page.goto(`${origin}/#/models/safe-home?year=${year}`);
  await page.getByRole('table').first().waitFor();
  await shot('24-models-safe-home.png');

  await page.goto(`${origin}/#/models/rollouts?year=${year}&model=safeHome`);
  await page.getByRole('table').first().waitFor();
  await shot('25-models-rollouts.png');

  await page.goto(`${origin}/#/print/models-coverage?year=${year}&fromYear=${year - 4}`);
  await page.waitForFunction(() => document.body.dataset.printReady === 'true');
  await page.emulateMedia({ media: 'print' });
  await shot('26-models-coverage-print.png', { fullPage: true });
  await page.emulateMedia({ media: 'screen' });
}

const exchangePassphrase = 'Hai Phong bao tro 2026';

/** The office's exchange settings and two exports (the second replaces the first); returns the last file. */
async function exportFromOffice(page, origin, officeCode, periods) {
  const api = (channel, input) => call(page, origin, channel, input);
  await api('exchange.saveSettings', { officeCode, includePersonalIds: false, includeGuardianPhones: false });
  await api('exchange.setPassphrase', { passphrase: exchangePassphrase, repeat: exchangePassphrase });
  let last;
  for (const period of periods) last = await api('exchange.export', { period, passphrase: exchangePassphrase });
  return last.file;
}

/** A second, smaller office of the same province (one commune), for the province's screens. */
async function secondOfficePackage(quarter) {
  const dir = tempDir('bt-screenshots-commune-');
  const seeded = spawnSync(
    process.execPath,
    [path.join(root, 'scripts/run-ts.mjs'), path.join(root, 'scripts/seed-demo.ts'), '--data-dir', dir, '--children', '600', '--seed', '11', '--office', 'communes'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (seeded.status !== 0) throw new Error('seed:demo (communes) failed');
  const other = await startApp({ dataDir: dir });
  const otherBrowser = await openBrowser({ viewport: { width: 1366, height: 768 } });
  try {
    await otherBrowser.page.goto(other.url);
    return await exportFromOffice(otherBrowser.page, other.origin, 'HP-XA-01', [quarter]);
  } finally {
    await otherBrowser.close();
    await other.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function exchangeScreens(page, origin, shot) {
  const year = new Date().getFullYear();
  const quarter = { kind: 'quarter', year, number: Math.max(1, Math.ceil((new Date().getMonth() + 1) / 3) - 1) };
  const month = { kind: 'month', year, number: Math.max(1, new Date().getMonth()) };
  const officeFile = await exportFromOffice(page, origin, 'HP-NQ', [month, quarter, quarter]);
  await page.goto(`${origin}/#/exchange`);
  await page.getByRole('table').first().waitFor();
  await shot('27-exchange-export.png', { fullPage: true });
  const communeFile = await secondOfficePackage(quarter);

  // The province: its own data folder, in province mode.
  const provinceDir = tempDir('bt-screenshots-province-');
  const province = await startApp({ dataDir: provinceDir });
  const provinceBrowser = await openBrowser({ viewport: { width: 1366, height: 900 } });
  const provincePage = provinceBrowser.page;
  const provinceShot = async (name, options = {}) => {
    await provincePage.screenshot({ path: path.join(outDir, name), ...options });
    console.log(`docs/screenshots/${name}`);
  };
  try {
    await provincePage.goto(province.url);
    const communes = await call(provincePage, province.origin, 'units.communes', { provinceCode: '31' });
    await call(provincePage, province.origin, 'office.save', {
      mode: 'province', provinceCode: '31', area: { kind: 'communes', communeCodes: communes.map((c) => c.code) },
      name: 'PHÒNG BẢO TRỢ XÃ HỘI, TRẺ EM', parentAgency: 'SỞ Y TẾ THÀNH PHỐ HẢI PHÒNG', receiver: 'Bộ Y tế',
      placeName: 'Hải Phòng', headTitle: 'TRƯỞNG PHÒNG', headName: 'Đặng Quốc Bảo', preparerName: 'Lương Thị Ngọc',
    });
    await provincePage.goto(`${province.origin}/#/exchange/import`);
    await provincePage.reload();
    const files = [officeFile, communeFile].map((file) => ({ name: file.fileName, mimeType: 'application/octet-stream', buffer: Buffer.from(file.base64, 'base64') }));
    await provincePage.getByLabel('Tệp số liệu của các đơn vị (.btte)').setInputFiles(files);
    await provincePage.getByText('Các tệp đã chọn (2)').waitFor();
    await provincePage.getByLabel('Mật khẩu', { exact: true }).fill(exchangePassphrase);
    await provincePage.getByRole('button', { name: 'Kiểm tra' }).click();
    await provincePage.getByText(/Sẽ nhập: 2 gói/).waitFor();
    await provinceShot('28-exchange-dry-run.png', { fullPage: true });
    await provincePage.getByRole('button', { name: 'Nhập tất cả' }).click();
    await provincePage.getByRole('button', { name: /Ghi biên nhận/ }).first().waitFor();

    const from = `${quarter.year}-${String(quarter.number * 3 - 2).padStart(2, '0')}-01`;
    const to = new Date(Date.UTC(quarter.year, quarter.number * 3, 0)).toISOString().slice(0, 10);
    await provincePage.goto(`${province.origin}/#/province-report?from=${from}&to=${to}`);
    await provincePage.getByRole('table').first().waitFor();
    await provinceShot('29-province-report.png', { fullPage: true });

    await provincePage.goto(`${province.origin}/#/print/province-report?from=${from}&to=${to}`);
    await provincePage.waitForFunction(() => document.body.dataset.printReady === 'true');
    await provincePage.emulateMedia({ media: 'print' });
    await provinceShot('30-province-report-print.png', { fullPage: true });
  } finally {
    await provinceBrowser.close();
    await province.stop();
    fs.rmSync(provinceDir, { recursive: true, force: true });
  }
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

  await giftScreens(demoPage, demo.origin, demoShot);
  await fundScreens(demoPage, demo.origin, demoShot);
  await modelsScreens(demoPage, demo.origin, demoShot);
  await exchangeScreens(demoPage, demo.origin, demoShot);
} finally {
  await demoBrowser.close();
  await demo.stop();
  fs.rmSync(demoDir, { recursive: true, force: true });
}
