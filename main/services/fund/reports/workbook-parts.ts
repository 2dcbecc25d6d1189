import ExcelJS from 'exceljs';
import type { DonorKind, DonorOrigin } from '../../../../shared/codes/fund';
import { donorKindDocumentNames, donorOriginDocumentNames } from '../../../../shared/codes/fund';
import { formatDate } from '../../../../shared/format/date';
import { moneyInWords } from '../../../../shared/format/number-words';
import type { FundPeriod } from '../../../../shared/schemas/fund';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import { borderRow, columnLetter, merged, put, signatureBlock } from '../../documents/sheet';

/** What the fund's three workbooks share: the title block, money cells, words and signatures. */

export const moneyFormat = '#,##0';

export function newWorkbook(office: OfficeProfile, title: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = office.name;
  workbook.title = title;
  return workbook;
}

/** "Bao-cao-thu-chi-Quy-2026-01-01_2026-11-22.xlsx": ASCII, so every system saves it. */
export const periodFileName = (name: string, period: FundPeriod): string => `${name}-${period.from}_${period.to}.xlsx`;

/** Title (bold, capitals), period and unit note across the table's width, on rows 6–8. */
export function titleBlock(sheet: ExcelJS.Worksheet, lastColumn: string, title: string, period: FundPeriod, unitNote: string): void {
  merged(sheet, `A6:${lastColumn}6`, title, { bold: true, size: 14, wrap: true });
  sheet.getRow(6).height = 36;
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

/** moneyInWords, also for a balance below zero (possible only after an overdraft override). */
export const amountInWords = (amount: number): string =>
  amount < 0 ? `Âm ${moneyInWords(-amount).toLocaleLowerCase('vi')}` : moneyInWords(amount);

/** "Doanh nghiệp trong nước", "Tổ chức nước ngoài". */
export const donorClassLabel = (kind: DonorKind, origin: DonorOrigin): string =>
  `${donorKindDocumentNames[kind]} ${donorOriginDocumentNames[origin].toLocaleLowerCase('vi')}`;

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

/** Money is involved: the preparer, the accountant and the head of office, side by side. */
export function fundSignatures(sheet: ExcelJS.Worksheet, top: number, office: OfficeProfile, columns: readonly [string, string, string]): void {
  block(sheet, top, columns[0], 'NGƯỜI LẬP BIỂU', office.preparerName);
  block(sheet, top, columns[1], 'KẾ TOÁN', '');
  block(sheet, top, columns[2], office.headTitle.toLocaleUpperCase('vi'), office.headName);
}
