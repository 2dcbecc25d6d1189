import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChildren, displayDate, pad, plain, query, startWithOffice, stopSession, tableRows, watchConsole, type Session } from './helpers';

// A Tết campaign in browser mode, as an office runs it: create it, select groups a and d,
// freeze the list, print one ward's signed roster, mark two children absent and the rest
// received, read the summary, then see the gift on a child's record and in the register filter.

interface FixtureChild {
  fullName: string;
  sex: 'male' | 'female';
  birthDate: string;
  ward: 'lachTray' | 'mayChai';
  group: 'a' | 'b' | 'c' | 'd';
  guardian: string;
}

const wardNames = { lachTray: 'Phường Lạch Tray', mayChai: 'Phường Máy Chai' } as const;

/** Fictional children: four on the list in each ward, and two the rules leave out (groups b and c). */
const fixture: FixtureChild[] = [
  { fullName: 'Đỗ Minh Khang', sex: 'male', birthDate: '2014-03-12', ward: 'lachTray', group: 'a', guardian: 'Đỗ Thị Nhàn' },
  { fullName: 'Hoàng Thị Lan Anh', sex: 'female', birthDate: '2016-07-02', ward: 'lachTray', group: 'd', guardian: 'Hoàng Văn Sáng' },
  { fullName: 'Bùi Gia Huy', sex: 'male', birthDate: '2012-11-30', ward: 'lachTray', group: 'd', guardian: 'Bùi Thị Quế' },
  { fullName: 'Trịnh Ngọc Hân', sex: 'female', birthDate: '2018-01-19', ward: 'lachTray', group: 'a', guardian: 'Trịnh Văn Lực' },
  { fullName: 'Lương Văn Phúc', sex: 'male', birthDate: '2013-05-05', ward: 'mayChai', group: 'd', guardian: 'Lương Thị Hường' },
  { fullName: 'Đặng Thảo Vy', sex: 'female', birthDate: '2015-09-21', ward: 'mayChai', group: 'a', guardian: 'Đặng Văn Toản' },
  { fullName: 'Vương Quốc Bảo', sex: 'male', birthDate: '2017-12-08', ward: 'mayChai', group: 'd', guardian: 'Vương Thị Duyên' },
  { fullName: 'Tạ Khánh Linh', sex: 'female', birthDate: '2019-04-14', ward: 'mayChai', group: 'd', guardian: 'Tạ Văn Cường' },
  { fullName: 'Mai Đức Thịnh', sex: 'male', birthDate: '2014-08-27', ward: 'lachTray', group: 'b', guardian: 'Mai Thị Tuyết' },
  { fullName: 'Châu Bảo Ngọc', sex: 'female', birthDate: '2016-02-11', ward: 'mayChai', group: 'c', guardian: 'Châu Văn Khải' },
];
const onList = fixture.filter((child) => child.group === 'a' || child.group === 'd');
const notOnList = fixture.filter((child) => !onList.includes(child));
const absent = ['Bùi Gia Huy', 'Vương Quốc Bảo'];
const campaignName = 'Thăm, tặng quà Tết Nguyên đán 2027';
const sponsor = 'Công ty TNHH Hoa Mai';

let session: Session;
let page: Page;
const consoleErrors: string[] = [];

/** The database as it stands, read beside the running app. */
const sql = <T>(text: string): T[] => query<T>(session.dataDir, text);

/** The visit is recorded on today's date, so that "no gift in the last 12 months" counts it whenever the test runs. */
const today = new Date();
const todayDisplay = displayDate(today);

/** The fixture on the register, in its wards. */
const seedChildren = (session: Session) =>
  createChildren(
    session,
    fixture.map((child) => ({
      ...child,
      unit: wardNames[child.ward],
      village: 'Tổ dân phố số 3',
      guardian: { fullName: child.guardian, relation: child.sex === 'male' ? 'Mẹ' : 'Bố' },
      group: child.group,
    })),
  );

const tab = (name: string) => page.getByRole('tab', { name, exact: true });

beforeAll(async () => {
  session = await startWithOffice({ prefix: 'bt-e2e-gifts-', consoleErrors, seed: seedChildren });
  page = session.page;
});

afterAll(() => stopSession(session, 'gifts end to end'));

