import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createChildren,
  displayDate,
  ngoQuyenWardIds,
  pad,
  plain,
  query,
  startWithOffice,
  stopSession,
  tableRows,
  watchConsole,
  type Session,
} from './helpers';

// Community models in browser mode, as an office worker runs them: the 15 mandatory safe-home
// criteria marked, households assessed in two wards (one recognised, one short of 23 criteria,
// one with a child injured at home), a yearly target, the coverage dashboard, a children's club
// rolled out in one ward with its history, a child-friendly score at exactly its threshold, the
// coverage print page, and a target beyond the area refused.

/** The office's area: the 12 wards of the legacy Ngô Quyền district. */
const areaSize = 12;
/** Commune A holds the registered child and two households; commune B one household. */
const communeA = 'Phường Lạch Tray';
const communeB = 'Phường Máy Chai';

/** A fictional child on the register, living in the recognised household of commune A. */
const child = { fullName: 'Phan Ngọc Diệp', birthDate: '2019-06-14', birthDisplay: '14/06/2019', guardian: 'Phan Văn Khởi' };

/** Fictional heads of household. */
const householdRecognised = 'Nguyễn Văn Bình';
const householdShort = 'Trần Thị Lụa';
const householdInjured = 'Lê Quang Hiếu';

const criterionOneText = 'Ao, hồ, giếng, bể nước quanh nhà có nắp đậy hoặc rào chắn';

/** The names of the area's wards, as office.units gives them. */
let areaWards: string[] = [];
let session: Session;
let page: Page;
const consoleErrors: string[] = [];

/** The database as it stands, read beside the running app. */
const sql = <T>(text: string): T[] => query<T>(session.dataDir, text);

/** Assessments and scores are dated today, in this year, whenever the test runs. */
const today = new Date();
const year = today.getFullYear();
const todayDisplay = displayDate(today);

async function createChild(session: Session): Promise<void> {
  const units = await call<{ id: string; name: string; kind: string }[]>(session.page, session.app.origin, 'office.units', undefined);
  // A legacy district's office also lists the communes its wards became, for children's addresses.
  areaWards = units.filter((unit) => unit.kind === 'legacyWard').map((unit) => unit.name);
  expect(areaWards).toHaveLength(areaSize);
  await createChildren(session, [
    {
      fullName: child.fullName,
      sex: 'female',
      birthDate: child.birthDate,
      unit: communeA,
      village: 'Tổ dân phố số 5',
      schoolLevel: 'preschool',
      guardian: { fullName: child.guardian, relation: 'Bố' },
      group: 'dd',
    },
  ]);
}

const sidebar = (name: string) => page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name, exact: true });
const modelsTab = (name: string) => page.getByRole('navigation', { name: 'Các trang mô hình' }).getByRole('link', { name, exact: true });
const heading = (name: string, level: number) => page.getByRole('heading', { name, level, exact: true });
const status = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const safeHomeView = (name: string) => page.getByRole('group', { name: 'Phần hiển thị' }).getByRole('button', { name, exact: true });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** Opens the models area on one of its tabs. */
async function openModels(tab: string, title: string): Promise<void> {
  await sidebar('Mô hình').click();
  await modelsTab(tab).click();
  await expect.poll(() => heading(title, 2).isVisible()).toBe(true);
}

