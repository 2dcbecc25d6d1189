import type ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { supportTypeDocumentNames } from '../../../../shared/codes/fund';
import type { TransparencyDonorRow, TransparencyReport } from '../../../../shared/fund';
import type { FileOutput } from '../../../../shared/register';
import type { FundPeriod } from '../../../../shared/schemas/fund';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import type { Database } from '../../../db/schema';
import { borderRow, merged, put, workbookFile } from '../../documents/sheet';
import { moneyCell, noteLine, numberingRow, periodFileName, reportSheet, signaturesWithAccountant, titleBlock } from '../../documents/workbook-parts';
import type { UnitCatalog } from '../../units';
import { transparencyReport } from './transparency';

/**
 * The published list as an .xlsx on A4 portrait, as printed: I the donors (public names, the
 * addresses of organisations only, what they gave and for what; never a child's name), the total
 * in words, then II what the fund paid for in the period (lượt trẻ and đồng per purpose).
 */

const title = 'CÔNG KHAI TIẾP NHẬN VÀ SỬ DỤNG QUỸ BẢO TRỢ TRẺ EM';
const columns: { header: string; width: number }[] = [
  { header: 'STT', width: 6 },
  { header: 'Tên tổ chức, cá nhân', width: 28 },
  { header: 'Địa chỉ', width: 22 },
  { header: 'Tiền mặt', width: 13 },
  { header: 'Hiện vật (giá trị ước tính)', width: 13 },
  { header: 'Tổng cộng', width: 14 },
  { header: 'Mục đích ủng hộ', width: 22 },
];
const columnCount = columns.length;
const lastColumn = 'G';
const rows = { section: 9, header: 10, numbers: 11, firstBody: 12 };
const lineHeight = 16;

/** How many lines a wrapped cell of this width needs (Times New Roman 12: about one character a unit of width). */
const linesFor = (text: string, width: number): number => Math.max(1, Math.ceil(text.length / Math.max(1, width - 2)));

function donorHeader(sheet: ExcelJS.Worksheet): void {
  merged(sheet, `A${rows.section}:${lastColumn}${rows.section}`, 'I. DANH SÁCH TỔ CHỨC, CÁ NHÂN ỦNG HỘ QUỸ', { bold: true, align: 'left' });
  columns.forEach((column, index) => put(sheet, `${String.fromCharCode(65 + index)}${rows.header}`, column.header, { bold: true, wrap: true }));
  sheet.getRow(rows.header).height = 48;
  borderRow(sheet, rows.header, columnCount);
  numberingRow(sheet, rows.numbers, columnCount);
}

function donorRow(sheet: ExcelJS.Worksheet, rowNumber: number, donor: TransparencyDonorRow): void {
  put(sheet, `A${rowNumber}`, donor.number);
  put(sheet, `B${rowNumber}`, donor.name, { align: 'left', wrap: true });
  put(sheet, `C${rowNumber}`, donor.address ?? '', { align: 'left', wrap: true });
  moneyCell(sheet, `D${rowNumber}`, donor.cash);
  moneyCell(sheet, `E${rowNumber}`, donor.goods);
  moneyCell(sheet, `F${rowNumber}`, donor.total);
  put(sheet, `G${rowNumber}`, donor.purposes, { align: 'left', wrap: true });
  const wrapped: [string, number][] = [
    [donor.name, 2],
    [donor.address ?? '', 3],
    [donor.purposes, 7],
  ];
  const lines = Math.max(...wrapped.map(([text, column]) => linesFor(text, columns[column - 1]?.width ?? 10)));
  sheet.getRow(rowNumber).height = Math.max(22, lines * lineHeight + 4);
  borderRow(sheet, rowNumber, columnCount);
}

