import ExcelJS from 'exceljs';
import { formatDate } from '../../../shared/format/date';
import { moneyInWords } from '../../../shared/format/number-words';
import type { OfficeProfile } from '../../../shared/schemas/office';
import { administrativeHeader, borderRow, columnLetter, merged, put, setUpPrint, signatureBlock, type HeaderLayout, type PrintLayout } from './sheet';

/** What the printed reports share above and below their tables: the title, money cells, words and signatures. */

export const moneyFormat = '#,##0';

/** From and to, ISO dates. */
export interface Period {
  from: string;
  to: string;
}

function newWorkbook(office: OfficeProfile, title: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = office.name;
  workbook.title = title;
  return workbook;
}

export interface ReportLayout extends PrintLayout {
  sheetName: string;
  header: HeaderLayout;
}

/** A workbook of one sheet set up for print, with the administrative header on rows 1–4. */
export function reportSheet(office: OfficeProfile, today: string, title: string, layout: ReportLayout): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = newWorkbook(office, title);
  const sheet = workbook.addWorksheet(layout.sheetName);
  setUpPrint(sheet, layout);
  administrativeHeader(sheet, office, today, layout.header);
  // The parent agency's and the office's names often take two lines.
  sheet.getRow(1).height = 32;
  sheet.getRow(2).height = 32;
  return { workbook, sheet };
}

/** "Bao-cao-thu-chi-Quy-2026-01-01_2026-11-22.xlsx": ASCII, so every system saves it. */
export const periodFileName = (name: string, period: Period): string => `${name}-${period.from}_${period.to}.xlsx`;

/** The title (bold, capitals) across the table's width on row 6. */
export function titleRow(sheet: ExcelJS.Worksheet, lastColumn: string, title: string, height = 36): void {
  merged(sheet, `A6:${lastColumn}6`, title, { bold: true, size: 14, wrap: true });
  sheet.getRow(6).height = height;
}

/** Title, period and unit note across the table's width, on rows 6–8. */
export function titleBlock(sheet: ExcelJS.Worksheet, lastColumn: string, title: string, period: Period, unitNote: string): void {
  titleRow(sheet, lastColumn, title);
  merged(sheet, `A7:${lastColumn}7`, `Từ ngày ${formatDate(period.from)} đến ngày ${formatDate(period.to)}`, { italic: true });
  merged(sheet, `A8:${lastColumn}8`, unitNote, { italic: true, align: 'right' });
}

/** The row that numbers the columns (1), (2), (3)… under a table header. */
export function numberingRow(sheet: ExcelJS.Worksheet, rowNumber: number, columnCount: number): void {
  for (let column = 1; column <= columnCount; column++) put(sheet, `${columnLetter(column)}${rowNumber}`, `(${column})`, { italic: true });
  borderRow(sheet, rowNumber, columnCount);
}

export function moneyCell(sheet: ExcelJS.Worksheet, address: string, value: number, bold = false): void {
  put(sheet, address, value, { bold, align: 'right' }).numFmt = moneyFormat;
}

/** moneyInWords, also for an amount below zero (a fund balance after an overdraft override). */
export const amountInWords = (amount: number): string =>
  amount < 0 ? `Âm ${moneyInWords(-amount).toLocaleLowerCase('vi')}` : moneyInWords(amount);

/** An italic line across the table's width, left-aligned ("Bằng chữ: …."). */
export function noteLine(sheet: ExcelJS.Worksheet, rowNumber: number, lastColumn: string, text: string): void {
  merged(sheet, `A${rowNumber}:${lastColumn}${rowNumber}`, text, { italic: true, align: 'left', wrap: true });
  sheet.getRow(rowNumber).height = 24;
}

/** signatureBlock, also in a single column ("C"): Excel takes a one-cell merge for a damaged file. */
function block(sheet: ExcelJS.Worksheet, top: number, columns: string, title: string, name: string): void {
  const [from = 'A', to = from] = columns.split(':');
  if (to !== from) return signatureBlock(sheet, top, columns, title, name);
  put(sheet, `${from}${top}`, title, { bold: true });
  put(sheet, `${from}${top + 1}`, '(Ký, ghi rõ họ tên)', { italic: true });
  put(sheet, `${from}${top + 6}`, name, { bold: true });
}

/** The preparer and the head of office, side by side. */
export function signatures(sheet: ExcelJS.Worksheet, top: number, office: OfficeProfile, columns: readonly [string, string]): void {
  block(sheet, top, columns[0], 'NGƯỜI LẬP BIỂU', office.preparerName);
  block(sheet, top, columns[1], office.headTitle.toLocaleUpperCase('vi'), office.headName);
}

/** Money is involved: the accountant signs between the preparer and the head of office. */
export function signaturesWithAccountant(
  sheet: ExcelJS.Worksheet,
  top: number,
  office: OfficeProfile,
  columns: readonly [string, string, string],
): void {
  signatures(sheet, top, office, [columns[0], columns[2]]);
  block(sheet, top, columns[1], 'KẾ TOÁN', '');
}
