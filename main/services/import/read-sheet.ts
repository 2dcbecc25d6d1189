import Papa from 'papaparse';
import { AppFailure } from '../../failure';
import { readExcelWorkbook } from './excel-workbook';
import { readPlainWorkbook } from './plain-workbook';

/**
 * Reads the first worksheet of an .xlsx file, or a CSV file, into plain rows. The format is
 * told by the bytes, not the name: a zip is a workbook, anything else must be text.
 * Text must be UTF-8 (with or without BOM) or UTF-16 with a BOM; files in the old
 * Vietnamese encodings (Windows-1258, TCVN3, VNI) are refused rather than read as mojibake.
 */

export type CellValue = string | number | boolean | Date | null;

export interface SheetRow {
  /** The row number the user sees in the spreadsheet (1-based). */
  rowNumber: number;
  /** By 0-based column index. */
  cells: CellValue[];
}

const unreadable = (): AppFailure => new AppFailure('errors.importUnreadable');

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

export async function readSheet(fileName: string, bytes: Uint8Array): Promise<SheetRow[]> {
  if (bytes.length === 0) throw unreadable();
  if (startsWith(bytes, ZIP)) return readWorkbook(bytes);
  // A workbook that is not a zip is damaged (or an old .xls): never guess it is text.
  if (/\.xls[xm]?$/i.test(fileName)) throw unreadable();
  return readCsv(decodeText(bytes));
}

function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    if (startsWith(bytes, UTF16LE_BOM)) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (startsWith(bytes, UTF16BE_BOM)) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else {
      const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    }
  } catch {
    throw unreadable();
  }
  // Binary that happens to decode (NULs, control characters) is not a list.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw unreadable();
  return text;
}

function readCsv(text: string): SheetRow[] {
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t', '|'] });
  const rows: SheetRow[] = [];
  parsed.data.forEach((cells, index) => {
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ rowNumber: index + 1, cells });
  });
  if (rows.length === 0) throw unreadable();
  return rows;
}

async function readWorkbook(bytes: Uint8Array): Promise<SheetRow[]> {
  return readPlainWorkbook(bytes) ?? (await readExcelWorkbook(bytes));
}
