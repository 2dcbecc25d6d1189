import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeTableNames } from '../../../../shared/codes/exchange';
import { groupCodes } from '../../../../shared/codes/groups';
import { formatDateTime } from '../../../../shared/format/date';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import { officeDataContext, type OfficeDataContext } from '../../../../tests/fixtures/office-data';
import { allText, rowValues } from '../../../../tests/fixtures/workbook';
import { getOffice, officeUnits } from '../../office';
import { reviewReport } from '../../review/report';
import { exportRows } from './export-rows';
import { childrenByUnit, childrenSheetName, exchangeTableDocumentNames, summaryWorkbook, type SummaryInput, type UnitChildren } from './export-summary';

let t: OfficeDataContext;
let office: OfficeProfile;
beforeAll(async () => {
  t = await officeDataContext({ children: 400, seed: 31 });
  const saved = await getOffice(t.ctx.db);
  if (!saved) throw new Error('no office');
  office = saved;
});
afterAll(() => t.close());

/** The same counts, worked out in plain code from every membership. */
function expectedCounts(day: string): Map<string, UnitChildren> {
  const rows = t.ctx.sqlite
    .prepare('select m.child_id as childId, m.kind, m.code, m.start_date as start, m.end_date as end, c.unit_id as unitId from membership m join child c on c.id = m.child_id')
    .all() as { childId: string; kind: string; code: string; start: string; end: string | null; unitId: string }[];
  const open = rows.filter((row) => row.start <= day && (row.end === null || row.end > day));
  const units = new Map<string, { groups: Map<string, Set<string>>; all: Set<string>; atRisk: Set<string> }>();
  for (const row of open) {
    const unit = units.get(row.unitId) ?? { groups: new Map(), all: new Set(), atRisk: new Set() };
    units.set(row.unitId, unit);
    if (row.kind === 'group') {
      unit.all.add(row.childId);
      unit.groups.set(row.code, (unit.groups.get(row.code) ?? new Set()).add(row.childId));
    } else unit.atRisk.add(row.childId);
  }
  return new Map(
    [...units].map(([unitId, unit]) => [
      unitId,
      { unitId, total: unit.all.size, atRisk: unit.atRisk.size, byGroup: Object.fromEntries([...unit.groups].map(([code, set]) => [code, set.size])) },
    ]),
  );
}

async function summaryFor(to: string): Promise<{ workbook: ExcelJS.Workbook; input: SummaryInput }> {
  const tables = exportRows(t.ctx.sqlite, { personalIds: false, guardianPhones: false });
  const input: SummaryInput = {
    office,
    officeCode: 'HP-NQ',
    period: { kind: 'quarter', year: 2026, number: 4 },
    from: '2026-10-01',
    to,
    sequence: 4,
    replacesSequence: 2,
    createdAt: '2026-11-22T08:00:00.000Z',
    appVersion: '1.2.3',
    includes: { personalIds: false, guardianPhones: true },
    tables,
    children: childrenByUnit(t.ctx.sqlite, to),
    units: await officeUnits(t.ctx.db, t.ctx.units),
    unitName: (id) => t.ctx.units.unitName(id),
  };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await summaryWorkbook(input)) as never);
  return { workbook, input };
}

