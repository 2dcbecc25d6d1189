import ExcelJS from 'exceljs';
import { formatPlaceAndDate } from '../../../shared/format/date';
import type { FileOutput } from '../../../shared/register';
import type { OfficeProfile } from '../../../shared/schemas/office';

/**
 * Building blocks of a printed workbook in the administrative format (Nghị định 30/2020/NĐ-CP,
 * DOMAIN.md §9): Times New Roman cells, boxed table rows, the two-column header, signature
 * blocks and an A4 page setup that repeats the table header on every page.
 */

export const documentFont = 'Times New Roman';
export const workbookMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Millimetres → inches, the unit of Excel's page margins. */
export const mm = (value: number): number => value / 25.4;

/** 1 → 'A', 9 → 'I' (the documents stay within 26 columns). */
export const columnLetter = (column: number): string => String.fromCharCode(64 + column);

export type CellStyle = { bold?: boolean; italic?: boolean; size?: number; align?: 'left' | 'center' | 'right'; wrap?: boolean };

export function put(sheet: ExcelJS.Worksheet, address: string, value: string | number, style: CellStyle = {}): ExcelJS.Cell {
  const cell = sheet.getCell(address);
  cell.value = value;
  cell.font = { name: documentFont, size: style.size ?? 12, bold: style.bold ?? false, italic: style.italic ?? false };
  cell.alignment = { horizontal: style.align ?? 'center', vertical: 'middle', wrapText: style.wrap ?? false };
  return cell;
}

export function merged(sheet: ExcelJS.Worksheet, range: string, value: string, style: CellStyle = {}): void {
  sheet.mergeCells(range);
  put(sheet, range.split(':')[0] ?? range, value, style);
}

const thin = { style: 'thin' } as const;
export const box = { top: thin, left: thin, bottom: thin, right: thin };

/** Borders on the first `columnCount` cells of a row. */
export function borderRow(sheet: ExcelJS.Worksheet, rowNumber: number, columnCount: number): void {
  for (let column = 1; column <= columnCount; column++) sheet.getRow(rowNumber).getCell(column).border = box;
}

export interface HeaderLayout {
  /** Columns of the left block ("A:C") and of the right block ("E:L"). */
  left: string;
  right: string;
  /** "Số:        /BC" under the office's name, or null for documents without a number. */
  numberLine: string | null;
}

const span = (columns: string, row: number): string => {
  const [from, to] = columns.split(':');
  return `${from}${row}:${to ?? from}${row}`;
};

/** Left: parent agency and office, a short rule, "Số:". Right: the national motto, a rule, place and date. */
export function administrativeHeader(sheet: ExcelJS.Worksheet, office: OfficeProfile, today: string, layout: HeaderLayout): void {
  merged(sheet, span(layout.left, 1), office.parentAgency.toLocaleUpperCase('vi'), { wrap: true });
  merged(sheet, span(layout.right, 1), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true });
  merged(sheet, span(layout.left, 2), office.name.toLocaleUpperCase('vi'), { bold: true, wrap: true });
  merged(sheet, span(layout.right, 2), 'Độc lập - Tự do - Hạnh phúc', { bold: true });
  merged(sheet, span(layout.left, 3), '────────', { size: 8 });
  merged(sheet, span(layout.right, 3), '──────────────────', { size: 8 });
  if (layout.numberLine !== null) merged(sheet, span(layout.left, 4), layout.numberLine);
  merged(sheet, span(layout.right, 4), formatPlaceAndDate(office.placeName, today), { italic: true });
}

/** A signer's block: the title, "(Ký, ghi rõ họ tên)", room to sign, and the name (may be blank). */
export function signatureBlock(sheet: ExcelJS.Worksheet, top: number, columns: string, title: string, name: string): void {
  merged(sheet, span(columns, top), title, { bold: true });
  merged(sheet, span(columns, top + 1), '(Ký, ghi rõ họ tên)', { italic: true });
  merged(sheet, span(columns, top + 6), name, { bold: true });
}

export interface PrintLayout {
  widths: readonly number[];
  orientation: 'portrait' | 'landscape';
  /** The table header rows, repeated at the top of every printed page. */
  titleRows: { first: number; last: number };
}

/** A4, one page wide, margins of the decree, page numbers centred at the top from page 2. */
export function setUpPrint(sheet: ExcelJS.Worksheet, layout: PrintLayout): void {
  sheet.columns = layout.widths.map((width) => ({ width }));
  sheet.pageSetup = {
    paperSize: 9 as ExcelJS.PaperSize, // A4
    orientation: layout.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(8), footer: mm(8) },
    printTitlesRow: `${layout.titleRows.first}:${layout.titleRows.last}`,
  };
  sheet.headerFooter = { differentFirst: true, oddHeader: `&C&"${documentFont},Regular"&12&P`, firstHeader: '' };
  sheet.views = [{ state: 'frozen', ySplit: layout.titleRows.last, showGridLines: false }];
}

export async function workbookFile(workbook: ExcelJS.Workbook, fileName: string): Promise<FileOutput> {
  const bytes = await workbook.xlsx.writeBuffer();
  return { fileName, mimeType: workbookMimeType, base64: Buffer.from(bytes).toString('base64') };
}
