/** Opening a written workbook in the reports' tests, and reading what a user sees in it. */
import ExcelJS from 'exceljs';

export async function openSheet(base64: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as never);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

export const text = (sheet: ExcelJS.Worksheet, address: string): string => String(sheet.getCell(address).value ?? '');

/** The values of a row's first `count` cells, as Excel holds them (numbers stay numbers). */
export function rowValues(sheet: ExcelJS.Worksheet, rowNumber: number, count: number): unknown[] {
  const row = sheet.getRow(rowNumber);
  return Array.from({ length: count }, (_, index) => row.getCell(index + 1).value ?? null);
}

/** Every text in the sheet, for what must not be there. */
export function allText(sheet: ExcelJS.Worksheet): string {
  const texts: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.value ?? ''))));
  return texts.join('\n');
}

export function fontNames(sheet: ExcelJS.Worksheet): string[] {
  const names = new Set<string | undefined>();
  sheet.eachRow((row) => row.eachCell((cell) => void names.add(cell.font?.name)));
  return [...names].map(String);
}
