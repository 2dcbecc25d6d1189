import type SQLite from 'better-sqlite3';
import type ExcelJS from 'exceljs';
import { periodDocumentName, type ExchangePeriod, type ExchangeTableName } from '../../../../shared/codes/exchange';
import { groupCodes, legalGroups } from '../../../../shared/codes/groups';
import { formatDate, formatDateTime, toIsoDate } from '../../../../shared/format/date';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import { borderRow, columnLetter, merged, put, setUpPrint } from '../../documents/sheet';
import { reportSheet, titleRow } from '../../documents/workbook-parts';
import type { ExchangeIncludes } from '../tables';

/**
 * The package's human-readable part (summary.xlsx): what was sent, and counts a person at the
 * province can hold against their own figures. Counts only: no child's name or number.
 */

/** The tables as the summary names them (the same words as exchange.tables in the locales). */
export const exchangeTableDocumentNames: Record<ExchangeTableName, string> = {
  circumstance_option: 'Danh mục hoàn cảnh',
  child: 'Trẻ em',
  guardian: 'Người chăm sóc',
  membership: 'Nhóm hoàn cảnh theo thời gian',
  visit: 'Thăm hỏi định kỳ',
  gift_campaign: 'Đợt tặng quà',
  gift_funding: 'Nguồn kinh phí quà',
  gift_group_rate: 'Mức quà theo nhóm',
  gift_recipient: 'Trẻ được tặng quà',
  fund_donor: 'Nhà tài trợ',
  fund_receipt: 'Phiếu thu quỹ',
  fund_support: 'Hồ sơ hỗ trợ từ quỹ',
  fund_support_event: 'Diễn biến hồ sơ hỗ trợ',
  fund_posting: 'Bút toán quỹ',
  fund_entry: 'Dòng bút toán quỹ',
  fund_period_close: 'Kỳ quỹ đã khóa',
  model_type: 'Loại mô hình',
  model_rollout: 'Triển khai mô hình',
  model_target: 'Chỉ tiêu mô hình',
  safe_home_criterion: 'Tiêu chí ngôi nhà an toàn',
  safe_home_assessment: 'Đánh giá ngôi nhà an toàn',
  safe_home_child: 'Trẻ trong ngôi nhà an toàn',
  child_friendly_criterion: 'Tiêu chí xã phù hợp với trẻ em',
  child_friendly_score: 'Chấm điểm xã phù hợp với trẻ em',
  flood_point: 'Điểm giữ trẻ mùa lũ',
};

/** Children of one unit at the period's end. */
export interface UnitChildren {
  unitId: string;
  /** In at least one legal group. */
  total: number;
  /** Per group code; a child in two groups counts in both. */
  byGroup: Record<string, number>;
  /**
   * On the at-risk list at the day, whether or not also in a group: as the province report's
   * "Có nguy cơ" and the office's review report's at-risk row count (not part of `total`).
   */
  atRisk: number;
}

/** Open on `day`: started on or before it, not ended by it (end_date is the first day out). */
const openOn = 'm.start_date <= @day and (m.end_date is null or m.end_date > @day)';

/** Per unit (the child's unit on the record), in unit id order. */
export function childrenByUnit(sqlite: SQLite.Database, day: string): UnitChildren[] {
  const units = new Map<string, UnitChildren>();
  const unit = (unitId: string): UnitChildren => {
    let found = units.get(unitId);
    if (!found) units.set(unitId, (found = { unitId, total: 0, byGroup: {}, atRisk: 0 }));
    return found;
  };
  const perGroup = sqlite
    .prepare(
      `select c.unit_id as unitId, m.code as code, count(distinct c.id) as n from membership m join child c on c.id = m.child_id
       where m.kind = 'group' and ${openOn} group by c.unit_id, m.code`,
    )
    .all({ day }) as { unitId: string; code: string; n: number }[];
  for (const row of perGroup) unit(row.unitId).byGroup[row.code] = row.n;
  const totals = sqlite
    .prepare(
      `select c.unit_id as unitId, count(distinct c.id) as n from membership m join child c on c.id = m.child_id
       where m.kind = 'group' and ${openOn} group by c.unit_id`,
    )
    .all({ day }) as { unitId: string; n: number }[];
  for (const row of totals) unit(row.unitId).total = row.n;
  const atRisk = sqlite
    .prepare(
      `select c.unit_id as unitId, count(distinct c.id) as n from membership m join child c on c.id = m.child_id
       where m.kind = 'atRisk' and ${openOn}
       group by c.unit_id`,
    )
    .all({ day }) as { unitId: string; n: number }[];
  for (const row of atRisk) unit(row.unitId).atRisk = row.n;
  return [...units.values()].sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}

