import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import unitsData from '../../resources/units/units.json';
import type { Clock } from '../../main/clock';
import { databaseFileName } from '../../main/data-dir';
import { openDatabase } from '../../main/db/connection';
import { migrate } from '../../main/db/migrate';
import { insertChildren } from '../../main/services/children';
import { createCampaign, freezeCampaign } from '../../main/services/gifts/campaigns';
import { giftRoster } from '../../main/services/gifts/roster';
import { applySelection } from '../../main/services/gifts/selection';
import { saveOffice } from '../../main/services/office';
import { createUnitCatalog, type UnitsData } from '../../main/services/units';
import { adultName, childName, familyName } from '../../scripts/demo/names';
import { createRandom } from '../../scripts/demo/random';
import type { Sex } from '../../shared/codes/register';
import { formatAmount } from '../../shared/format/money';
import type { Roster } from '../../shared/gifts';
import { campaignInputSchema, selectionRulesSchema } from '../../shared/schemas/gifts';
import type { ChildCreate } from '../../shared/schemas/children';
import { startSession, stopSession, type Session } from './helpers';

// The signed roster of a Tết campaign for 2,000 children, printed to PDF in browser mode the way
// "Save as PDF" does it, and read back with pdftotext: the administrative header, every child on
// a line of their own with their date of birth and amount, the header on every page, page
// numbers from page 2, no row split across pages, the total and the number of pages.

const childCount = 2_000;
/** The campaign's gift (300.000 cash + 200.000 goods) and group a's own (550.000 + 200.000). */
const giftDefault = 500_000;
const giftGroupA = 750_000;

interface FixtureChild {
  fullName: string;
  unitId: string;
  amount: number;
}

let session: Session;
let page: Page;
let campaignId: string;
let children: FixtureChild[];
let wholeArea: Roster;
let oneUnit: { id: string; name: string; roster: Roster };

/**
 * Fictional children in three wards, most in group d, one in four in group a (which has a
 * bigger gift). Names are kept short enough for one line of the name column, addresses and
 * guardians' names for two lines of theirs, so every row is exactly one 10 mm row.
 */
function generateChildren(unitIds: readonly string[]): ChildCreate[] {
  const random = createRandom(2027);
  const list: ChildCreate[] = [];
  for (let i = 0; i < childCount; i++) {
    const sex: Sex = random.chance(0.5) ? 'male' : 'female';
    const family = familyName(random);
    let fullName = childName(random, family, sex);
    while (fullName.length > 18) fullName = childName(random, family, sex);
    const group = i % 4 === 0 ? 'a' : 'd';
    const birthDay = random.int(Date.UTC(2011, 5, 1), Date.UTC(2025, 5, 30));
    list.push({
      fullName,
      sex,
      birthDate: new Date(birthDay).toISOString().slice(0, 10),
      ethnicityList: '2008',
      ethnicityCode: '01',
      personalId: null,
      birthCertificateNo: null,
      healthInsuranceNo: null,
      // 9 in 20 in each of the first two wards, 1 in 10 in the third: its roster is short.
      unitId: unitIds[i % 20 < 9 ? 0 : i % 20 < 18 ? 1 : 2] ?? '',
      village: `Tổ dân phố ${random.int(1, 30)}`,
      addressLine: null,
      householdStatus: random.pick(['poor', 'nearPoor', 'other'] as const),
      schoolLevel: 'primary',
      schoolClass: null,
      healthNotes: null,
      disabilityNotes: null,
      guardians: [{ fullName: adultName(random, family, 'female'), relation: 'Mẹ', phone: null, personalId: null, livesWithChild: true }],
      memberships: [{ kind: 'group', code: group, subgroupCode: null, startDate: '2025-09-01', note: null }],
      notDuplicateOf: [],
    });
  }
  return list;
}