describe('a Tết gift campaign in browser mode', () => {
  it('creates the campaign from the sidebar, with two funding sources', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Tặng quà', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Chưa có đợt quà nào' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Tạo đợt quà', exact: true }).first().click();
    await expect.poll(() => page.getByRole('heading', { name: 'Tạo đợt quà', level: 1 }).isVisible()).toBe(true);

    await page.getByLabel('Tên đợt quà', { exact: true }).pressSequentially(campaignName);
    await page.getByLabel('Dịp', { exact: true }).selectOption({ label: 'Tết Nguyên đán' });
    await page.getByLabel('Năm', { exact: true }).fill('2027');
    await page.getByLabel('Ngày bắt đầu', { exact: true }).fill('20/01/2027');
    await page.getByLabel('Ngày kết thúc', { exact: true }).fill('05/02/2027');
    // Typed plain; leaving the field groups the thousands.
    await page.getByLabel('Tiền mặt mỗi suất (đồng)').fill('300000');
    await page.getByLabel('Quà hiện vật', { exact: true }).fill('Bánh kẹo, sữa');
    await expect.poll(() => page.getByLabel('Tiền mặt mỗi suất (đồng)').inputValue()).toBe('300.000');
    await page.getByLabel('Giá trị hiện vật mỗi suất (đồng)').fill('200.000');

    const first = page.getByRole('group', { name: 'Nguồn 1', exact: true });
    expect(await first.getByLabel('Loại nguồn').inputValue()).toBe('childFund');
    await first.getByLabel('Số tiền (đồng)').fill('3.000.000');
    await page.getByRole('button', { name: 'Thêm nguồn kinh phí' }).click();
    const second = page.getByRole('group', { name: 'Nguồn 2', exact: true });
    await second.getByLabel('Loại nguồn').selectOption({ label: 'Nhà tài trợ' });
    await second.getByLabel('Tên nhà tài trợ').fill(sponsor);
    await second.getByLabel('Số tiền (đồng)').fill('1.000.000');
    await expect.poll(async () => plain(await page.locator('.gift-budget').innerText())).toBe('Tổng kinh phí: 4.000.000 ₫');

    await page.getByRole('button', { name: 'Tạo đợt quà', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(campaignName);

    expect(sql('select name, occasion, year, start_date, end_date, cash_per_child, goods_description, goods_value_per_child, status from gift_campaign')).toEqual([
      {
        name: campaignName,
        occasion: 'tet',
        year: 2027,
        start_date: '2027-01-20',
        end_date: '2027-02-05',
        cash_per_child: 300_000,
        goods_description: 'Bánh kẹo, sữa',
        goods_value_per_child: 200_000,
        status: 'draft',
      },
    ]);
    expect(sql('select kind, sponsor_name, amount from gift_funding order by amount desc')).toEqual([
      { kind: 'childFund', sponsor_name: null, amount: 3_000_000 },
      { kind: 'sponsor', sponsor_name: sponsor, amount: 1_000_000 },
    ]);
  });

  it('previews the rules (groups a and d), then applies them', async () => {
    const rules = page.locator('section.gift-rules');
    await rules.getByText('Nhóm hoàn cảnh', { exact: true }).click();
    await rules.getByLabel('a) Trẻ em mồ côi cả cha và mẹ').check();
    await rules.getByLabel('d) Trẻ em khuyết tật').check();
    await page.keyboard.press('Escape');
    await rules.getByRole('button', { name: 'Xem trước' }).click();

    await expect.poll(() => rules.getByText('Xem trước: 8 trẻ phù hợp với tiêu chí.').isVisible()).toBe(true);
    const preview = rules.locator('section.gift-preview');
    const figures = plain(await preview.locator('dl').innerText());
    expect(figures).toContain('Sẽ thêm vào danh sách\n8');
    expect(figures).toContain('Kinh phí dự kiến\n4.000.000 ₫');
    expect(await tableRows(preview.getByRole('table'))).toEqual(
      expect.arrayContaining([
        [wardNames.lachTray, '4'],
        [wardNames.mayChai, '4'],
      ]),
    );
    // A preview changes nothing.
    expect(sql('select count(*) as n from gift_recipient')).toEqual([{ n: 0 }]);

    await rules.getByRole('button', { name: 'Áp dụng' }).click();
    await expect.poll(() => rules.getByText('Đã áp dụng tiêu chí. Danh sách có 8 trẻ.').isVisible()).toBe(true);
    const listed = sql<{ full_name: string }>(
      'select child.full_name from gift_recipient join child on child.id = gift_recipient.child_id where included = 1',
    ).map((row) => row.full_name);
    expect(listed.sort()).toEqual(onList.map((child) => child.fullName).sort());
    for (const child of onList) {
      await expect.poll(() => page.getByRole('link', { name: child.fullName, exact: true }).isVisible()).toBe(true);
    }
  });

  it('freezes the list after asking', async () => {
    await page.getByRole('button', { name: 'Chốt danh sách', exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Chốt danh sách?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain('Danh sách có 8 trẻ sẽ được chốt');
    await dialog.getByRole('button', { name: 'Chốt danh sách' }).click();
    await expect.poll(() => page.getByText('Đã chốt danh sách.').isVisible()).toBe(true);
    expect(sql('select status from gift_campaign')).toEqual([{ status: 'frozen' }]);
    expect(await page.getByRole('button', { name: 'Chốt danh sách', exact: true }).count()).toBe(0);
  });

  it("prints one ward's signed roster in a new tab, with only its children and the total in words", async () => {
    await page.getByLabel('Phạm vi').selectOption({ label: wardNames.lachTray });
    const [printed] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'In danh sách ký nhận' }).click(),
    ]);
    watchConsole(printed, consoleErrors);
    await printed.waitForFunction(() => document.body.dataset.printReady === 'true', undefined, { timeout: 15_000 });
    const text = plain(await printed.locator('article.print-sheet').innerText());

    expect(text).toContain('DANH SÁCH TRẺ EM NHẬN QUÀ TẾT NGUYÊN ĐÁN NĂM 2027');
    expect(text).toContain(`Địa bàn: ${wardNames.lachTray}`);
    const table = printed.locator('article.print-sheet table.document-table');
    const headings = await table.locator('thead tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText));
    expect(headings.map((line) => plain(line).split(/\s+/).join(' '))).toEqual([
      'STT Họ và tên Ngày sinh Giới tính Địa chỉ Hoàn cảnh Người nhận thay Số tiền (đồng) Ký nhận',
      '(1) (2) (3) (4) (5) (6) (7) (8) (9)',
    ]);
    const body = await tableRows(table);
    const lachTray = onList.filter((child) => child.ward === 'lachTray');
    // Only that ward's children on the list, in Vietnamese order (by given name first).
    expect(body.slice(0, -1).map((cells) => cells[1])).toEqual(['Hoàng Thị Lan Anh', 'Trịnh Ngọc Hân', 'Bùi Gia Huy', 'Đỗ Minh Khang']);
    expect(body.slice(0, -1).map((cells) => cells[0])).toEqual(['1', '2', '3', '4']);
    expect(body.slice(0, -1).every((cells) => cells[7] === '500.000' && cells[8] === '')).toBe(true);
    expect(body.at(-1)).toEqual(['Tổng cộng', '2.000.000', '']);
    for (const child of fixture.filter((c) => !lachTray.includes(c))) {
      expect(text).not.toContain(child.fullName);
    }
    expect(text).toContain('Bằng chữ: Hai triệu đồng chẵn.');
    await printed.close();
  });

  it('marks two children absent on a date, and all the others received', async () => {
    await tab('Phát quà').click();
    const delivery = page.locator('section.gift-delivery');
    for (const name of absent) {
      await delivery.getByRole('checkbox', { name: `Chọn ${name}`, exact: true }).check();
    }
    const mark = delivery.locator('form.gift-mark');
    await expect.poll(() => mark.getByRole('heading', { name: 'Ghi nhận cho 2 trẻ đã chọn' }).isVisible()).toBe(true);
    await mark.getByLabel('Kết quả').selectOption({ label: 'Vắng mặt' });
    await mark.getByLabel('Ngày phát').fill(todayDisplay);
    await mark.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await expect.poll(() => delivery.getByText('Đã ghi nhận “Vắng mặt” cho 2 trẻ.').isVisible()).toBe(true);

    await delivery.getByRole('button', { name: 'Tất cả đã nhận…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tất cả đã nhận quà: Toàn địa bàn' });
    await expect.poll(() => dialog.getByText(/^6 trẻ ở Toàn địa bàn chưa được ghi nhận/).isVisible()).toBe(true);
    expect(await dialog.getByLabel('Ngày phát').inputValue()).toBe(todayDisplay);
    await expect.poll(() => dialog.getByText('Sẽ ghi: 6 trẻ đã nhận, 0 ngoại lệ.').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await expect.poll(() => delivery.getByText('Đã ghi nhận kết quả phát quà cho 6 trẻ.').isVisible()).toBe(true);

    const counts = plain(await delivery.locator('.gift-delivery-counts').innerText());
    expect(counts).toContain('Đã nhận: 6');
    expect(counts).toContain('Vắng mặt: 2');
    expect(counts).toContain('Chưa phát: 0');
    const rows = await tableRows(delivery.getByRole('table'));
    const statusOf = (name: string) => rows.find((cells) => cells[2] === name)?.slice(6, 8);
    expect(statusOf('Bùi Gia Huy')).toEqual(['Vắng mặt', todayDisplay]);
    expect(statusOf('Đỗ Minh Khang')).toEqual(['Đã nhận', todayDisplay]);

    const iso = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
    const statuses = sql<{ full_name: string; status: string; delivered_on: string }>(
      'select child.full_name, gift_recipient.status, gift_recipient.delivered_on from gift_recipient join child on child.id = gift_recipient.child_id',
    );
    expect(statuses.filter((r) => r.status === 'absent').map((r) => r.full_name).sort()).toEqual([...absent].sort());
    expect(statuses.filter((r) => r.status === 'received')).toHaveLength(6);
    expect(new Set(statuses.map((r) => r.delivered_on))).toEqual(new Set([iso]));

    await delivery.getByLabel('Danh sách vắng mặt').check();
    await expect.poll(async () => (await tableRows(delivery.getByRole('table'))).map((cells) => cells[2]).sort()).toEqual([...absent].sort());
  });

  it('sums up planned and delivered children and đồng per ward and per funding source', async () => {
    await tab('Tổng hợp').click();
    const byUnit = page.getByRole('table', { name: 'Theo xã, phường' });
    await expect.poll(() => byUnit.isVisible()).toBe(true);
    expect(await tableRows(byUnit)).toEqual([
      [wardNames.lachTray, '4', '2.000.000 ₫', '3', '1.500.000 ₫'],
      [wardNames.mayChai, '4', '2.000.000 ₫', '3', '1.500.000 ₫'],
      ['Tổng cộng', '8', '4.000.000 ₫', '6', '3.000.000 ₫'],
    ]);
    expect(await tableRows(page.getByRole('table', { name: 'Theo nguồn kinh phí' }))).toEqual([
      ['Quỹ Bảo trợ trẻ em', '8', '3.000.000 ₫', '6', '2.250.000 ₫'],
      [sponsor, '8', '1.000.000 ₫', '6', '750.000 ₫'],
      ['Tổng cộng', '8', '4.000.000 ₫', '6', '3.000.000 ₫'],
    ]);
    const byGroup = await tableRows(page.getByRole('table', { name: 'Theo nhóm đối tượng' }));
    expect(byGroup).toEqual([
      ['a) Trẻ em mồ côi cả cha và mẹ', '3', '1.500.000 ₫', '3', '1.500.000 ₫'],
      ['d) Trẻ em khuyết tật', '5', '2.500.000 ₫', '3', '1.500.000 ₫'],
      ['Tổng cộng', '8', '4.000.000 ₫', '6', '3.000.000 ₫'],
    ]);
    const header = plain(await page.locator('dl.gift-money').innerText());
    expect(header).toMatch(/Đã phát\n3\.000\.000 ₫\s*\(6 trẻ\)/);
  });

  it("shows the gift on the child's Hỗ trợ tab", async () => {
    await tab('Danh sách').click();
    await page.getByRole('link', { name: 'Bùi Gia Huy', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Bùi Gia Huy');
    await tab('Hỗ trợ').click();
    const gifts = page.getByRole('table', { name: 'Quà tặng' });
    await expect.poll(() => gifts.isVisible()).toBe(true);
    const [row, ...more] = await tableRows(gifts);
    expect(more).toEqual([]);
    expect(row?.[0]).toBe(campaignName);
    expect(row?.[1]).toBe('Tết Nguyên đán');
    expect(row?.[2]).toBe('2027');
    expect(row?.[3]).toContain('500.000 ₫');
    expect(row?.[4]).toBe(`Quỹ Bảo trợ trẻ em, ${sponsor}`);
    expect(row?.slice(5)).toEqual(['Vắng mặt', todayDisplay]);
  });

  it('lists, under "Chưa nhận quà trong 12 tháng", the absent children and those not on the list', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Trẻ em', exact: true }).click();
    const grid = page.getByRole('grid', { name: 'Danh sách trẻ em' });
    const names = async () => (await grid.getByRole('link').allInnerTexts()).map((name) => name.trim()).sort();
    await expect.poll(names).toEqual(fixture.map((child) => child.fullName).sort());
    // The filter lives in the address: the box shows ticked once the list has moved there, so
    // click and wait for it rather than check(), which reads the box at once (it raced on CI).
    const noGift = page.getByLabel('Chưa nhận quà trong 12 tháng');
    await noGift.click();
    await expect.poll(() => noGift.isChecked()).toBe(true);
    await expect.poll(names).toEqual([...absent, ...notOnList.map((child) => child.fullName)].sort());
  });

  it('logged no error in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