/** Assesses one household from the Hộ gia đình view; `met` are criterion numbers. */
async function assess(options: { unit: string; head: string; village: string; met: number[]; injured?: boolean; verdict: string; linkChild?: boolean }): Promise<void> {
  await page.getByRole('button', { name: 'Đánh giá hộ', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Đánh giá hộ gia đình' });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await dialog.getByLabel('Xã, phường', { exact: true }).selectOption({ label: options.unit });
  expect(await dialog.getByLabel('Năm', { exact: true }).inputValue()).toBe(String(year));
  expect(await dialog.getByLabel('Ngày đánh giá').inputValue()).toBe(todayDisplay);
  await dialog.getByLabel('Chủ hộ').fill(options.head);
  await dialog.getByLabel('Thôn/xóm').fill(options.village);
  for (const number of options.met) {
    await dialog.getByRole('checkbox', { name: new RegExp(`^${number}\\. `) }).check();
  }
  if (options.injured) await dialog.getByRole('checkbox', { name: 'Trong năm có trẻ em bị tai nạn, thương tích tại nhà' }).check();
  // The computed result follows the ticks: a polite live text after its label.
  const result = dialog.locator('p.models-result');
  await expect.poll(async () => plain((await result.textContent()) ?? '')).toBe(`Kết quả đánh giá: ${options.verdict}`);
  expect(await result.locator('[aria-live="polite"]').count()).toBe(1);

  if (options.linkChild) {
    const picker = dialog.getByRole('group', { name: 'Trẻ em trong hộ có trên sổ theo dõi' });
    // Typed without diacritics, as many do.
    await picker.getByLabel('Tìm trẻ theo họ tên').fill('ngoc diep');
    // The match is a radio used as a "link" action: it stays unchecked (the picker's chosen is null), the child goes to the list below.
    await picker.getByRole('radio', { name: `${child.fullName}, sinh ngày ${child.birthDisplay}, ${communeA}` }).click();
    const linked = dialog.getByRole('list', { name: 'Trẻ em đã liên kết' });
    await expect.poll(async () => plain(await linked.innerText())).toBe(`${child.fullName}, sinh ngày ${child.birthDisplay} Bỏ liên kết`);
  }
  await dialog.getByRole('button', { name: 'Lưu đánh giá', exact: true }).click();
  await expect.poll(() => status(`Đã lưu đánh giá hộ ${options.head}.`).isVisible()).toBe(true);
  expect(await dialog.count()).toBe(0);
}

/** Opens the rollout dialog of commune A and saves it with the given fields. */
async function saveRollout(fields: { status: string; decisionNo?: string; personInCharge?: string; budget?: string }): Promise<void> {
  await page.getByRole('button', { name: `Sửa triển khai tại ${communeA}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Triển khai tại ${communeA} năm ${year}` });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await expect.poll(() => dialog.getByText('Mô hình: Câu lạc bộ trẻ em', { exact: true }).isVisible()).toBe(true);
  await dialog.getByLabel('Tình trạng', { exact: true }).selectOption({ label: fields.status });
  if (fields.decisionNo) await dialog.getByLabel('Số quyết định').fill(fields.decisionNo);
  if (fields.personInCharge) await dialog.getByLabel('Người phụ trách').fill(fields.personInCharge);
  if (fields.budget) {
    const budget = dialog.getByLabel('Kinh phí', { exact: true });
    await budget.fill(fields.budget);
    await budget.blur();
  }
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect.poll(() => status(`Đã lưu triển khai tại ${communeA} năm ${year}.`).isVisible()).toBe(true);
  expect(await dialog.count()).toBe(0);
}

/** The dashboard's line for one model: its share, progress bar and target text. */
async function coverageCard(model: string): Promise<{ share: string; valueNow: string | null; valueMax: string | null; target: string }> {
  const item = page.getByRole('list', { name: `Tiến độ các mô hình năm ${year}` }).getByRole('listitem').filter({ has: page.getByText(model, { exact: true }) });
  const bar = item.getByRole('progressbar', { name: model, exact: true });
  return {
    share: plain(await item.locator('.coverage-progress__share').innerText()),
    valueNow: await bar.getAttribute('aria-valuenow'),
    valueMax: await bar.getAttribute('aria-valuemax'),
    target: plain(await item.locator('.coverage-progress__target-text').innerText()),
  };
}

async function openDashboard(): Promise<void> {
  await openModels('Tổng quan', 'Kết quả triển khai các mô hình');
  await expect.poll(() => page.getByText(`Địa bàn có ${areaSize} xã, phường.`, { exact: true }).isVisible()).toBe(true);
}

beforeAll(async () => {
  expect(ngoQuyenWardIds()).toHaveLength(areaSize);
  session = await startWithOffice({ prefix: 'bt-e2e-models-', consoleErrors, seed: createChild });
  page = session.page;
});

afterAll(() => stopSession(session, 'models end to end'));

describe('community models in browser mode', () => {
  it('marks the 15 mandatory safe-home criteria, the counter reaching 15/15, and rewords criterion 1', async () => {
    await openModels('Ngôi nhà an toàn', 'Ngôi nhà an toàn');
    await safeHomeView('Tiêu chí').click();
    await expect.poll(() => heading('Danh mục tiêu chí ngôi nhà an toàn', 3).isVisible()).toBe(true);
    const counter = status(/^Đã đánh dấu \d+\/15 tiêu chí bắt buộc$/);
    expect(await counter.innerText()).toBe('Đã đánh dấu 0/15 tiêu chí bắt buộc');

    for (const number of range(1, 15)) {
      await page.getByRole('checkbox', { name: `Bắt buộc (tiêu chí ${number})`, exact: true }).check();
    }
    expect(await counter.innerText()).toBe('Đã đánh dấu 15/15 tiêu chí bắt buộc');
    await page.getByRole('textbox', { name: 'Tiêu chí 1', exact: true }).fill(criterionOneText);
    await page.getByRole('button', { name: 'Lưu danh mục tiêu chí', exact: true }).click();
    await expect.poll(() => status('Đã lưu danh mục tiêu chí.').isVisible()).toBe(true);

    const mandatory = sql<{ id: string }>('select id from safe_home_criterion where mandatory = 1 order by number');
    expect(mandatory.map((row) => row.id)).toEqual(range(1, 15).map((n) => `c${pad(n)}`));
    expect(sql("select text from safe_home_criterion where id = 'c01'")).toEqual([{ text: criterionOneText }]);
  });

  it('assesses households in two wards: the live result follows the ticks, linking a registered child', async () => {
    await safeHomeView('Hộ gia đình').click();
    await expect.poll(() => heading(`Hộ gia đình được đánh giá năm ${year}`, 3).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(`Chưa có hộ nào được đánh giá trong năm ${year}.`, { exact: true }).isVisible()).toBe(true);

    // 24 criteria, all 15 mandatory among them: a safe home.
    await assess({
      unit: communeA,
      head: householdRecognised,
      village: 'Tổ dân phố số 5',
      met: range(1, 24),
      verdict: 'Đạt 24/33 tiêu chí, 15/15 tiêu chí bắt buộc — Đạt ngôi nhà an toàn',
      linkChild: true,
    });
    // 22 criteria, the mandatory ones included: one short; saved all the same.
    await assess({
      unit: communeA,
      head: householdShort,
      village: 'Tổ dân phố số 7',
      met: range(1, 22),
      verdict: 'Đạt 22/33 tiêu chí, 15/15 tiêu chí bắt buộc — Chưa đạt: Chưa đủ 23 tiêu chí.',
    });
    // Every criterion met, but a child was hurt at home this year.
    await assess({
      unit: communeB,
      head: householdInjured,
      village: 'Tổ dân phố số 2',
      met: range(1, 33),
      injured: true,
      verdict: 'Đạt 33/33 tiêu chí, 15/15 tiêu chí bắt buộc — Chưa đạt: Trong năm có trẻ em bị tai nạn, thương tích tại nhà.',
    });

    const table = page.getByRole('table', { name: 'Hộ gia đình được đánh giá' });
    await expect.poll(async () => (await tableRows(table)).length).toBe(3);
    // Wards by name, the newest assessment first within a ward.
    expect(await tableRows(table)).toEqual([
      [householdShort, 'Tổ dân phố số 7', communeA, todayDisplay, '22/33', '15/15', 'Không', 'Chưa đạt\nChưa đủ 23 tiêu chí.', '', 'Sửa Xóa'],
      [householdRecognised, 'Tổ dân phố số 5', communeA, todayDisplay, '24/33', '15/15', 'Không', 'Đạt', child.fullName, 'Sửa Xóa'],
      [
        householdInjured,
        'Tổ dân phố số 2',
        communeB,
        todayDisplay,
        '33/33',
        '15/15',
        'Có',
        'Chưa đạt\nTrong năm có trẻ em bị tai nạn, thương tích tại nhà.',
        '',
        'Sửa Xóa',
      ],
    ]);
    expect(sql('select count(*) as n from safe_home_child')).toEqual([{ n: 1 }]);
  });

  it('rolls the households up per ward: A 2 assessed, 1 recognised; B 1 assessed, none', async () => {
    await safeHomeView('Tổng hợp theo xã').click();
    const rollup = page.getByRole('table', { name: `Tổng hợp ngôi nhà an toàn theo xã năm ${year}` });
    await expect.poll(() => rollup.isVisible()).toBe(true);
    expect(await tableRows(rollup)).toEqual([
      [communeA, '2', '1'],
      [communeB, '1', '0'],
      ['Cộng', '3', '1'],
    ]);
  });

  it('sets this year’s safe-home target: 2 wards', async () => {
    await openModels('Danh mục mô hình', 'Danh mục mô hình');
    await expect.poll(() => page.getByText(`Địa bàn có ${areaSize} xã, phường.`, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe(String(year));
    await page.getByRole('textbox', { name: `Chỉ tiêu năm ${year}: Ngôi nhà an toàn`, exact: true }).fill('2');
    await page.getByRole('button', { name: 'Lưu chỉ tiêu Ngôi nhà an toàn', exact: true }).click();
    await expect.poll(() => status(`Đã lưu chỉ tiêu Ngôi nhà an toàn năm ${year}.`).isVisible()).toBe(true);
    expect(sql('select model_type_id, year, target_communes from model_target')).toEqual([
      { model_type_id: 'safeHome', year, target_communes: 2 },
    ]);
  });

  it('shows safe homes in 2 of the 12 wards on the dashboard, the target reached, in the table and the chart', async () => {
    await openDashboard();
    expect(await coverageCard('Ngôi nhà an toàn')).toEqual({
      share: `2 / ${areaSize} xã, phường (16,7%)`,
      valueNow: '2',
      valueMax: String(areaSize),
      target: 'Chỉ tiêu: 2 xã, phường (đạt)',
    });
    const table = page.getByRole('table', { name: `Kết quả triển khai năm ${year}`, exact: true });
    const rows = await tableRows(table);
    // Number, model, covered, communes, share, target, reached, then wards per rollout status.
    expect(rows[0]).toEqual(['1', 'Ngôi nhà an toàn', '2', String(areaSize), '16,7%', '2', 'Đạt', String(areaSize), '0', '0', '0', '0', '0']);
    const bar = page.getByRole('img', { name: `Ngôi nhà an toàn, năm ${year}: 2 xã, phường; chỉ tiêu 2`, exact: true });
    expect(await bar.count()).toBe(1);
    const byYear = await tableRows(page.getByRole('table', { name: `Số xã, phường có mô hình từ năm ${year - 4} đến năm ${year}` }));
    expect(byYear[0]).toEqual(['1', 'Ngôi nhà an toàn', '0', '0', '0', '0', '2 / 2']);
  });

  it('rolls a children’s club out in ward A, counts it on the dashboard and keeps its history', async () => {
    await openModels('Triển khai theo xã', 'Triển khai theo xã, phường');
    await page.getByLabel('Mô hình', { exact: true }).selectOption({ label: 'Câu lạc bộ trẻ em' });
    const table = page.getByRole('table', { name: `Câu lạc bộ trẻ em năm ${year}`, exact: true });
    await expect.poll(() => table.isVisible()).toBe(true);
    expect(plain(await page.locator('.models-summary').innerText())).toBe(`Có mô hình theo tình trạng triển khai: 0 / ${areaSize} xã, phường`);

    await saveRollout({ status: 'Có kế hoạch', decisionNo: '45/QĐ-UBND' });
    await saveRollout({ status: 'Đang triển khai', personInCharge: 'Đỗ Thị Mai', budget: '15000000' });
    await expect.poll(async () => plain(await page.locator('.models-summary').innerText())).toBe(`Có mô hình theo tình trạng triển khai: 1 / ${areaSize} xã, phường`);
    const rowA = (await tableRows(table)).find((cells) => cells[0] === communeA);
    expect(rowA?.slice(0, 8)).toEqual([communeA, 'Đang triển khai', '', '', '45/QĐ-UBND', 'Đỗ Thị Mai', '15.000.000 ₫', '']);

    await page.getByRole('button', { name: `Lịch sử triển khai tại ${communeA}`, exact: true }).click();
    const history = page.getByRole('dialog', { name: `Lịch sử thay đổi: ${communeA}, năm ${year}` });
    await expect.poll(() => history.locator('ol > li').count()).toBe(2);
    const entries = (await history.locator('ol > li').allInnerTexts()).map(plain);
    // Newest first: the update with what changed, then the creation.
    expect(entries[0]).toMatch(/ — Cập nhật\n/);
    expect(entries[0]).toContain('Tình trạng: Có kế hoạch → Đang triển khai');
    expect(entries[0]).toContain('Người phụ trách: (trống) → Đỗ Thị Mai');
    expect(entries[0]).toContain('Kinh phí: (trống) → 15.000.000 ₫');
    expect(entries[0]).not.toContain('Số quyết định');
    expect(entries[1]).toMatch(/ — Tạo mới\n/);
    expect(entries[1]).toContain('Tình trạng: (trống) → Có kế hoạch');
    expect(entries[1]).toContain('Số quyết định: (trống) → 45/QĐ-UBND');
    await history.getByRole('button', { name: 'Đóng', exact: true }).click();
    await expect.poll(() => history.count()).toBe(0);

    await openDashboard();
    expect(await coverageCard('Câu lạc bộ trẻ em')).toEqual({
      share: `1 / ${areaSize} xã, phường (8,3%)`,
      valueNow: '1',
      valueMax: String(areaSize),
      target: 'Chưa đặt chỉ tiêu',
    });
    const rows = await tableRows(page.getByRole('table', { name: `Kết quả triển khai năm ${year}`, exact: true }));
    // Chưa triển khai 11, Đang triển khai 1.
    expect(rows.find((cells) => cells[1] === 'Câu lạc bộ trẻ em')?.slice(2)).toEqual(['1', String(areaSize), '8,3%', '', '', '11', '0', '0', '1', '0', '0']);
  });

  it('scores ward A as child-friendly at exactly its threshold, 850 with no zero: recognised, and counted', async () => {
    await openModels('Xã phù hợp với trẻ em', 'Xã, phường phù hợp với trẻ em');
    await page.getByRole('button', { name: `Chấm điểm ${communeA}`, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Chấm điểm xã, phường phù hợp với trẻ em năm ${year}` });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByLabel('Xã, phường', { exact: true }).locator('option:checked').textContent()).toBe(communeA);
    await dialog.getByLabel('Loại xã, phường').selectOption({ label: 'Xã, phường, thị trấn khác (ngưỡng 850 điểm)' });
    expect(await dialog.getByLabel('Ngày chấm điểm').inputValue()).toBe(todayDisplay);
    // Twelve criteria at 65 and the last at 69 (849), then 70 (850).
    for (const number of range(1, 12)) {
      await dialog.getByRole('textbox', { name: new RegExp(`^${number}\\. `) }).fill('65');
    }
    const last = dialog.getByRole('textbox', { name: /^13\. / });
    const result = dialog.locator('p.models-result');
    await last.fill('69');
    await expect.poll(async () => plain((await result.textContent()) ?? '')).toBe('Kết quả chấm điểm: Tổng 849/850 — Chưa đạt: tổng điểm chưa đạt ngưỡng 850.');
    await last.fill('70');
    await expect.poll(async () => plain((await result.textContent()) ?? '')).toBe('Kết quả chấm điểm: Tổng 850/850 — Đạt');
    await dialog.getByRole('button', { name: 'Lưu điểm', exact: true }).click();
    await expect.poll(() => status(`Đã lưu điểm của ${communeA}.`).isVisible()).toBe(true);

    const table = page.getByRole('table', { name: `Chấm điểm xã, phường phù hợp với trẻ em năm ${year}` });
    const scored = await tableRows(table);
    // Every ward of the area, and only those: main refuses a score for a unit outside the area.
    expect(scored.map((cells) => cells[0]).sort()).toEqual([...areaWards].sort());
    const rowA = scored.find((cells) => cells[0] === communeA);
    expect(rowA).toEqual([communeA, 'Xã, phường, thị trấn khác (ngưỡng 850 điểm)', todayDisplay, '850', '850', '', 'Đạt', 'Sửa điểm']);

    await openDashboard();
    expect(await coverageCard('Xã, phường phù hợp với trẻ em')).toMatchObject({ share: `1 / ${areaSize} xã, phường (8,3%)`, valueNow: '1' });
  });

  it('prints the coverage report: the print page opens in a new tab with the title and safe homes in 2 wards', async () => {
    const [printed] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('group', { name: 'In và xuất báo cáo' }).getByRole('button', { name: 'In', exact: true }).click(),
    ]);
    watchConsole(printed, consoleErrors);
    await printed.waitForFunction(() => document.body.dataset.printReady === 'true', undefined, { timeout: 15_000 });
    expect(printed.url()).toContain(`#/print/models-coverage?year=${year}&fromYear=${year - 4}`);
    const text = plain(await printed.locator('article.print-sheet').innerText());
    for (const line of [
      'UBND QUẬN NGÔ QUYỀN',
      'PHÒNG LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI',
      `BÁO CÁO KẾT QUẢ TRIỂN KHAI CÁC MÔ HÌNH BẢO VỆ, CHĂM SÓC TRẺ EM NĂM ${year}`,
      `Địa bàn: ${areaSize} xã, phường`,
      'Phạm Thị Thu Hằng',
    ]) {
      expect(text).toContain(line);
    }
    const [yearTable, seriesTable] = await printed.locator('article.print-sheet table.document-table').all();
    if (!yearTable || !seriesTable) throw new Error('the print page lacks its two tables');
    const lines = (await tableRows(yearTable)).map((cells) => cells.join(' | '));
    // Every shipped model has its row; wards per rollout status after the target's columns.
    const none = (n: number) => `${n} | 0 | 0 | 0 | 0 | 0`;
    expect(lines).toEqual([
      `1 | Ngôi nhà an toàn | 2 | ${areaSize} | 16,7% | 2 | Đạt | ${none(areaSize)}`,
      `2 | Xã, phường phù hợp với trẻ em | 1 | ${areaSize} | 8,3% |  |  | ${none(areaSize)}`,
      `3 | Hệ thống bảo vệ trẻ em dựa vào cộng đồng | 0 | ${areaSize} | 0,0% |  |  | ${none(areaSize)}`,
      `4 | Câu lạc bộ trẻ em | 1 | ${areaSize} | 8,3% |  |  | ${areaSize - 1} | 0 | 0 | 1 | 0 | 0`,
      `5 | Điểm tư vấn trong trường học | 0 | ${areaSize} | 0,0% |  |  | ${none(areaSize)}`,
      `6 | Điểm giữ trẻ mùa lũ | 0 | ${areaSize} | 0,0% |  |  | ${none(areaSize)}`,
    ]);
    expect((await tableRows(seriesTable)).map((cells) => cells.join(' | '))).toContain('1 | Ngôi nhà an toàn | 0 | 0 | 0 | 0 | 2 / 2');
    await printed.close();
  });

  it('refuses a target above the area’s 12 wards on the field, saving nothing', async () => {
    await openModels('Danh mục mô hình', 'Danh mục mô hình');
    const field = page.getByRole('textbox', { name: `Chỉ tiêu năm ${year}: Ngôi nhà an toàn`, exact: true });
    await expect.poll(() => field.inputValue()).toBe('2');
    await field.fill(String(areaSize + 1));
    await page.getByRole('button', { name: 'Lưu chỉ tiêu Ngôi nhà an toàn', exact: true }).click();
    const message = 'Chỉ tiêu không được lớn hơn số xã, phường của địa bàn.';
    await expect.poll(() => page.locator('#models-target-safeHome-error').textContent()).toBe(message);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toBe('models-target-safeHome-error');
    expect(await status('Đã lưu chỉ tiêu').count()).toBe(0);
    expect(sql('select model_type_id, year, target_communes from model_target')).toEqual([
      { model_type_id: 'safeHome', year, target_communes: 2 },
    ]);
  });

  it('logged no error in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });
});
