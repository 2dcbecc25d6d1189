import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChildren, displayDate, pad, plain, query, startWithOffice, stopSession, tableRows, watchConsole, type Session } from './helpers';

// The Child Fund in browser mode, as an office worker runs it: a company's donation to the
// general fund and a second one set aside for a child, a heart surgery for that child proposed,
// approved (with the scanned decision attached) and done with its cost split, the fund's payment
// drawn from the child's money first; then the reports, the child's record, the refusals a user
// meets (an overdraft, a closed month), the ledger's running balance and the statement's print page.

interface FixtureChild {
  fullName: string;
  sex: 'male' | 'female';
  birthDate: string;
  ward: 'lachTray' | 'mayChai';
  guardian: string;
}

const wardNames = { lachTray: 'Phường Lạch Tray', mayChai: 'Phường Máy Chai' } as const;

/** Fictional children: the heart surgery's, and a pupil proposed for a scholarship. */
const heartChild: FixtureChild = { fullName: 'Phan Ngọc Diệp', sex: 'female', birthDate: '2019-06-14', ward: 'lachTray', guardian: 'Phan Văn Khởi' };
const pupil: FixtureChild = { fullName: 'Kiều Minh Đức', sex: 'male', birthDate: '2012-10-03', ward: 'mayChai', guardian: 'Kiều Thị Hậu' };
const fixture = [heartChild, pupil];

const donor = 'Công ty TNHH Thương mại Phú An';
const donorAddress = 'Số 18 đường Lạch Tray, quận Ngô Quyền, Hải Phòng';
const hospital = 'Bệnh viện Nhi Trung ương';
const cofunder = 'Chương trình Nhịp tim yêu thương';
const decisionNo = '125/QĐ-UBND';
const pdfName = 'quyet-dinh-125.pdf';
/** A tiny file main takes for a PDF (it reads the first bytes, "%PDF-"). */
const pdfBytes = Buffer.from('%PDF-1.4\n% Quyết định hỗ trợ phẫu thuật tim (giả lập)\n%%EOF\n', 'utf8');
const pdfSha256 = createHash('sha256').update(pdfBytes).digest('hex');

let session: Session;
let page: Page;
const consoleErrors: string[] = [];

/** The database as it stands, read beside the running app. */
const sql = <T>(text: string): T[] => query<T>(session.dataDir, text);

const count = (table: string): number => sql<{ n: number }>(`select count(*) as n from ${table}`)[0]?.n ?? -1;

/** Postings are dated today, so that the statement for this year holds them whenever the test runs. */
const today = new Date();
const year = today.getFullYear();
const todayDisplay = displayDate(today);
/** Last month (December of last year in January): closed, then a receipt is tried on its 15th. */
const lastMonth = new Date(year, today.getMonth() - 1, 15);
const lastMonthText = `${pad(lastMonth.getMonth() + 1)}/${lastMonth.getFullYear()}`;
const lastMonthDay = `15/${lastMonthText}`;

/** The fixture on the register, in its wards. */
const seedChildren = (session: Session) =>
  createChildren(
    session,
    fixture.map((child) => ({
      ...child,
      unit: wardNames[child.ward],
      village: 'Tổ dân phố số 5',
      guardian: { fullName: child.guardian, relation: child.sex === 'male' ? 'Mẹ' : 'Bố' },
      group: 'dd',
      healthNotes: child === heartChild ? 'Tim bẩm sinh' : null,
    })),
  );

const fundTab = (name: string) => page.getByRole('navigation', { name: 'Các mục của Quỹ' }).getByRole('link', { name, exact: true });
const sidebar = (name: string) => page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name, exact: true });
const heading = (name: string, level: number) => page.getByRole('heading', { name, level, exact: true });
const status = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

/** Types an amount the Vietnamese way and leaves the field, as a user tabs on. */
async function money(field: Locator, amount: string): Promise<void> {
  await field.fill(amount);
  await field.blur();
}