const sheetNamed = (workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

/** The row whose column B reads `label`. */
function rowWith(sheet: ExcelJS.Worksheet, label: string): number {
  let found = 0;
  sheet.eachRow((row, number) => {
    if (found === 0 && row.getCell(2).value === label) found = number;
  });
  if (found === 0) throw new Error(`no row ${label}`);
  return found;
}

describe('childrenByUnit', () => {
  it('counts “Có nguy cơ” as the province report and the review report do: every child on the at-risk list at the day, in a group or not', async () => {
    // A child in a group today who is also on the at-risk list: the case where the meanings differ.
    const inGroup = t.ctx.sqlite
      .prepare(`select child_id as id from membership where kind = 'group' and end_date is null and child_id not in (select child_id from membership where kind = 'atRisk') limit 1`)
      .get() as { id: string };
    t.ctx.sqlite
      .prepare(`insert into membership (id, office_id, child_id, kind, code, start_date, created_at, updated_at)
                values ('m-both', ?, ?, 'atRisk', 'r3', '2025-02-01', '2025-02-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z')`)
      .run(t.data.officeId, inGroup.id);
    for (const period of [
      { from: '2026-10-01', to: '2026-12-31' },
      { from: '2025-01-01', to: '2025-06-30' },
    ]) {
      const review = await reviewReport(t.ctx.db, t.ctx.units, period);
      const reviewAtRisk = review.byGroup.find((row) => row.key === 'atRisk')?.counts.end;
      const summaryAtRisk = childrenByUnit(t.ctx.sqlite, period.to).reduce((sum, unit) => sum + unit.atRisk, 0);
      expect(summaryAtRisk, period.to).toBe(reviewAtRisk);
      expect(summaryAtRisk, period.to).toBeGreaterThan(0);
    }
  });

  it('counts children in each legal group per unit at the period’s end, once in the total, and those on the at-risk list', () => {
    for (const day of ['2026-12-31', '2026-03-31', '2025-06-30']) {
      const counted = new Map(childrenByUnit(t.ctx.sqlite, day).map((unit) => [unit.unitId, unit]));
      expect(counted, day).toEqual(expectedCounts(day));
    }
    const total = (day: string) => childrenByUnit(t.ctx.sqlite, day).reduce((sum, unit) => sum + unit.total, 0);
    expect(total('2026-12-31')).toBeGreaterThan(100);
    expect(total('2026-12-31')).not.toBe(total('2026-03-31'));
  });
});

describe('summaryWorkbook', () => {
  it('states the office, period, sequence, time, what personal data is included and the rows of every table', async () => {
    const { workbook, input } = await summaryFor('2026-12-31');
    const sheet = sheetNamed(workbook, 'Tóm tắt');
    const value = (label: string) => sheet.getRow(rowWith(sheet, label)).getCell(3).value;
    expect(value('Đơn vị gửi')).toBe(office.name);
    expect(value('Mã đơn vị')).toBe('HP-NQ');
    expect(value('Số thứ tự lần gửi')).toBe('4 (thay thế lần gửi số 2)');
    expect(value('Thời điểm lập')).toBe(formatDateTime('2026-11-22T08:00:00.000Z'));
    expect(value('Có gửi số định danh, giấy khai sinh, thẻ BHYT')).toBe('Không');
    expect(value('Có gửi số điện thoại người chăm sóc')).toBe('Có');
    expect(allText(sheet)).toContain('Quý IV/2026 (từ ngày 01/10/2026 đến ngày 31/12/2026)');
    for (const table of input.tables) expect(value(exchangeTableDocumentNames[table.name]), table.name).toBe(table.rows);
    expect(value('Trẻ em')).toBe(400);
    expect(value('Tổng cộng')).toBe(input.tables.reduce((sum, table) => sum + table.rows, 0));
  });

  it('shows children per unit and legal group, the office’s units first, with a total row', async () => {
    const { workbook } = await summaryFor('2026-12-31');
    const sheet = sheetNamed(workbook, childrenSheetName);
    expect(allText(sheet)).toContain('Có nguy cơ: trẻ có tên trong danh sách có nguy cơ đến ngày này, kể cả trẻ đã thuộc một nhóm');
    expect(rowValues(sheet, 4, 18)).toEqual(['STT', 'Đơn vị', 'Tổng số', 'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'Có nguy cơ']);
    const expected = expectedCounts('2026-12-31');
    const units = await officeUnits(t.ctx.db, t.ctx.units);
    units.forEach((unit, index) => {
      const counts = expected.get(unit.id);
      expect(rowValues(sheet, 5 + index, 18), unit.name).toEqual([
        index + 1,
        unit.name,
        counts?.total ?? 0,
        ...groupCodes.map((code) => counts?.byGroup[code] ?? 0),
        counts?.atRisk ?? 0,
      ]);
    });
    const totalRow = rowValues(sheet, 5 + units.length, 18);
    expect(totalRow[1]).toBe('Tổng cộng');
    expect(totalRow[2]).toBe([...expected.values()].reduce((sum, unit) => sum + unit.total, 0));
    expect(totalRow[17]).toBe([...expected.values()].reduce((sum, unit) => sum + unit.atRisk, 0));
  });

  it('holds no child’s or guardian’s name or number', async () => {
    const { workbook } = await summaryFor('2026-12-31');
    const text = workbook.worksheets.map(allText).join('\n');
    const people = t.ctx.sqlite
      .prepare(`select full_name as name, personal_id as id from child union all select full_name, coalesce(phone, personal_id) from guardian`)
      .all() as { name: string; id: string | null }[];
    expect(people.length).toBeGreaterThan(400);
    for (const person of people) {
      expect(text).not.toContain(person.name);
      if (person.id) expect(text).not.toContain(person.id);
    }
  });

  it('names the tables as the screens do (exchange.tables in the locale)', () => {
    const vi = JSON.parse(readFileSync('renderer/src/i18n/locales/vi.json', 'utf8')) as { exchange: { tables: Record<string, string> } };
    expect(Object.keys(exchangeTableDocumentNames)).toEqual([...exchangeTableNames]);
    for (const table of exchangeTableNames) expect(exchangeTableDocumentNames[table], table).toBe(vi.exchange.tables[table]);
  });
});
