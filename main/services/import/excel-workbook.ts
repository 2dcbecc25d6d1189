import ExcelJS from 'exceljs';
import { AppFailure } from '../../failure';
import type { CellValue, SheetRow } from './read-sheet';

/**
 * The first visible worksheet with rows, read with exceljs: any workbook exceljs reads. Plain
 * workbooks are read faster by plain-workbook.ts, with the same result.
 */

const unreadable = (): AppFailure => new AppFailure('errors.importUnreadable');

export async function readExcelWorkbook(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // An ArrayBuffer of exactly the file (a Node Buffer may be a view on a larger pool).
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw unreadable();
  }
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = cellValue(cell.value);
      });
      const filled = Array.from(cells, (cell) => cell ?? null);
      if (filled.some((cell) => cell !== null && String(cell).trim() !== '')) rows.push({ rowNumber, cells: filled });
    });
    if (rows.length > 0) return rows;
  }
  throw unreadable();
}

/** exceljs's cell values (formulas, rich text, links, errors) → plain values. */
function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null || typeof result === 'object' && !(result instanceof Date)) return null;
    return result;
  }
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : null;
  return null;
}