async function openChild(name: string): Promise<void> {
  await sidebar('Trẻ em').click();
  await page.getByRole('grid', { name: 'Danh sách trẻ em' }).getByRole('link', { name, exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
  await page.getByRole('tab', { name: 'Hỗ trợ', exact: true }).click();
}

/** Proposes a case for a child from the child's Hỗ trợ tab; leaves the page on the new case. */
async function propose(child: FixtureChild, type: string, diagnosis: string, estimated: string): Promise<void> {
  await openChild(child.fullName);
  await page.getByRole('link', { name: 'Đề xuất hỗ trợ', exact: true }).click();
  await expect.poll(() => heading('Đề xuất hỗ trợ', 2).isVisible()).toBe(true);
  const chosen = page.getByRole('group', { name: 'Trẻ em được hỗ trợ' });
  expect(plain(await chosen.innerText())).toContain(`${child.fullName} – sinh ngày`);
  await page.getByLabel('Loại hỗ trợ', { exact: true }).selectOption({ label: type });
  expect(await page.getByLabel('Ngày đề xuất').inputValue()).toBe(todayDisplay);
  await page.getByLabel('Đơn vị, người đề xuất').fill(`UBND ${wardNames[child.ward]}`);
  await page.getByRole('textbox', { name: /^Kết quả khám sàng lọc, chẩn đoán/ }).fill(diagnosis);
  await money(page.getByLabel('Chi phí dự kiến'), estimated);
  await page.getByRole('button', { name: 'Lưu đề xuất', exact: true }).click();
  await expect.poll(() => heading(type, 2).isVisible()).toBe(true);
}

/** Approves the case shown: the decision's number, today's date and the amount. */
async function approve(amount: string): Promise<void> {
  await page.getByRole('group', { name: 'Thao tác với hồ sơ' }).getByRole('button', { name: 'Duyệt', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Duyệt hỗ trợ' });
  await dialog.getByLabel('Số quyết định').fill(decisionNo);
  await dialog.getByLabel('Ngày quyết định').fill(todayDisplay);
  await money(dialog.getByLabel('Số tiền được duyệt'), amount);
  await dialog.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect.poll(() => status('Đã duyệt hỗ trợ.').isVisible()).toBe(true);
}

beforeAll(async () => {
  session = await startWithOffice({ prefix: 'bt-e2e-fund-', consoleErrors, seed: seedChildren });
  page = session.page;
});

afterAll(() => stopSession(session, 'fund end to end'));

describe('the Child Fund in browser mode', () => {
  it('receives a company’s donation, adding the donor on the receipt, into the general fund', async () => {
    await sidebar('Quỹ bảo trợ').click();
    await expect.poll(() => heading('Quỹ Bảo trợ trẻ em', 1).isVisible()).toBe(true);
    await fundTab('Phiếu thu').click();
    await page.getByRole('link', { name: 'Ghi phiếu thu mới', exact: true }).click();
    await expect.poll(() => heading('Ghi phiếu thu', 2).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Thêm nhà tài trợ mới' }).click();
    const newDonor = page.getByRole('group', { name: 'Nhà tài trợ mới' });
    await newDonor.getByLabel('Tên nhà tài trợ').fill(donor);
    await newDonor.getByLabel('Loại nhà tài trợ').selectOption({ label: 'Doanh nghiệp' });
    expect(await newDonor.getByLabel('Trong nước', { exact: true }).isChecked()).toBe(true);
    await newDonor.getByLabel('Người liên hệ').fill('Trần Quốc Vinh');
    await newDonor.getByLabel('Địa chỉ', { exact: true }).fill(donorAddress);
    await newDonor.getByRole('button', { name: 'Thêm nhà tài trợ', exact: true }).click();
    await expect.poll(() => newDonor.count()).toBe(0);
    const chosenDonor = page.getByLabel('Chọn nhà tài trợ');
    await expect.poll(async () => chosenDonor.locator('option:checked').textContent()).toBe(`${donor} (Doanh nghiệp)`);

    expect(await page.getByLabel('Ngày thu').inputValue()).toBe(todayDisplay);
    await expect.poll(() => page.getByLabel('Số phiếu').inputValue()).toBe(`PT-${year}-0001`);
    expect(await page.getByLabel('Tiền', { exact: true }).isChecked()).toBe(true);
    await money(page.getByLabel('Số tiền (đồng)'), '60000000');
    expect(await page.getByLabel('Số tiền (đồng)').inputValue()).toBe('60.000.000');
    expect(await page.getByLabel('Không chỉ định (Quỹ chung)').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Ghi phiếu thu', exact: true }).click();

    await expect.poll(() => status(`Đã ghi phiếu thu số PT-${year}-0001 (bút toán số 1).`).isVisible()).toBe(true);
    expect(sql('select name, kind, origin, address from fund_donor')).toEqual([{ name: donor, kind: 'business', origin: 'domestic', address: donorAddress }]);
  });

  it('receives a second donation set aside for a child found by name', async () => {
    await page.getByRole('link', { name: 'Ghi phiếu thu mới', exact: true }).click();
    await expect.poll(() => heading('Ghi phiếu thu', 2).isVisible()).toBe(true);
    await page.getByLabel('Tìm nhà tài trợ').fill('phu an');
    await page.getByLabel('Chọn nhà tài trợ').selectOption({ label: `${donor} (Doanh nghiệp)` });
    await expect.poll(() => page.getByLabel('Số phiếu').inputValue()).toBe(`PT-${year}-0002`);
    await money(page.getByLabel('Số tiền (đồng)'), '10.000.000');
    await page.getByLabel('Cho một trẻ em').check();
    await page.getByLabel('Tìm trẻ theo họ tên').fill('ngoc diep');
    const match = page.getByLabel(new RegExp(`^${heartChild.fullName}, sinh ngày 14/06/2019, ${wardNames.lachTray}$`));
    await match.check();
    await expect.poll(() => page.getByText(`Đã chọn: ${heartChild.fullName}, sinh ngày 14/06/2019`).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Ghi phiếu thu', exact: true }).click();
    await expect.poll(() => status(`Đã ghi phiếu thu số PT-${year}-0002 (bút toán số 2).`).isVisible()).toBe(true);

    const receipts = page.getByRole('table', { name: 'Phiếu thu' });
    const rows = await tableRows(receipts);
    expect(rows.map((cells) => cells.slice(0, 7))).toEqual(
      expect.arrayContaining([
        [`PT-${year}-0001`, todayDisplay, donor, 'Tiền', '60.000.000 ₫', 'Quỹ chung', '1'],
        [`PT-${year}-0002`, todayDisplay, donor, 'Tiền', '10.000.000 ₫', `Dành cho trẻ ${heartChild.fullName}`, '2'],
      ]),
    );
    expect(rows).toHaveLength(2);
    await expect.poll(() => status('2 phiếu thu').isVisible()).toBe(true);

    await fundTab('Tổng quan').click();
    const cash = page.getByRole('table', { name: 'Số dư tiền theo từng khoản' });
    await expect.poll(async () => tableRows(cash)).toEqual([
      ['Quỹ chung', '60.000.000 ₫'],
      [`Dành cho trẻ ${heartChild.fullName}`, '10.000.000 ₫'],
      ['Tổng tiền trong quỹ', '70.000.000 ₫'],
    ]);
  });

  it("proposes a heart surgery from the child's Hỗ trợ tab", async () => {
    await propose(heartChild, 'Phẫu thuật tim', 'Thông liên thất, chỉ định phẫu thuật (khám sàng lọc tháng này)', '90.000.000');
    const summary = plain(await page.locator('.child-summary').innerText());
    expect(summary).toContain(heartChild.fullName);
    expect(summary).toContain('Đề xuất');
    const proposal = plain(await page.getByRole('region', { name: 'Đề xuất' }).innerText());
    expect(proposal).toContain('Chi phí dự kiến\n90.000.000 ₫');
    expect(sql('select type, status, estimated_cost from fund_support')).toEqual([{ type: 'heartSurgery', status: 'proposed', estimated_cost: 90_000_000 }]);
  });

  it('approves it by decision, for 60.000.000', async () => {
    await approve('60.000.000');
    const decision = plain(await page.getByRole('region', { name: 'Quyết định' }).innerText());
    expect(decision).toContain(`Số quyết định\n${decisionNo}`);
    expect(decision).toContain(`Ngày quyết định\n${todayDisplay}`);
    expect(decision).toContain('Số tiền được duyệt\n60.000.000 ₫');
    expect(plain(await page.locator('.child-summary').innerText())).toContain('Đã duyệt');
  });

  it('attaches the scanned decision, stored in the data folder under its SHA-256', async () => {
    const attachments = page.getByRole('region', { name: 'Hồ sơ đính kèm' });
    await attachments.getByLabel('Loại giấy tờ').selectOption({ label: 'Quyết định' });
    await attachments.getByLabel('Tệp scan').setInputFiles({ name: pdfName, mimeType: 'application/pdf', buffer: pdfBytes });
    await attachments.getByRole('button', { name: 'Đính kèm', exact: true }).click();
    await expect.poll(() => attachments.getByText(`Đã đính kèm ${pdfName}.`).isVisible()).toBe(true);

    const [row, ...more] = await tableRows(attachments.getByRole('table'));
    expect(more).toEqual([]);
    expect(row?.slice(0, 4)).toEqual(['Quyết định', pdfName, '0,1 KB', todayDisplay]);
    const shown = row?.[4] ?? '';
    expect(shown.length).toBeGreaterThanOrEqual(8);
    expect(pdfSha256.startsWith(shown)).toBe(true);

    const stored = path.join(session.dataDir, 'attachments', pdfSha256);
    expect(fs.existsSync(stored)).toBe(true);
    expect(createHash('sha256').update(fs.readFileSync(stored)).digest('hex')).toBe(pdfSha256);
    expect(fs.readdirSync(path.join(session.dataDir, 'attachments'))).toEqual([pdfSha256]);
  });

  it('completes it with the cost split; the payment draws on the child’s money first, then the general fund', async () => {
    await page.getByRole('group', { name: 'Thao tác với hồ sơ' }).getByRole('button', { name: 'Ghi nhận hoàn thành', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi nhận hoàn thành' });
    await dialog.getByLabel('Bệnh viện (bắt buộc)').fill(hospital);
    await dialog.getByLabel('Ngày thực hiện').fill(todayDisplay);
    await money(dialog.getByRole('textbox', { name: 'Quỹ chi trả', exact: true }), '55.000.000');
    await money(dialog.getByLabel('Bảo hiểm y tế chi trả'), '30.000.000');
    await money(dialog.getByLabel('Đơn vị cùng chi trả', { exact: true }), '8.000.000');
    await dialog.getByLabel('Tên đơn vị cùng chi trả').fill(cofunder);
    await money(dialog.getByLabel('Gia đình chi trả'), '2.000.000');
    await expect.poll(async () => plain(await dialog.getByText(/^Tổng chi phí:/).innerText())).toBe('Tổng chi phí: 95.000.000 ₫');

    const share = dialog.getByRole('group', { name: 'Phần Quỹ chi trả' });
    await expect.poll(async () => plain(await share.innerText())).toContain(`Quỹ có thể chi cho hồ sơ này vào ngày ${todayDisplay}: 70.000.000 ₫`);
    const summary = plain(await share.innerText());
    expect(summary).toContain('Quỹ chi trả 55.000.000 ₫; số tiền được duyệt 60.000.000 ₫.');
    expect(summary).toContain(`Dành cho trẻ ${heartChild.fullName}: 10.000.000 ₫`);
    expect(summary).toContain('Quỹ chung: 60.000.000 ₫');
    expect(await dialog.getByLabel('Lý do chi vượt').count()).toBe(0);

    await dialog.getByRole('button', { name: 'Ghi nhận hoàn thành và chi trả' }).click();
    await expect.poll(() => status('Đã ghi nhận hoàn thành; khoản chi của Quỹ đã vào sổ.').isVisible()).toBe(true);
    expect(plain(await page.locator('.child-summary').innerText())).toContain('Đã thực hiện');

    const done = plain(await page.getByRole('region', { name: 'Thực hiện và chi phí' }).innerText());
    for (const line of [
      `Bệnh viện, nơi thực hiện\n${hospital}`,
      `Ngày thực hiện\n${todayDisplay}`,
      'Quỹ chi trả\n55.000.000 ₫',
      'Bảo hiểm y tế chi trả\n30.000.000 ₫',
      `Đơn vị cùng chi trả\n8.000.000 ₫ (${cofunder})`,
      'Gia đình chi trả\n2.000.000 ₫',
      'Tổng chi phí\n95.000.000 ₫',
      `Ngày chi trả\n${todayDisplay}`,
      'Số tiền Quỹ chi\n55.000.000 ₫',
      'Số bút toán trong sổ Quỹ\n3',
    ]) {
      expect(done).toContain(line);
    }
    const pots = await page.getByRole('region', { name: 'Thực hiện và chi phí' }).locator('ul li').allInnerTexts();
    expect(pots.map(plain)).toEqual([`Dành cho trẻ ${heartChild.fullName}: 10.000.000 ₫`, 'Quỹ chung: 45.000.000 ₫']);
    expect(sql('select pot, amount from fund_entry where amount < 0 order by amount')).toEqual([
      { pot: 'general', amount: -45_000_000 },
      { pot: expect.stringMatching(/^child:/), amount: -10_000_000 },
    ]);
  });

  it('shows the year’s statement: 70.000.000 received, 55.000.000 for heart surgery, 15.000.000 left', async () => {
    await fundTab('Báo cáo').click();
    await page.getByRole('group', { name: 'Chọn nhanh' }).getByRole('button', { name: 'Năm nay' }).click();
    await expect.poll(() => page.getByText(`Từ ngày 01/01/${year} đến ngày 31/12/${year}`, { exact: true }).isVisible()).toBe(true);
    const table = page.getByRole('table', { name: 'Báo cáo thu, chi Quỹ Bảo trợ trẻ em' });
    await expect.poll(() => table.isVisible()).toBe(true);
    // Every kind of donor and every purpose has its row; those with money, and the four sections:
    const rows = await tableRows(table);
    expect(rows).toContainEqual(['Cá nhân – Nước ngoài', '0', '0', '0']);
    expect(rows).toContainEqual(['Học bổng', '0', '0', '0']);
    expect(rows.filter((cells) => /^(I|II|III|IV)\. /.test(cells[0] ?? '') || cells[3] !== '0')).toEqual([
      ['I. Số dư đầu kỳ', '0', '0', '0'],
      ['II. Thu trong kỳ', '70.000.000', '0', '70.000.000'],
      ['Doanh nghiệp – Trong nước', '70.000.000', '0', '70.000.000'],
      ['III. Chi trong kỳ', '55.000.000', '0', '55.000.000'],
      ['Phẫu thuật tim', '55.000.000', '0', '55.000.000'],
      ['IV. Số dư cuối kỳ', '15.000.000', '0', '15.000.000'],
    ]);
    expect(plain(await page.locator('.fund-statement-check').innerText())).toBe(
      'Kiểm tra: số dư đầu kỳ 0 + thu 70.000.000 − chi 55.000.000 = số dư cuối kỳ 15.000.000 đồng.',
    );
  });

  it('counts one lượt trẻ and 55.000.000 for heart surgery in the child’s ward', async () => {
    await page.getByRole('tab', { name: 'Lượt trẻ và kinh phí', exact: true }).click();
    const table = page.getByRole('table', { name: 'Kết quả hỗ trợ trẻ em từ Quỹ: lượt trẻ và kinh phí' });
    await expect.poll(() => table.isVisible()).toBe(true);
    const zeros = (n: number) => Array.from({ length: n * 2 }, () => '0');
    const figures = ['1', '55.000.000', ...zeros(6), '1', '55.000.000'];
    expect(await tableRows(table)).toEqual([
      [wardNames.lachTray, ...figures],
      ['Tổng cộng', ...figures],
    ]);
  });

  it('lists the donor for publication with 70.000.000 and the total in words', async () => {
    await page.getByRole('tab', { name: 'Danh sách công khai', exact: true }).click();
    const donors = page.getByRole('table', { name: 'Các tổ chức, cá nhân ủng hộ' });
    await expect.poll(() => donors.isVisible()).toBe(true);
    expect(await tableRows(donors)).toEqual([
      ['1', donor, donorAddress, '70.000.000', '0', '70.000.000', 'Hỗ trợ trẻ em có hoàn cảnh đặc biệt'],
      ['Tổng cộng', '70.000.000', '0', '70.000.000', ''],
    ]);
    expect(plain(await page.locator('.fund-report-words').innerText())).toBe('Bằng chữ: Bảy mươi triệu đồng chẵn.');
    const spending = await tableRows(page.getByRole('table', { name: 'Kết quả sử dụng Quỹ' }));
    expect(spending).toContainEqual(['Phẫu thuật tim', '1', '55.000.000']);
    expect(spending.at(-1)).toEqual(['Tổng cộng', '1', '55.000.000']);
    // The child is not named on a list that is posted publicly.
    expect(await page.locator('.fund-report').innerText()).not.toContain(heartChild.fullName);
  });

  it("shows the surgery, done, with its split and the money set aside, on the child's Hỗ trợ tab", async () => {
    await openChild(heartChild.fullName);
    const cases = page.getByRole('table', { name: 'Hỗ trợ từ Quỹ Bảo trợ trẻ em' });
    await expect.poll(() => cases.isVisible()).toBe(true);
    expect(await tableRows(cases)).toEqual([
      [
        'Phẫu thuật tim',
        'Đã thực hiện',
        `Số ${decisionNo} ngày ${todayDisplay}`,
        hospital,
        todayDisplay,
        '95.000.000 ₫',
        `Quỹ 55.000.000 ₫; BHYT 30.000.000 ₫; Đơn vị cùng chi trả 8.000.000 ₫ (${cofunder}); Gia đình 2.000.000 ₫`,
      ],
    ]);
    const earmarked = page.getByRole('table', { name: 'Tiền, hiện vật nhà tài trợ dành riêng cho trẻ' });
    expect(await tableRows(earmarked)).toEqual([[`PT-${year}-0002`, todayDisplay, donor, '10.000.000 ₫', '']]);
  });

  it('refuses a scholarship paid beyond what is left, asking why; leaving it posts nothing', async () => {
    await propose(pupil, 'Học bổng', 'Học sinh lớp 8, gia đình hộ nghèo', '20.000.000');
    await approve('20.000.000');
    const postings = count('fund_posting');
    expect(postings).toBe(3);

    await page.getByRole('group', { name: 'Thao tác với hồ sơ' }).getByRole('button', { name: 'Ghi nhận hoàn thành', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi nhận hoàn thành' });
    await dialog.getByLabel('Bệnh viện, trường học hoặc nơi thực hiện').fill('Trường THCS Lê Lợi');
    await dialog.getByLabel('Ngày thực hiện').fill(todayDisplay);
    await money(dialog.getByRole('textbox', { name: 'Quỹ chi trả', exact: true }), '20.000.000');
    const share = dialog.getByRole('group', { name: 'Phần Quỹ chi trả' });
    await expect.poll(async () => plain(await share.innerText())).toContain(`Quỹ có thể chi cho hồ sơ này vào ngày ${todayDisplay}: 15.000.000 ₫`);
    expect(plain(await share.innerText())).toContain('Quỹ còn thiếu 5.000.000 ₫ cho khoản chi này. Nếu vẫn chi, hãy ghi lý do chi vượt.');
    const reason = dialog.getByLabel('Lý do chi vượt');
    await expect.poll(() => reason.isVisible()).toBe(true);

    await dialog.getByRole('button', { name: 'Ghi nhận hoàn thành và chi trả' }).click();
    const overdraft = 'Quỹ không đủ tiền (hoặc hiện vật) cho khoản chi này. Nếu vẫn phải chi, hãy ghi lý do chi vượt; lý do được lưu vào sổ.';
    await expect.poll(() => dialog.locator('#complete-overrideReason-error').textContent()).toBe(overdraft);
    expect(await reason.getAttribute('aria-invalid')).toBe('true');

    await dialog.getByRole('button', { name: 'Hủy', exact: true }).click();
    // What was typed is not thrown away without asking.
    await page.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' }).getByRole('button', { name: 'Bỏ', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(plain(await page.locator('.child-summary').innerText())).toContain('Đã duyệt');
    expect(count('fund_posting')).toBe(postings);
    expect(sql("select status from fund_support where type = 'scholarship'")).toEqual([{ status: 'approved' }]);
  });

  it('closes last month, then refuses a receipt dated in it, writing nothing', async () => {
    await sidebar('Quỹ bảo trợ').click();
    await expect.poll(() => heading('Tổng quan', 2).isVisible()).toBe(true);
    const closing = page.getByRole('region', { name: 'Khóa sổ' });
    await expect.poll(() => closing.getByText('Chưa khóa sổ kỳ nào.').isVisible()).toBe(true);
    expect(await closing.getByLabel('Tháng cần khóa sổ (mm/yyyy)').inputValue()).toBe(lastMonthText);
    await closing.getByRole('button', { name: 'Khóa sổ', exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: `Khóa sổ tháng ${lastMonthText}?` });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    expect(await confirm.innerText()).toContain('Khóa sổ là việc không hoàn tác được.');
    await confirm.getByRole('button', { name: 'Khóa sổ', exact: true }).click();
    await expect.poll(() => closing.getByText(`Đã khóa sổ tháng ${lastMonthText}.`).isVisible()).toBe(true);
    const period = `${lastMonth.getFullYear()}-${pad(lastMonth.getMonth() + 1)}`;
    expect(sql('select period from fund_period_close')).toEqual([{ period }]);

    const receipts = count('fund_receipt');
    const postings = count('fund_posting');
    await fundTab('Phiếu thu').click();
    await page.getByRole('link', { name: 'Ghi phiếu thu mới', exact: true }).click();
    await expect.poll(() => heading('Ghi phiếu thu', 2).isVisible()).toBe(true);
    await page.getByLabel('Chọn nhà tài trợ').selectOption({ label: `${donor} (Doanh nghiệp)` });
    await page.getByLabel('Ngày thu').fill(lastMonthDay);
    await money(page.getByLabel('Số tiền (đồng)'), '5.000.000');
    await page.getByRole('button', { name: 'Ghi phiếu thu', exact: true }).click();
    const locked = 'Kỳ kế toán của ngày này đã khóa sổ: không ghi thêm được.';
    await expect.poll(async () => plain(await page.getByRole('alert').innerText())).toContain(`Chưa ghi được phiếu thu. ${locked}`);
    expect(await page.getByLabel('Ngày thu').getAttribute('aria-invalid')).toBe('true');
    expect(plain(await page.locator('#fund-receipt-date-error').innerText())).toContain(locked);
    expect(count('fund_receipt')).toBe(receipts);
    expect(count('fund_posting')).toBe(postings);

    // Leaving the form asks first: the typed receipt would be lost.
    await fundTab('Sổ quỹ').click();
    const leave = page.getByRole('alertdialog', { name: 'Có thay đổi chưa lưu' });
    await leave.getByRole('button', { name: 'Rời trang, bỏ thay đổi' }).click();
    await expect.poll(() => heading('Sổ quỹ', 2).isVisible()).toBe(true);
  });

  it('keeps the ledger with a running balance: 60.000.000, 70.000.000, 15.000.000', async () => {
    const ledger = page.getByRole('table', { name: `Sổ quỹ từ ngày 01/01/${year} đến ngày 31/12/${year}` });
    await expect.poll(() => ledger.isVisible()).toBe(true);
    const rows = await tableRows(ledger);
    // A posting's number, date, in, out and balance; the opening and closing rows span the first four columns.
    const figures = (cells: string[]) => (cells.length === 5 ? cells : [cells[0], cells[1], cells[4], cells[5], cells[6]]);
    expect(rows.map(figures)).toEqual([
      [`Số dư đầu kỳ (ngày 01/01/${year})`, '', '', '0 ₫', ''],
      ['1', todayDisplay, '60.000.000 ₫', '', '60.000.000 ₫'],
      ['2', todayDisplay, '10.000.000 ₫', '', '70.000.000 ₫'],
      ['3', todayDisplay, '', '55.000.000 ₫', '15.000.000 ₫'],
      [`Cộng phát sinh và số dư cuối kỳ (ngày 31/12/${year})`, '70.000.000 ₫', '55.000.000 ₫', '15.000.000 ₫', ''],
    ]);
    expect(rows[3]?.[2]).toContain('Chi hỗ trợ trẻ em — Phẫu thuật tim');
    expect(rows[3]?.[2]).toContain(heartChild.fullName);
    expect(rows[1]?.[2]).toContain(donor);
  });

  it('prints the statement: the print page opens in a new tab with its title and figures, and saves as a PDF', async () => {
    await fundTab('Báo cáo').click();
    await expect.poll(() => page.getByRole('table', { name: 'Báo cáo thu, chi Quỹ Bảo trợ trẻ em' }).isVisible()).toBe(true);
    const [printed] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('group', { name: 'In và xuất báo cáo' }).getByRole('button', { name: 'In', exact: true }).click(),
    ]);
    watchConsole(printed, consoleErrors);
    await printed.waitForFunction(() => document.body.dataset.printReady === 'true', undefined, { timeout: 15_000 });
    expect(printed.url()).toContain(`#/print/fund-statement?from=${year}-01-01&to=${year}-12-31`);
    const text = plain(await printed.locator('article.print-sheet').innerText());
    for (const line of [
      'UBND QUẬN NGÔ QUYỀN',
      'PHÒNG LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI',
      'BÁO CÁO THU, CHI QUỸ BẢO TRỢ TRẺ EM',
      `Từ ngày 01/01/${year} đến ngày 31/12/${year}`,
      'Số dư cuối kỳ bằng chữ: Mười lăm triệu đồng chẵn.',
      'Phạm Thị Thu Hằng',
    ]) {
      expect(text).toContain(line);
    }
    const table = printed.locator('article.print-sheet table.document-table');
    const body = await tableRows(table);
    expect(body.map((cells) => cells.join(' | '))).toEqual(
      expect.arrayContaining([
        'II | Thu trong kỳ | 70.000.000 | 0 | 70.000.000',
        'III | Chi trong kỳ | 55.000.000 | 0 | 55.000.000',
        'IV | Số dư cuối kỳ (IV = I + II − III) | 15.000.000 | 0 | 15.000.000',
      ]),
    );

    const file = path.join(session.dataDir, 'statement.pdf');
    fs.writeFileSync(file, await printed.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pdfText = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(pdfText).toContain('BÁO CÁO THU, CHI QUỸ BẢO TRỢ TRẺ EM');
    expect(pdfText).toMatch(/Thu trong kỳ\s+70\.000\.000\s+0\s+70\.000\.000/);
    expect(pdfText).toMatch(/Phẫu thuật tim\s+55\.000\.000\s+0\s+55\.000\.000/);
    expect(pdfText).toMatch(/Số dư cuối kỳ \(IV = I \+ II − III\)\s+15\.000\.000\s+0\s+15\.000\.000/);
    // A4 portrait: 210 × 297 mm = 595.3 × 841.9 pt.
    const pageSize = /^Page size:\s+(.*)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
    const [width = 0, height = 0] = pageSize.split(' x ').map((part) => Number.parseFloat(part));
    expect(Math.abs(width - 595.3), pageSize).toBeLessThan(1);
    expect(Math.abs(height - 841.9), pageSize).toBeLessThan(1);
    await printed.close();
  });

  it('logged no error in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