/** An office over three wards with 2,000 children, and a frozen Tết 2027 campaign for all of them. */
async function seed(dataDir: string): Promise<void> {
  const file = path.join(dataDir, databaseFileName);
  const connection = openDatabase(file);
  const { db, sqlite } = connection;
  try {
    await migrate(db, sqlite, { file });
    const units = createUnitCatalog(unitsData as UnitsData);
    const clock: Clock = { now: () => new Date('2027-01-05T03:00:00Z') };
    const wards = [...units.communes('31')].sort((a, b) => a.code.localeCompare(b.code)).slice(0, 3);
    await saveOffice(db, units, clock, {
      mode: 'office',
      provinceCode: '31',
      area: { kind: 'communes', communeCodes: wards.map((w) => w.code) },
      name: 'PHÒNG VĂN HÓA – XÃ HỘI',
      parentAgency: `UBND ${wards[0]?.name.toLocaleUpperCase('vi') ?? ''}`,
      receiver: 'Sở Y tế thành phố Hải Phòng',
      placeName: 'Hải Phòng',
      headTitle: 'TRƯỞNG PHÒNG',
      headName: 'Phạm Thị Thu Hằng',
      preparerName: 'Vũ Minh Tuấn',
    });
    const inputs = generateChildren(wards.map((w) => w.code));
    await insertChildren(db, units, clock, inputs);
    children = inputs.map((c) => ({
      fullName: c.fullName,
      unitId: c.unitId,
      amount: c.memberships[0]?.code === 'a' ? giftGroupA : giftDefault,
    }));

    const campaign = await createCampaign(
      db,
      clock,
      campaignInputSchema.parse({
        name: 'Thăm, tặng quà Tết Nguyên đán Đinh Mùi 2027',
        occasion: 'tet',
        year: 2027,
        startDate: '2027-01-25',
        endDate: '2027-02-05',
        cashPerChild: 300_000,
        goodsDescription: 'Bánh kẹo, sữa',
        goodsValuePerChild: 200_000,
        funding: [
          { kind: 'childFund', sponsorName: null, amount: 800_000_000 },
          { kind: 'sponsor', sponsorName: 'Công ty TNHH Hoa Mai', amount: 400_000_000 },
        ],
        groupRates: [{ groupCode: 'a', cash: 550_000, goodsValue: 200_000 }],
        note: null,
      }),
    );
    campaignId = campaign.id;
    await applySelection(db, units, clock, { campaignId, rules: selectionRulesSchema.parse({}) });
    await freezeCampaign(db, clock, campaignId);
    wholeArea = await giftRoster(db, units, { campaignId, unitId: null, followUp: false });
    const third = wards[2];
    if (!third) throw new Error('the province has fewer than three wards');
    oneUnit = { id: third.code, name: third.name, roster: await giftRoster(db, units, { campaignId, unitId: third.code, followUp: false }) };
  } finally {
    await connection.close();
  }
}

const mmPerPt = 25.4 / 72;
/** A4 landscape between the margins of print.css (30 mm left, 15 mm right). */
const tableLeftMm = 30;
const tableRightMm = 297 - 15;

/**
 * The printed widths of the nine columns (mm), from the first page of the PDF: each number of
 * the numbered row "(1)"…"(9)" is centred in its column and the table spans the text width, so
 * from the right margin inwards each column is twice the distance from its left edge to its number.
 */
function printedColumnWidths(file: string): number[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  const centres = Array.from({ length: 9 }, (_, index) => {
    const word = new RegExp(`<word xMin="([\\d.]+)" yMin="[\\d.]+" xMax="([\\d.]+)" yMax="[\\d.]+">\\(${index + 1}\\)</word>`).exec(html);
    if (!word) throw new Error(`no (${index + 1}) on the first page`);
    return ((Number(word[1]) + Number(word[2])) / 2) * mmPerPt;
  });
  const widths: number[] = [];
  let right = tableRightMm;
  for (const centre of centres.reverse()) {
    const width = 2 * (right - centre);
    widths.unshift(width);
    right -= width;
  }
  return widths;
}

/** Opens the roster's print page, waits until it says it is ready, and saves it as PDF; returns each page's text. */
async function printRoster(search: string): Promise<{ pages: string[]; ms: number; pageSize: string; columns: number[] }> {
  const started = performance.now();
  await page.goto(`${session.app.origin}/#/print/gift-roster?${search}`);
  await page.waitForFunction(() => document.body.dataset.printReady === 'true', undefined, { timeout: 30_000 });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const ms = performance.now() - started;
  const file = path.join(session.dataDir, 'roster.pdf');
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = text.split('\f');
  // pdftotext ends every page with a form feed.
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  expect(pages).toHaveLength(pageCount);
  return { pages, ms, pageSize: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '', columns: printedColumnWidths(file) };
}

interface PrintedRow {
  page: number;
  number: number;
  name: string;
  birthDate: string;
  sex: string;
  amount: string;
}

/**
 * A row's middle line: cells are centred vertically, so the line that carries the number also
 * carries the one-line cells — name, date of birth, sex and amount (the last text on the line:
 * the "Ký nhận" cell is empty). Two-line cells (address, circumstance) straddle it.
 */
