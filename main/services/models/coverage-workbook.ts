/**
 * The coverage report as an .xlsx on A4 landscape, as printed: per model, the communes that
 * have it out of all communes of the area, the rate and the year's target; then the same per
 * year from fromYear; signed by the preparer and the head of office.
 */
import type ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { builtinModelDocumentNames } from '../../../shared/codes/models';
import type { ModelCoverage } from '../../../shared/models';
import type { FileOutput } from '../../../shared/register';
import type { CoverageQuery } from '../../../shared/schemas/models';
import type { OfficeProfile } from '../../../shared/schemas/office';
import type { Database } from '../../db/schema';
import { borderRow, columnLetter, merged, put, workbookFile } from '../documents/sheet';
import { numberingRow, reportSheet, signatures, titleRow } from '../documents/workbook-parts';
import type { UnitCatalog } from '../units';
import { coverage } from './coverage';

const columnCount = 7;
const lastColumn = 'G';
const widths = [6, 42, 16, 14, 12, 12, 18];
const rows = { subtitle: 7, note: 8, header: 9, numbers: 10, firstBody: 11 };
const percentFormat = '0.0';

const coverageTitle = (year: number): string => `BÁO CÁO KẾT QUẢ TRIỂN KHAI CÁC MÔ HÌNH BẢO VỆ, CHĂM SÓC TRẺ EM NĂM ${year}`;

const modelName = (model: ModelCoverage): string => (model.builtin !== null ? builtinModelDocumentNames[model.builtin] : (model.name ?? ''));

/** 56 of 156 → 35.9 (one decimal, as printed); null when the area has no communes. */
const coverageRate = (covered: number, total: number): number | null =>
  total === 0 ? null : Math.round((covered / total) * 1000) / 10;

const targetResult = (covered: number, target: number | null): string =>
  target === null ? 'Chưa giao chỉ tiêu' : covered >= target ? 'Đạt' : 'Chưa đạt';

function headerRow(sheet: ExcelJS.Worksheet, rowNumber: number, labels: readonly string[]): void {
  labels.forEach((label, index) => put(sheet, `${columnLetter(index + 1)}${rowNumber}`, label, { bold: true, wrap: true }));
  sheet.getRow(rowNumber).height = 48;
  borderRow(sheet, rowNumber, columnCount);
}

/** Columns C–G: two counts (C, D), then the rate, the target and whether it is reached. */
function resultCells(sheet: ExcelJS.Worksheet, rowNumber: number, counts: [number, number], covered: number, total: number, target: number | null): void {
  put(sheet, `C${rowNumber}`, counts[0]);
  put(sheet, `D${rowNumber}`, counts[1]);
  const rate = coverageRate(covered, total);
  if (rate === null) put(sheet, `E${rowNumber}`, '-');
  else put(sheet, `E${rowNumber}`, rate).numFmt = percentFormat;
  put(sheet, `F${rowNumber}`, target ?? '-');
  put(sheet, `G${rowNumber}`, targetResult(covered, target), { wrap: true });
  sheet.getRow(rowNumber).height = 22;
  borderRow(sheet, rowNumber, columnCount);
}

function yearTable(sheet: ExcelJS.Worksheet, models: readonly ModelCoverage[], total: number): number {
  let rowNumber = rows.firstBody;
  models.forEach((model, index) => {
    put(sheet, `A${rowNumber}`, index + 1);
    put(sheet, `B${rowNumber}`, modelName(model), { align: 'left', wrap: true });
    resultCells(sheet, rowNumber, [model.covered, total], model.covered, total, model.target);
    rowNumber += 1;
  });
  return rowNumber;
}

/** A row per model and year, the model's number and name merged over its years. */
function byYearTable(sheet: ExcelJS.Worksheet, top: number, models: readonly ModelCoverage[], total: number): number {
  headerRow(sheet, top, ['STT', 'Mô hình', 'Năm', 'Số xã/phường có mô hình', 'Tỷ lệ (%)', 'Chỉ tiêu', 'Đạt/chưa đạt chỉ tiêu']);
  let rowNumber = top + 1;
  models.forEach((model, index) => {
    const first = rowNumber;
    for (const entry of model.byYear) resultCells(sheet, rowNumber++, [entry.year, entry.covered], entry.covered, total, entry.target);
    const last = rowNumber - 1;
    if (last > first) {
      sheet.mergeCells(`A${first}:A${last}`);
      sheet.mergeCells(`B${first}:B${last}`);
    }
    put(sheet, `A${first}`, index + 1);
    put(sheet, `B${first}`, modelName(model), { align: 'left', wrap: true });
  });
  return rowNumber;
}

/** Builds the coverage workbook for the query; `today` dates the document. */
export async function coverageWorkbook(
  db: Kysely<Database>,
  units: UnitCatalog,
  office: OfficeProfile,
  query: CoverageQuery,
  today: string,
): Promise<FileOutput> {
  const report = await coverage(db, units, query);
  const title = coverageTitle(query.year);
  const { workbook, sheet } = reportSheet(office, today, title, {
    sheetName: 'Mô hình',
    widths,
    orientation: 'landscape',
    titleRows: { first: rows.header, last: rows.numbers },
    header: { left: 'A:B', right: `D:${lastColumn}`, numberLine: 'Số:        /BC' },
  });
  titleRow(sheet, lastColumn, title, 40);
  merged(sheet, `A${rows.subtitle}:${lastColumn}${rows.subtitle}`, `Tổng số xã, phường trên địa bàn: ${report.totalCommunes}`, { italic: true });
  merged(sheet, `A${rows.note}:${lastColumn}${rows.note}`, `I. KẾT QUẢ NĂM ${query.year}`, { bold: true, align: 'left' });
  headerRow(sheet, rows.header, ['STT', 'Mô hình', 'Số xã/phường có mô hình', 'Tổng số xã/phường', 'Tỷ lệ (%)', 'Chỉ tiêu', 'Đạt/chưa đạt chỉ tiêu']);
  numberingRow(sheet, rows.numbers, columnCount);
  const afterYear = yearTable(sheet, report.models, report.totalCommunes);

  const secondTitle = afterYear + 1;
  merged(sheet, `A${secondTitle}:${lastColumn}${secondTitle}`, `II. KẾT QUẢ QUA CÁC NĂM ${query.fromYear} - ${query.year}`, { bold: true, align: 'left' });
  const afterByYear = byYearTable(sheet, secondTitle + 1, report.models, report.totalCommunes);

  signatures(sheet, afterByYear + 1, office, ['A:B', `D:${lastColumn}`]);
  return workbookFile(workbook, `Bao-cao-mo-hinh-${query.year}.xlsx`);
}