export interface SummaryInput {
  office: OfficeProfile;
  officeCode: string;
  period: ExchangePeriod;
  from: string;
  to: string;
  sequence: number;
  replacesSequence: number | null;
  createdAt: string;
  appVersion: string;
  includes: ExchangeIncludes;
  tables: readonly { name: ExchangeTableName; rows: number }[];
  children: readonly UnitChildren[];
  /** The office's units in the order it lists them; units of children not listed follow. */
  units: readonly { id: string; name: string }[];
  unitName: (unitId: string) => string | undefined;
}

const yesNo = (value: boolean): string => (value ? 'Có' : 'Không');

function aboutSheet(input: SummaryInput): ExcelJS.Workbook {
  const title = 'TÓM TẮT GÓI SỐ LIỆU GỬI CẤP TỈNH';
  const { workbook, sheet } = reportSheet(input.office, toIsoDate(new Date(input.createdAt)), title, {
    sheetName: 'Tóm tắt',
    widths: [7, 44, 30, 12],
    orientation: 'portrait',
    titleRows: { first: 1, last: 1 },
    header: { left: 'A:B', right: 'C:D', numberLine: null },
  });
  titleRow(sheet, 'D', title, 24);
  merged(sheet, 'A7:D7', `${periodDocumentName(input.period)} (từ ngày ${formatDate(input.from)} đến ngày ${formatDate(input.to)})`, { italic: true });

  const facts: [string, string | number][] = [
    ['Đơn vị gửi', input.office.name],
    ['Cơ quan chủ quản', input.office.parentAgency],
    ['Mã đơn vị', input.officeCode],
    ['Nơi nhận', input.office.receiver],
    ['Số thứ tự lần gửi', input.replacesSequence === null ? input.sequence : `${input.sequence} (thay thế lần gửi số ${input.replacesSequence})`],
    ['Thời điểm lập', formatDateTime(input.createdAt)],
    ['Phiên bản phần mềm', input.appVersion],
    ['Có gửi số định danh, giấy khai sinh, thẻ BHYT', yesNo(input.includes.personalIds)],
    ['Có gửi số điện thoại người chăm sóc', yesNo(input.includes.guardianPhones)],
  ];
  let row = 9;
  for (const [label, value] of facts) {
    put(sheet, `B${row}`, label, { align: 'left' });
    merged(sheet, `C${row}:D${row}`, String(value), { bold: true, align: 'left', wrap: true });
    row += 1;
  }

  row += 1;
  merged(sheet, `A${row}:D${row}`, 'SỐ DÒNG DỮ LIỆU THEO BẢNG', { bold: true });
  row += 1;
  ['STT', 'Bảng dữ liệu', 'Số dòng'].forEach((text, index) => put(sheet, `${columnLetter(index + 1)}${row}`, text, { bold: true, wrap: true }));
  borderRow(sheet, row, 3);
  input.tables.forEach((table, index) => {
    row += 1;
    put(sheet, `A${row}`, index + 1);
    put(sheet, `B${row}`, exchangeTableDocumentNames[table.name], { align: 'left' });
    put(sheet, `C${row}`, table.rows, { align: 'right' }).numFmt = '#,##0';
    borderRow(sheet, row, 3);
  });
  row += 1;
  put(sheet, `B${row}`, 'Tổng cộng', { bold: true });
  put(sheet, `C${row}`, input.tables.reduce((sum, table) => sum + table.rows, 0), { bold: true, align: 'right' }).numFmt = '#,##0';
  borderRow(sheet, row, 3);
  return workbook;
}

