import type ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { FloodCostReport, FloodPoint } from '../../../shared/models';
import type { FileOutput } from '../../../shared/register';
import type { OfficeProfile } from '../../../shared/schemas/office';
import type { Database } from '../../db/schema';
import { borderRow, columnLetter, merged, put, workbookFile } from '../documents/sheet';
import { moneyCell, noteLine, numberingRow, reportSheet, signaturesWithAccountant, titleRow } from '../documents/workbook-parts';
import type { UnitCatalog } from '../units';
import { floodCostReport } from './flood';

/**
 * The flood-season childcare points' cost report as an .xlsx on A4 landscape, as printed: a row
 * per point (commune by commune), Tổng cộng, the total in words, and the signatures money
 * documents need (preparer, accountant, head).
 */

const headers = [
  'STT',
  'Xã/phường',
  'Điểm giữ trẻ',
  'Số trẻ',
  'Số ngày',
  'Mức chi/trẻ/ngày',
  'Tiền ăn/chăm sóc trẻ',
  'Số người trông',
  'Tiền công/người/ngày',
  'Tiền công người trông',
  'Tổng cộng',
] as const;
const columnCount = headers.length;
const lastColumn = columnLetter(columnCount);
const widths = [5, 18, 22, 8, 8, 12, 14, 9, 12, 14, 15];
const rows = { unitNote: 7, header: 9, numbers: 10, firstBody: 11 };

const floodWorkbookTitle = (year: number): string => `BÁO CÁO KINH PHÍ ĐIỂM GIỮ TRẺ MÙA LŨ NĂM ${year}`;

function tableHeader(sheet: ExcelJS.Worksheet): void {
  headers.forEach((label, index) => put(sheet, `${columnLetter(index + 1)}${rows.header}`, label, { bold: true, wrap: true }));
  sheet.getRow(rows.header).height = 48;
  borderRow(sheet, rows.header, columnCount);
  numberingRow(sheet, rows.numbers, columnCount);
}

/** Figures from column D on; null leaves a cell blank (a rate has no total). */
function figures(sheet: ExcelJS.Worksheet, rowNumber: number, values: readonly (number | null)[], bold: boolean): void {
  values.forEach((value, index) => {
    if (value !== null) moneyCell(sheet, `${columnLetter(4 + index)}${rowNumber}`, value, bold);
  });
  sheet.getRow(rowNumber).height = 22;
  borderRow(sheet, rowNumber, columnCount);
}

const pointFigures = (p: FloodPoint): number[] => [
  p.childrenEnrolled,
  p.daysOpen,
  p.costPerChildDay,
  p.childCost,
  p.carers,
  p.carerPayPerDay,
  p.carerCost,
  p.totalCost,
];

function body(sheet: ExcelJS.Worksheet, report: FloodCostReport): number {
  let rowNumber = rows.firstBody;
  report.points.forEach((point, index) => {
    put(sheet, `A${rowNumber}`, index + 1);
    put(sheet, `B${rowNumber}`, point.unitName, { align: 'left', wrap: true });
    put(sheet, `C${rowNumber}`, point.name, { align: 'left', wrap: true });
    figures(sheet, rowNumber++, pointFigures(point), false);
  });
  const carers = report.points.reduce((sum, p) => sum + p.carers, 0);
  merged(sheet, `A${rowNumber}:C${rowNumber}`, 'Tổng cộng', { bold: true });
  const t = report.total;
  figures(sheet, rowNumber++, [t.children, null, null, t.childCost, carers, null, t.carerCost, t.totalCost], true);
  return rowNumber;
}

/** Builds the cost report's workbook for the year; `today` dates the document. */
export async function floodCostWorkbook(
  db: Kysely<Database>,
  units: UnitCatalog,
  office: OfficeProfile,
  year: number,
  today: string,
): Promise<FileOutput> {
  const report = await floodCostReport(db, units, year);
  const title = floodWorkbookTitle(year);
  const { workbook, sheet } = reportSheet(office, today, title, {
    sheetName: 'Điểm giữ trẻ mùa lũ',
    widths,
    orientation: 'landscape',
    titleRows: { first: rows.header, last: rows.numbers },
    header: { left: 'A:C', right: `F:${lastColumn}`, numberLine: 'Số:        /BC' },
  });
  titleRow(sheet, lastColumn, title);
  merged(sheet, `A${rows.unitNote}:${lastColumn}${rows.unitNote}`, 'Đơn vị tính: đồng', { italic: true, align: 'right' });
  tableHeader(sheet);
  const after = body(sheet, report);
  noteLine(sheet, after, lastColumn, `Bằng chữ: ${report.totalInWords}.`);
  signaturesWithAccountant(sheet, after + 2, office, ['A:C', 'E:G', `I:${lastColumn}`]);
  return workbookFile(workbook, `Bao-cao-kinh-phi-diem-giu-tre-mua-lu-${year}.xlsx`);
}
