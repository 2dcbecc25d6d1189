import type ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { spendingPurposes, supportTypeDocumentNames } from '../../../../shared/codes/fund';
import type { ChildTimesCell, ChildTimesReport } from '../../../../shared/fund';
import type { FileOutput } from '../../../../shared/register';
import type { FundPeriod } from '../../../../shared/schemas/fund';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import type { Database } from '../../../db/schema';
import { borderRow, columnLetter, merged, put, workbookFile } from '../../documents/sheet';
import type { UnitCatalog } from '../../units';
import { childTimesReport, giftsNote } from './child-times';
import { amountInWords, moneyCell, noteLine, numberingRow, periodFileName, reportSheet, signaturesWithAccountant, titleBlock } from '../../documents/workbook-parts';

/**
 * Lượt trẻ and đồng by commune as an .xlsx on A4 landscape, as printed: a pair of columns
 * (lượt trẻ, số tiền) per purpose and one for the total, a row per commune, then Tổng cộng,
 * the total in words and what the gifts columns count.
 */

const title = 'BÁO CÁO KẾT QUẢ HỖ TRỢ TRẺ EM TỪ QUỸ BẢO TRỢ TRẺ EM';
const pairCount = spendingPurposes.length + 1;
const columnCount = 2 + 2 * pairCount;
const lastColumn = columnLetter(columnCount);
const widths = [5, 20, ...Array.from({ length: pairCount }, () => [7, 12]).flat()];
const rows = { header: 9, subheader: 10, numbers: 11, firstBody: 12 };

/** The first column of the n-th pair (0: the first purpose). */
const pairColumn = (n: number): number => 3 + 2 * n;

function tableHeader(sheet: ExcelJS.Worksheet): void {
  const bold = { bold: true, wrap: true };
  merged(sheet, `A${rows.header}:A${rows.subheader}`, 'STT', bold);
  merged(sheet, `B${rows.header}:B${rows.subheader}`, 'Xã, phường', bold);
  [...spendingPurposes.map((purpose) => supportTypeDocumentNames[purpose]), 'Tổng cộng'].forEach((label, n) => {
    const first = columnLetter(pairColumn(n));
    const second = columnLetter(pairColumn(n) + 1);
    merged(sheet, `${first}${rows.header}:${second}${rows.header}`, label, bold);
    put(sheet, `${first}${rows.subheader}`, 'Lượt trẻ', bold);
    put(sheet, `${second}${rows.subheader}`, 'Số tiền', bold);
  });
  sheet.getRow(rows.header).height = 48;
  sheet.getRow(rows.subheader).height = 32;
  borderRow(sheet, rows.header, columnCount);
  borderRow(sheet, rows.subheader, columnCount);
  numberingRow(sheet, rows.numbers, columnCount);
}

function cells(sheet: ExcelJS.Worksheet, rowNumber: number, pairs: readonly ChildTimesCell[], bold: boolean): void {
  pairs.forEach((cell, n) => {
    moneyCell(sheet, `${columnLetter(pairColumn(n))}${rowNumber}`, cell.children, bold);
    moneyCell(sheet, `${columnLetter(pairColumn(n) + 1)}${rowNumber}`, cell.amount, bold);
  });
  sheet.getRow(rowNumber).height = 22;
  borderRow(sheet, rowNumber, columnCount);
}

function body(sheet: ExcelJS.Worksheet, report: ChildTimesReport): number {
  let rowNumber = rows.firstBody;
  report.rows.forEach((row, index) => {
    put(sheet, `A${rowNumber}`, index + 1);
    put(sheet, `B${rowNumber}`, row.unitName, { align: 'left', wrap: true });
    cells(sheet, rowNumber++, [...spendingPurposes.map((purpose) => row.cells[purpose]), row.total], false);
  });
  merged(sheet, `A${rowNumber}:B${rowNumber}`, 'Tổng cộng', { bold: true });
  cells(sheet, rowNumber++, [...spendingPurposes.map((purpose) => report.totals[purpose]), report.total], true);
  return rowNumber;
}

/** Builds the child-times workbook for the period; `today` dates the document. */
export async function childTimesWorkbook(
  db: Kysely<Database>,
  units: UnitCatalog,
  office: OfficeProfile,
  period: FundPeriod,
  today: string,
): Promise<FileOutput> {
  const report = await childTimesReport(db, units, period);
  const { workbook, sheet } = reportSheet(office, today, title, {
    sheetName: 'Lượt trẻ được hỗ trợ',
    widths,
    orientation: 'landscape',
    titleRows: { first: rows.header, last: rows.numbers },
    header: { left: 'A:F', right: `I:${lastColumn}`, numberLine: 'Số:        /BC' },
  });
  titleBlock(sheet, lastColumn, title, period, 'Đơn vị tính: lượt trẻ; đồng');
  tableHeader(sheet);
  const after = body(sheet, report);
  noteLine(sheet, after, lastColumn, `Tổng số tiền bằng chữ: ${amountInWords(report.total.amount)}.`);
  noteLine(sheet, after + 1, lastColumn, giftsNote);
  signaturesWithAccountant(sheet, after + 3, office, ['A:F', 'H:L', `N:${lastColumn}`]);
  return workbookFile(workbook, periodFileName('Bao-cao-luot-tre-Quy', period));
}