function donorTable(sheet: ExcelJS.Worksheet, report: TransparencyReport): number {
  donorHeader(sheet);
  let rowNumber = rows.firstBody;
  for (const donor of report.donors) donorRow(sheet, rowNumber++, donor);
  merged(sheet, `A${rowNumber}:C${rowNumber}`, 'Tổng cộng', { bold: true });
  moneyCell(sheet, `D${rowNumber}`, report.donorsTotal.cash, true);
  moneyCell(sheet, `E${rowNumber}`, report.donorsTotal.goods, true);
  moneyCell(sheet, `F${rowNumber}`, report.donorsTotal.total, true);
  put(sheet, `G${rowNumber}`, '');
  sheet.getRow(rowNumber).height = 22;
  borderRow(sheet, rowNumber++, columnCount);
  noteLine(sheet, rowNumber++, lastColumn, `Bằng chữ: ${report.totalInWords}.`);
  return rowNumber;
}

/** STT | Nội dung chi (B:E) | Lượt trẻ | Số tiền: one row per purpose, then Tổng cộng. */
function spendingTable(sheet: ExcelJS.Worksheet, top: number, report: TransparencyReport): number {
  merged(sheet, `A${top}:${lastColumn}${top}`, 'II. KẾT QUẢ SỬ DỤNG QUỸ', { bold: true, align: 'left' });
  const header = top + 1;
  const bold = { bold: true, wrap: true };
  put(sheet, `A${header}`, 'STT', bold);
  merged(sheet, `B${header}:E${header}`, 'Nội dung chi', bold);
  put(sheet, `F${header}`, 'Lượt trẻ', bold);
  put(sheet, `G${header}`, 'Số tiền', bold);
  sheet.getRow(header).height = 24;
  borderRow(sheet, header, columnCount);
  put(sheet, `A${header + 1}`, '(1)', { italic: true });
  merged(sheet, `B${header + 1}:E${header + 1}`, '(2)', { italic: true });
  put(sheet, `F${header + 1}`, '(3)', { italic: true });
  put(sheet, `G${header + 1}`, '(4)', { italic: true });
  borderRow(sheet, header + 1, columnCount);

  let rowNumber = header + 2;
  const line = (number: string | number, label: string, children: number, amount: number, isTotal: boolean) => {
    if (isTotal) merged(sheet, `A${rowNumber}:E${rowNumber}`, label, { bold: true });
    else {
      put(sheet, `A${rowNumber}`, number);
      merged(sheet, `B${rowNumber}:E${rowNumber}`, label, { align: 'left' });
    }
    moneyCell(sheet, `F${rowNumber}`, children, isTotal);
    moneyCell(sheet, `G${rowNumber}`, amount, isTotal);
    sheet.getRow(rowNumber).height = 20;
    borderRow(sheet, rowNumber++, columnCount);
  };
  report.spending.forEach((row, index) => line(index + 1, supportTypeDocumentNames[row.purpose], row.children, row.amount, false));
  line('', 'Tổng cộng', report.spendingTotal.children, report.spendingTotal.amount, true);
  return rowNumber;
}

/** Builds the transparency list's workbook for the period; `today` dates the document. */
export async function transparencyWorkbook(
  db: Kysely<Database>,
  units: UnitCatalog,
  office: OfficeProfile,
  period: FundPeriod,
  today: string,
): Promise<FileOutput> {
  const report = await transparencyReport(db, units, period);
  const { workbook, sheet } = reportSheet(office, today, title, {
    sheetName: 'Công khai Quỹ',
    widths: columns.map((c) => c.width),
    orientation: 'portrait',
    titleRows: { first: rows.header, last: rows.numbers },
    header: { left: 'A:C', right: 'D:G', numberLine: 'Số:        /DS' },
  });
  titleBlock(sheet, lastColumn, title, period, 'Đơn vị tính: đồng');
  const afterDonors = donorTable(sheet, report);
  const afterSpending = spendingTable(sheet, afterDonors + 1, report);
  signaturesWithAccountant(sheet, afterSpending + 1, office, ['A:B', 'C:D', 'E:G']);
  return workbookFile(workbook, periodFileName('Cong-khai-Quy', period));
}