/** Units in the office's order, then any other unit a child names (e.g. one left out of the area since). */
function orderedUnits(input: SummaryInput): { id: string; name: string }[] {
  const listed = new Set(input.units.map((unit) => unit.id));
  const others = input.children
    .filter((unit) => !listed.has(unit.unitId))
    .map((unit) => ({ id: unit.unitId, name: input.unitName(unit.unitId) ?? unit.unitId }));
  return [...input.units, ...others];
}

export const childrenSheetName = 'Trẻ em theo đơn vị';

function childrenSheet(workbook: ExcelJS.Workbook, input: SummaryInput): void {
  const columns = 3 + groupCodes.length + 1;
  const last = columnLetter(columns);
  const sheet = workbook.addWorksheet(childrenSheetName);
  setUpPrint(sheet, { widths: [6, 28, 9, ...groupCodes.map(() => 5), 9], orientation: 'landscape', titleRows: { first: 4, last: 4 } });
  merged(sheet, `A1:${last}1`, `SỐ TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT ĐẾN NGÀY ${formatDate(input.to)}, THEO ĐƠN VỊ VÀ NHÓM`, { bold: true, wrap: true });
  sheet.getRow(1).height = 36;
  merged(
    sheet,
    `A2:${last}2`,
    'Nhóm a–o: Điều 10 khoản 1 Luật Trẻ em 2016; một trẻ thuộc nhiều nhóm được đếm ở mỗi nhóm, một lần ở cột Tổng số. Có nguy cơ: trẻ có tên trong danh sách có nguy cơ đến ngày này, kể cả trẻ đã thuộc một nhóm (như báo cáo toàn tỉnh và báo cáo tổng hợp); không cộng vào cột Tổng số.',
    { italic: true, wrap: true, size: 10 },
  );
  sheet.getRow(2).height = 30;
  const header = ['STT', 'Đơn vị', 'Tổng số', ...legalGroups.map((group) => group.letter), 'Có nguy cơ'];
  header.forEach((text, index) => put(sheet, `${columnLetter(index + 1)}4`, text, { bold: true, wrap: true }));
  borderRow(sheet, 4, columns);

  const byUnit = new Map(input.children.map((unit) => [unit.unitId, unit]));
  const totals: number[] = Array.from({ length: columns - 2 }, () => 0);
  let row = 4;
  orderedUnits(input).forEach((unit, index) => {
    row += 1;
    const counts = byUnit.get(unit.id);
    const values = [counts?.total ?? 0, ...groupCodes.map((code) => counts?.byGroup[code] ?? 0), counts?.atRisk ?? 0];
    put(sheet, `A${row}`, index + 1);
    put(sheet, `B${row}`, unit.name, { align: 'left', wrap: true });
    values.forEach((value, at) => {
      put(sheet, `${columnLetter(3 + at)}${row}`, value, { align: 'right' });
      totals[at] = (totals[at] ?? 0) + value;
    });
    borderRow(sheet, row, columns);
  });
  row += 1;
  put(sheet, `B${row}`, 'Tổng cộng', { bold: true });
  totals.forEach((value, at) => put(sheet, `${columnLetter(3 + at)}${row}`, value, { bold: true, align: 'right' }));
  borderRow(sheet, row, columns);
}

/** summary.xlsx as bytes. */
export async function summaryWorkbook(input: SummaryInput): Promise<Uint8Array> {
  const workbook = aboutSheet(input);
  childrenSheet(workbook, input);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
