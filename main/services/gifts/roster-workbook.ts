import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { Sex } from '../../../shared/codes/register';
import { formatDate } from '../../../shared/format/date';
import { foldVietnamese } from '../../../shared/format/names';
import type { Roster, RosterRow } from '../../../shared/gifts';
import type { FileOutput } from '../../../shared/register';
import type { RosterQuery } from '../../../shared/schemas/gifts';
import type { OfficeProfile } from '../../../shared/schemas/office';
import type { Database } from '../../db/schema';
import { administrativeHeader, borderRow, columnLetter, merged, put, setUpPrint, signatureBlock, workbookFile, type CellStyle } from '../documents/sheet';
import type { UnitCatalog } from '../units';
import { giftRoster } from './roster';

/**
 * The signed roster as an .xlsx ready to print (A4 landscape, one page wide, the table header
 * on every page): the same content as the printed page, for offices that edit or file it in Excel.
 */

const columns: { header: string; width: number }[] = [
  { header: 'STT', width: 6 },
  { header: 'Họ và tên', width: 24 },
  { header: 'Ngày sinh', width: 12 },
  { header: 'Giới tính', width: 8 },
  { header: 'Địa chỉ', width: 26 },
  { header: 'Hoàn cảnh', width: 26 },
  { header: 'Người nhận thay', width: 18 },
  { header: 'Số tiền (đồng)', width: 14 },
  { header: 'Ký nhận', width: 34 },
];
const lastColumn = columnLetter(columns.length);
const rows = { title: 6, unit: 7, gift: 8, header: 10, numbers: 11, firstBody: 12 };
const amountColumn = 8;
const moneyFormat = '#,##0';
// Room for a signature; taller when a wrapped cell needs more lines.
const bodyRowHeight = 33;
const lineHeight = 16;

const sexLabels: Record<Sex, string> = { male: 'Nam', female: 'Nữ' };

/** How many lines a wrapped cell of this width needs (Times New Roman 12: about one character a unit of width). */
const linesFor = (text: string, width: number): number => Math.max(1, Math.ceil(text.length / Math.max(1, width - 2)));

function tableHeader(sheet: ExcelJS.Worksheet): void {
  columns.forEach((column, index) => {
    put(sheet, `${columnLetter(index + 1)}${rows.header}`, column.header, { bold: true, wrap: true });
    put(sheet, `${columnLetter(index + 1)}${rows.numbers}`, `(${index + 1})`, { italic: true });
  });
  sheet.getRow(rows.header).height = 36;
  borderRow(sheet, rows.header, columns.length);
  borderRow(sheet, rows.numbers, columns.length);
}

function bodyRow(sheet: ExcelJS.Worksheet, rowNumber: number, row: RosterRow): void {
  const cells: [string | number, CellStyle][] = [
    [row.number, {}],
    [row.fullName, { align: 'left', wrap: true }],
    [formatDate(row.birthDate), {}],
    [sexLabels[row.sex], {}],
    [row.address, { align: 'left', wrap: true }],
    [row.circumstance, { align: 'left', wrap: true }],
    [row.proxyName ?? '', { align: 'left', wrap: true }],
    [row.amount, { align: 'right' }],
    ['', {}],
  ];
  cells.forEach(([value, style], index) => put(sheet, `${columnLetter(index + 1)}${rowNumber}`, value, style));
  sheet.getCell(`${columnLetter(amountColumn)}${rowNumber}`).numFmt = moneyFormat;
  const lines = Math.max(...cells.map(([value, style], index) => (style.wrap ? linesFor(String(value), columns[index]?.width ?? 10) : 1)));
  sheet.getRow(rowNumber).height = Math.max(bodyRowHeight, lines * lineHeight + 4);
  borderRow(sheet, rowNumber, columns.length);
}

function totalRow(sheet: ExcelJS.Worksheet, rowNumber: number, roster: Roster): void {
  merged(sheet, `A${rowNumber}:${columnLetter(amountColumn - 1)}${rowNumber}`, 'Tổng cộng', { bold: true });
  put(sheet, `${columnLetter(amountColumn)}${rowNumber}`, roster.totalAmount, { bold: true, align: 'right' }).numFmt = moneyFormat;
  put(sheet, `${lastColumn}${rowNumber}`, '');
  sheet.getRow(rowNumber).height = 24;
  borderRow(sheet, rowNumber, columns.length);
}

/** "danh-sach-nhan-qua_tet-nguyen-dan-2027_phuong-may-to.xlsx": ASCII, so every system saves it. */
function fileName(roster: Roster): string {
  const slug = (text: string) =>
    foldVietnamese(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const kind = roster.followUp ? 'danh-sach-vang-mat' : 'danh-sach-nhan-qua';
  return `${kind}_${slug(roster.campaignName)}_${slug(roster.unitName ?? 'toan-dia-ban')}.xlsx`;
}

/** Builds the roster's workbook; `today` dates the document. */
export async function rosterWorkbook(
  db: Kysely<Database>,
  units: UnitCatalog,
  office: OfficeProfile,
  query: RosterQuery,
  today: string,
): Promise<FileOutput> {
  const roster = await giftRoster(db, units, query);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = office.name;
  workbook.title = roster.title;
  const sheet = workbook.addWorksheet('Danh sách ký nhận');
  setUpPrint(sheet, {
    widths: columns.map((c) => c.width),
    orientation: 'landscape',
    titleRows: { first: rows.header, last: rows.numbers },
  });
  administrativeHeader(sheet, office, today, { left: 'A:D', right: 'E:I', numberLine: null });
  sheet.getRow(1).height = 32;
  sheet.getRow(2).height = 32;
  merged(sheet, `A${rows.title}:${lastColumn}${rows.title}`, roster.title, { bold: true, size: 13, wrap: true });
  sheet.getRow(rows.title).height = 36;
  if (roster.unitName) merged(sheet, `A${rows.unit}:${lastColumn}${rows.unit}`, roster.unitName, { bold: true });
  merged(sheet, `A${rows.gift}:${lastColumn}${rows.gift}`, roster.giftDescription, { italic: true, wrap: true });
  tableHeader(sheet);

  let rowNumber = rows.firstBody;
  let unitId: string | null = null;
  for (const row of roster.rows) {
    // A whole-area roster names each unit once, in a row above its children.
    if (roster.unitName === null && row.unitId !== unitId) {
      merged(sheet, `A${rowNumber}:${lastColumn}${rowNumber}`, row.unitName, { bold: true, align: 'left' });
      sheet.getRow(rowNumber).height = bodyRowHeight;
      borderRow(sheet, rowNumber++, columns.length);
    }
    unitId = row.unitId;
    bodyRow(sheet, rowNumber++, row);
  }
  totalRow(sheet, rowNumber++, roster);
  merged(sheet, `A${rowNumber}:${lastColumn}${rowNumber}`, `Bằng chữ: ${roster.totalInWords}.`, { italic: true, align: 'left' });
  sheet.getRow(rowNumber).height = 24;

  const signers = rowNumber + 2;
  signatureBlock(sheet, signers, 'A:C', 'NGƯỜI LẬP BIỂU', office.preparerName);
  signatureBlock(sheet, signers, 'D:F', 'KẾ TOÁN', '');
  signatureBlock(sheet, signers, 'G:I', office.headTitle.toLocaleUpperCase('vi'), office.headName);
  return workbookFile(workbook, fileName(roster));
}
