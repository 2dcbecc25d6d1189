import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { legalGroups } from '../../../shared/codes/groups';
import { membershipEndReasons } from '../../../shared/codes/register';
import { formatDate, formatPlaceAndDate } from '../../../shared/format/date';
import type { FileOutput, ReviewCounts, ReviewReport, ReviewRow } from '../../../shared/register';
import type { OfficeProfile } from '../../../shared/schemas/office';
import type { Database } from '../../db/schema';
import type { UnitCatalog } from '../units';
import { atRiskKey } from './facts';
import { documentTitle, endReasonLabels } from './labels';
import { reviewReport } from './report';
import type { Period } from './stays';

/**
 * The review report as an .xlsx ready to print in the administrative format (Nghị định
 * 30/2020/NĐ-CP, DOMAIN.md §9): one sheet per table (by group, by commune) so that each
 * sheet repeats its own table header on every printed page.
 */

const font = 'Times New Roman';
const mm = (value: number): number => value / 25.4;
const columnCount = 12; // STT, label, start, increases, decreases (total + 6 reasons), end
const lastColumn = 'L';
const headerRows = { first: 9, second: 10, numbers: 11 };

type Style = { bold?: boolean; italic?: boolean; size?: number; align?: 'left' | 'center' | 'right'; wrap?: boolean };

function put(sheet: ExcelJS.Worksheet, address: string, value: string | number, style: Style = {}): ExcelJS.Cell {
  const cell = sheet.getCell(address);
  cell.value = value;
  cell.font = { name: font, size: style.size ?? 12, bold: style.bold ?? false, italic: style.italic ?? false };
  cell.alignment = { horizontal: style.align ?? 'center', vertical: 'middle', wrapText: style.wrap ?? false };
  return cell;
}

function merged(sheet: ExcelJS.Worksheet, range: string, value: string, style: Style = {}): void {
  sheet.mergeCells(range);
  put(sheet, range.split(':')[0] ?? range, value, style);
}

const thin = { style: 'thin' } as const;
const box = { top: thin, left: thin, bottom: thin, right: thin };

function boxRow(sheet: ExcelJS.Worksheet, rowNumber: number): void {
  for (let column = 1; column <= columnCount; column++) sheet.getRow(rowNumber).getCell(column).border = box;
}

/** Left: parent agency and office, a short rule, "Số:". Right: the national motto, a rule, place and date. */
function administrativeHeader(sheet: ExcelJS.Worksheet, office: OfficeProfile, today: string): void {
  merged(sheet, 'A1:C1', office.parentAgency.toLocaleUpperCase('vi'));
  merged(sheet, 'E1:L1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true });
  merged(sheet, 'A2:C2', office.name.toLocaleUpperCase('vi'), { bold: true });
  merged(sheet, 'E2:L2', 'Độc lập - Tự do - Hạnh phúc', { bold: true });
  merged(sheet, 'A3:C3', '────────', { size: 8 });
  merged(sheet, 'E3:L3', '──────────────────', { size: 8 });
  merged(sheet, 'A4:C4', 'Số:        /BC');
  merged(sheet, 'E4:L4', formatPlaceAndDate(office.placeName, today), { italic: true });
}

function periodLine(period: Period): string {
  return `Từ ngày ${formatDate(period.from)} đến ngày ${formatDate(period.to)}`;
}

function tableHeader(sheet: ExcelJS.Worksheet, labelHeader: string): void {
  const { first, second, numbers } = headerRows;
  const bold = { bold: true, wrap: true };
  merged(sheet, `A${first}:A${second}`, 'STT', bold);
  merged(sheet, `B${first}:B${second}`, labelHeader, bold);
  merged(sheet, `C${first}:C${second}`, 'Đầu kỳ', bold);
  merged(sheet, `D${first}:D${second}`, 'Tăng trong kỳ', bold);
  merged(sheet, `E${first}:K${first}`, 'Giảm trong kỳ', bold);
  put(sheet, `E${second}`, 'Tổng số', bold);
  membershipEndReasons.forEach((reason, index) => put(sheet, `${String.fromCharCode(70 + index)}${second}`, endReasonLabels[reason], bold));
  merged(sheet, `L${first}:L${second}`, 'Cuối kỳ', bold);
  for (let column = 1; column <= columnCount; column++) put(sheet, `${String.fromCharCode(64 + column)}${numbers}`, `(${column})`, { italic: true });
  sheet.getRow(second).height = 48;
  for (const row of [first, second, numbers]) boxRow(sheet, row);
}

function countCells(counts: ReviewCounts): number[] {
  return [counts.start, counts.increases, counts.decreases, ...membershipEndReasons.map((r) => counts.decreasesByReason[r]), counts.end];
}

function bodyRow(sheet: ExcelJS.Worksheet, rowNumber: number, number: string, label: string, counts: ReviewCounts, bold = false): void {
  put(sheet, `A${rowNumber}`, number, { bold });
  put(sheet, `B${rowNumber}`, label, { bold, align: 'left', wrap: true });
  countCells(counts).forEach((value, index) => {
    const cell = put(sheet, `${String.fromCharCode(67 + index)}${rowNumber}`, value, { bold });
    cell.numFmt = '#,##0';
  });
  boxRow(sheet, rowNumber);
}

function totalRow(sheet: ExcelJS.Worksheet, rowNumber: number, counts: ReviewCounts): void {
  bodyRow(sheet, rowNumber, '', '', counts, true);
  sheet.mergeCells(`A${rowNumber}:B${rowNumber}`);
  put(sheet, `A${rowNumber}`, 'Tổng cộng', { bold: true });
}

/** "NGƯỜI LẬP BIỂU" left and the head of office right, each with room to sign and the name. */
function signatures(sheet: ExcelJS.Worksheet, top: number, office: OfficeProfile): void {
  merged(sheet, `A${top}:C${top}`, 'NGƯỜI LẬP BIỂU', { bold: true });
  merged(sheet, `H${top}:L${top}`, office.headTitle.toLocaleUpperCase('vi'), { bold: true });
  merged(sheet, `A${top + 1}:C${top + 1}`, '(Ký, ghi rõ họ tên)', { italic: true });
  merged(sheet, `H${top + 1}:L${top + 1}`, '(Ký, ghi rõ họ tên)', { italic: true });
  merged(sheet, `A${top + 6}:C${top + 6}`, office.preparerName, { bold: true });
  merged(sheet, `H${top + 6}:L${top + 6}`, office.headName, { bold: true });
}

function setUpPage(sheet: ExcelJS.Worksheet): void {
  sheet.columns = [6, 44, 9, 9, 9, 11, 9, 11, 11, 9, 9, 9].map((width) => ({ width }));
  sheet.pageSetup = {
    paperSize: 9 as ExcelJS.PaperSize, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(8), footer: mm(8) },
    printTitlesRow: `${headerRows.first}:${headerRows.numbers}`,
  };
  // Page numbers centred at the top, not on the first page.
  sheet.headerFooter = { differentFirst: true, oddHeader: `&C&"${font},Regular"&12&P`, firstHeader: '' };
  sheet.views = [{ state: 'frozen', ySplit: headerRows.numbers, showGridLines: false }];
}

function reportSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  section: string,
  labelHeader: string,
  rows: { number: string; row: ReviewRow }[],
  report: ReviewReport,
  office: OfficeProfile,
  today: string,
  note: string | null,
): void {
  const sheet = workbook.addWorksheet(name);
  setUpPage(sheet);
  administrativeHeader(sheet, office, today);
  merged(sheet, `A6:${lastColumn}6`, documentTitle, { bold: true, size: 14 });
  merged(sheet, `A7:${lastColumn}7`, periodLine(report), { italic: true });
  merged(sheet, `A8:${lastColumn}8`, section, { bold: true, align: 'left' });
  tableHeader(sheet, labelHeader);
  let rowNumber = headerRows.numbers + 1;
  for (const { number, row } of rows) bodyRow(sheet, rowNumber++, number, row.label, row.counts);
  totalRow(sheet, rowNumber++, report.total);
  if (note) {
    merged(sheet, `A${rowNumber}:${lastColumn}${rowNumber}`, note, { italic: true, align: 'left', wrap: true, size: 11 });
    sheet.getRow(rowNumber).height = 30;
    rowNumber++;
  }
  signatures(sheet, rowNumber + 1, office);
}

export const workbookMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Builds the workbook of the review report for the period; `today` dates the document. */
export async function reviewWorkbook(
  db: Kysely<Database>,
  units: UnitCatalog,
  office: OfficeProfile,
  period: Period,
  today: string,
): Promise<FileOutput> {
  const report = await reviewReport(db, units, period);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = office.name;
  workbook.title = documentTitle;

  const letters = new Map(legalGroups.map((g) => [g.code as string, g.letter]));
  reportSheet(
    workbook,
    'Theo nhóm đối tượng',
    'I. Theo nhóm trẻ em có hoàn cảnh đặc biệt',
    'Nhóm đối tượng',
    report.byGroup.map((row) => ({ number: row.key === atRiskKey ? '' : (letters.get(row.key) ?? ''), row })),
    report,
    office,
    today,
    'Ghi chú: Một trẻ em có thể thuộc nhiều nhóm; dòng Tổng cộng tính mỗi trẻ em một lần và không gồm trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt.',
  );
  reportSheet(
    workbook,
    'Theo xã, phường',
    'II. Theo xã, phường',
    'Xã, phường',
    report.byUnit.map((row, index) => ({ number: String(index + 1), row })),
    report,
    office,
    today,
    null,
  );

  const bytes = await workbook.xlsx.writeBuffer();
  return {
    fileName: `bao-cao-ra-soat-bien-dong_${period.from}_${period.to}.xlsx`,
    mimeType: workbookMimeType,
    base64: Buffer.from(bytes).toString('base64'),
  };
}