const rowLine = /^\s*(\d{1,4})\s+(\S.*?)\s+(\d{2}\/\d{2}\/\d{4})\s+(Nam|Nữ)\s.*?\s(\d{1,3}(?:\.\d{3})+)\s*$/u;

function printedRows(pages: readonly string[]): PrintedRow[] {
  return pages.flatMap((text, index) =>
    text.split('\n').flatMap((line) => {
      const match = rowLine.exec(line);
      if (!match) return [];
      const [, number = '', name = '', birthDate = '', sex = '', amount = ''] = match;
      return [{ page: index + 1, number: Number(number), name, birthDate, sex, amount }];
    }),
  );
}

const displayDate = (iso: string) => iso.split('-').reverse().join('/');
const sorted = (names: readonly string[]) => [...names].sort();

beforeAll(async () => {
  session = await startSession({ prefix: 'bt-e2e-roster-', prepare: seed });
  page = session.page;
  await page.goto(session.app.url);
});

afterAll(() => stopSession(session));

describe('the signed roster as a PDF (browser mode)', () => {
  it('prints 2,000 children on A4 landscape pages, each row whole, with the header on every page and the right total', async () => {
    const { pages, ms, pageSize, columns } = await printRoster(`campaign=${encodeURIComponent(campaignId)}`);
    console.log(`Roster PDF of ${childCount} children: ${pages.length} pages in ${Math.round(ms)} ms (navigate → page.pdf done).`);
    // A4 landscape: 297 × 210 mm = 841.9 × 595.3 pt.
    const [width = 0, height = 0] = pageSize.split(' x ').map((part) => Number.parseFloat(part));
    expect(Math.abs(width - 841.9)).toBeLessThan(1);
    expect(Math.abs(height - 595.3)).toBeLessThan(1);

    // "Ký nhận" (9) is wide and empty: the widest column by a margin, 45–50 mm of the 252.
    console.log(`Roster columns (mm): ${columns.map((width) => width.toFixed(1)).join(', ')}.`);
    const widths = columns.map((width) => Math.round(width * 10) / 10);
    expect(Math.abs(widths.reduce((sum, width) => sum + width, 0) - (tableRightMm - tableLeftMm))).toBeLessThan(1.5);
    const signature = widths[8] ?? 0;
    expect(signature).toBeGreaterThanOrEqual(45);
    expect(signature).toBeLessThanOrEqual(50);
    expect(signature - Math.max(...widths.slice(0, 8))).toBeGreaterThanOrEqual(4);

    const first = pages[0] ?? '';
    for (const line of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'UBND PHƯỜNG THÀNH ĐÔNG',
      'PHÒNG VĂN HÓA – XÃ HỘI',
      'DANH SÁCH TRẺ EM NHẬN QUÀ TẾT NGUYÊN ĐÁN NĂM 2027',
      'Thăm, tặng quà Tết Nguyên đán Đinh Mùi 2027',
      'Địa bàn: tất cả các xã, phường',
    ]) {
      expect(first).toContain(line);
    }

    // Every child once, in order, each on the line of their number with their date and amount.
    const rows = printedRows(pages);
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: childCount }, (_, i) => i + 1));
    expect(sorted(rows.map((r) => r.name))).toEqual(sorted(children.map((c) => c.fullName)));
    expect(wholeArea.rows).toHaveLength(childCount);
    const mismatched = rows.filter((printed) => {
      const row = wholeArea.rows[printed.number - 1];
      return (
        !row ||
        printed.name !== row.fullName ||
        printed.birthDate !== displayDate(row.birthDate) ||
        printed.sex !== (row.sex === 'male' ? 'Nam' : 'Nữ') ||
        printed.amount !== formatAmount(row.amount)
      );
    });
    expect(mismatched.map((r) => r.number)).toEqual([]);

    // The header of the table on every page; page numbers at the top from page 2.
    pages.forEach((text, index) => {
      const pageNo = index + 1;
      const hasRows = rows.some((r) => r.page === pageNo) || text.includes('Tổng cộng');
      if (hasRows) {
        for (const heading of ['STT', 'Họ và tên', 'Ngày sinh', 'Địa chỉ', 'Hoàn cảnh', 'Người nhận thay', 'Ký nhận']) {
          expect(text, `page ${pageNo}`).toContain(heading);
        }
        expect(text, `page ${pageNo}`).toMatch(/\(1\)\s+\(2\)\s+\(3\)\s+\(4\)\s+\(5\)\s+\(6\)\s+\(7\)\s+\(8\)\s+\(9\)/);
      }
      const lines = text.split('\n').filter((line) => line.trim() !== '');
      if (pageNo === 1) expect(lines.filter((line) => /^\s*\d+\s*$/.test(line))).toEqual([]);
      else expect(lines[0]?.trim(), `page ${pageNo}`).toBe(String(pageNo));
    });

    // The total: 500 children of group a at 750.000, 1,500 others at 500.000.
    const total = children.reduce((sum, c) => sum + c.amount, 0);
    expect(total).toBe(1_125_000_000);
    const last = pages[pages.length - 1] ?? '';
    const all = pages.join('\n');
    expect(all).toMatch(/Tổng cộng\s+1\.125\.000\.000/);
    expect(last).toContain('Bằng chữ: Một tỷ một trăm hai mươi lăm triệu đồng chẵn.');
    for (const signer of ['NGƯỜI LẬP BIỂU', 'KẾ TOÁN', 'TRƯỞNG PHÒNG', 'Vũ Minh Tuấn', 'Phạm Thị Thu Hằng']) expect(last).toContain(signer);

    // The number of pages. Rows are 10 mm, the "Tổng cộng" row too; A4 landscape leaves 170 mm
    // between the 20 mm margins. A later page holds the repeated header (8–25 mm) and then rows;
    // the first page also holds the administrative header and the title (40–80 mm together).
    // A whole-area roster heads each ward's children with a row of its own (10 mm too).
    const headings = pages.map((text) => text.split('\n').filter((line) => /^\s*(Phường|Xã|Đặc khu) [^\d]+$/.test(line)).length);
    expect(headings.reduce((sum, n) => sum + n, 0)).toBe(3);
    const counts = pages.map((_, index) => rows.filter((r) => r.page === index + 1).length + (headings[index] ?? 0));
    const totalPage = pages.findIndex((text) => text.includes('Tổng cộng')) + 1;
    const firstRows = counts[0] ?? 0;
    const perPage = counts[1] ?? 0;
    expect(firstRows).toBeGreaterThanOrEqual(Math.floor((170 - 80 - 25) / 10));
    expect(firstRows).toBeLessThanOrEqual(Math.floor((170 - 40 - 8) / 10));
    expect(perPage).toBeGreaterThanOrEqual(Math.floor((170 - 25) / 10));
    expect(perPage).toBeLessThanOrEqual(Math.floor((170 - 8) / 10));
    const tableRows = childCount + 3 + 1;
    const tablePages = 1 + Math.ceil((tableRows - firstRows) / perPage);
    expect(totalPage).toBe(tablePages);
    // Every page between the first and the one with the total is full.
    expect(counts.slice(1, tablePages - 1).filter((n) => n !== perPage)).toEqual([]);
    const lastRows = tableRows - firstRows - (tablePages - 2) * perPage;
    expect(counts[tablePages - 1]).toBe(lastRows - 1);
    // The words and the signatures (about 55 mm, kept together) follow the total on its page
    // when at least 6 rows' height is left there, and go to a page of their own when at most 4
    // is (with 5 left, either may happen).
    expect([tablePages, tablePages + 1]).toContain(pages.length);
    const closingAlone = pages.length === tablePages + 1;
    if (closingAlone) expect(perPage - lastRows).toBeLessThanOrEqual(5);
    else expect(perPage - lastRows).toBeGreaterThanOrEqual(5);
    expect(pages.length).toBeGreaterThanOrEqual(1 + Math.ceil((tableRows - 12) / 16));
    expect(pages.length).toBeLessThanOrEqual(2 + Math.ceil((tableRows - 6) / 14));
  });

  it('prints one ward’s roster with only its children', async () => {
    const { pages } = await printRoster(`campaign=${encodeURIComponent(campaignId)}&unit=${oneUnit.id}`);
    const expected = children.filter((c) => c.unitId === oneUnit.id);
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.length).toBeLessThan(childCount / 5);
    expect(pages[0]).toContain(`Địa bàn: ${oneUnit.name}`);

    const rows = printedRows(pages);
    expect(rows.map((r) => r.number)).toEqual(expected.map((_, i) => i + 1));
    expect(sorted(rows.map((r) => r.name))).toEqual(sorted(expected.map((c) => c.fullName)));
    expect(oneUnit.roster.rows.map((r) => r.fullName)).toEqual(rows.map((r) => r.name));
    const total = expected.reduce((sum, c) => sum + c.amount, 0);
    expect(pages.join('\n')).toMatch(new RegExp(`Tổng cộng\\s+${formatAmount(total).replace(/\./g, '\\.')}`));
  });
});
