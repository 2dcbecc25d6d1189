import type { CellValue, SheetRow } from './read-sheet';
import { recogniseHeader } from './suggest-mapping';

/**
 * Finds the header row and the data rows below it. Office lists often start with a title
 * ("DANH SÁCH TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT …") and number their columns in a row under the
 * header ("(1)", "(2)" …, Nghị định 30/2020 style); both are passed over.
 */

export interface SheetTable {
  headers: string[];
  rows: SheetRow[];
}

const HEADER_SEARCH_ROWS = 10;

export const cellText = (cell: CellValue | undefined): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
};

function recognisedFields(row: SheetRow): Set<string> {
  return new Set(row.cells.flatMap((cell) => recogniseHeader(cellText(cell)) ?? []));
}

/**
 * The header row: the first of the top rows that names the child's name column, since data
 * cells ("Tổ 5", "Phường Máy Tơ") can look like headers but no name looks like "Họ và tên";
 * failing that, the row naming the most fields (at least two); failing that, the first row.
 */
function headerIndex(rows: readonly SheetRow[]): number {
  const top = rows.slice(0, HEADER_SEARCH_ROWS).map(recognisedFields);
  const named = top.findIndex((fields) => fields.has('fullName') && fields.size >= 2);
  if (named >= 0) return named;
  let best = 0;
  top.forEach((fields, index) => {
    if (fields.size >= 2 && fields.size > (top[best]?.size ?? 0)) best = index;
  });
  return best;
}

/** "(1)", "1", "(12)" in every filled cell: the column-number row under a header. */
const isColumnNumberRow = (row: SheetRow): boolean =>
  row.cells.every((cell) => cellText(cell) === '' || /^\(?\d{1,2}\)?$/.test(cellText(cell)));

export function toTable(sheetRows: readonly SheetRow[]): SheetTable {
  const index = headerIndex(sheetRows);
  const headerRow = sheetRows[index];
  let dataRows = sheetRows.slice(index + 1);
  if (dataRows[0] && isColumnNumberRow(dataRows[0])) dataRows = dataRows.slice(1);
  // Columns past the last header can still be mapped: they get an empty header.
  const width = dataRows.reduce((max, row) => Math.max(max, row.cells.length), headerRow?.cells.length ?? 0);
  const headers = Array.from({ length: width }, (_, i) => cellText(headerRow?.cells[i]).replace(/\s+/g, ' '));
  return { headers, rows: dataRows };
}
