import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { legalGroups } from '../../../shared/codes/groups';
import { membershipEndReasons } from '../../../shared/codes/register';
import { formatDate } from '../../../shared/format/date';
import type { FileOutput, ReviewCounts, ReviewReport, ReviewRow } from '../../../shared/register';
import type { OfficeProfile } from '../../../shared/schemas/office';
import type { Database } from '../../db/schema';
import { administrativeHeader, borderRow, merged, put, setUpPrint, signatureBlock, workbookFile } from '../documents/sheet';
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

const columnCount = 12; // STT, label, start, increases, decreases (total + 6 reasons), end
const lastColumn = 'L';
const headerRows = { first: 9, second: 10, numbers: 11 };

const boxRow = (sheet: ExcelJS.Worksheet, rowNumber: number): void => borderRow(sheet, rowNumber, columnCount);

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
  signatureBlock(sheet, top, 'A:C', 'NGƯỜI LẬP BIỂU', office.preparerName);
  signatureBlock(sheet, top, 'H:L', office.headTitle.toLocaleUpperCase('vi'), office.headName);
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
  setUpPrint(sheet, {
    widths: [6, 44, 9, 9, 9, 11, 9, 11, 11, 9, 9, 9],
    orientation: 'landscape',
    titleRows: { first: headerRows.first, last: headerRows.numbers },
  });
  administrativeHeader(sheet, office, today, { left: 'A:C', right: 'E:L', numberLine: 'Số:        /BC' });
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

export { workbookMimeType } from '../documents/sheet';

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

  return workbookFile(workbook, `bao-cao-ra-soat-bien-dong_${period.from}_${period.to}.xlsx`);
}
