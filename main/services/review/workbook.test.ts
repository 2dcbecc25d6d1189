import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../tests/fixtures/context';
import { legacyOffice } from '../../../tests/fixtures/office';
import type { OfficeProfile } from '../../../shared/schemas/office';
import { saveOffice } from '../office';
import { addChild, addMemberships } from './test-fixtures';
import { reviewWorkbook, workbookMimeType } from './workbook';

let t: Awaited<ReturnType<typeof createTestContext>>;
let office: OfficeProfile;
beforeEach(async () => {
  t = await createTestContext();
  office = await saveOffice(t.ctx.db, t.ctx.units, t.clock, legacyOffice);
});
afterEach(async () => t.close());

async function open(base64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as never);
  return workbook;
}

const text = (sheet: ExcelJS.Worksheet, address: string): string => String(sheet.getCell(address).value ?? '');

/** The first row whose column A or B reads `label`. */
function rowOf(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  for (let n = 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    if (row.getCell(1).value === label || row.getCell(2).value === label) return row;
  }
  throw new Error(`no row ${label}`);
}

const numbers = (row: ExcelJS.Row): unknown[] => Array.from({ length: 10 }, (_, i) => row.getCell(3 + i).value);

describe('review workbook', () => {
  beforeEach(async () => {
    const a = await addChild(t.ctx.db, office.id, { unitId: 'w:11311' });
    await addMemberships(t.ctx.db, office.id, a, [
      { code: 'a', start: '2025-01-01' },
      { code: 'd', start: '2025-01-01' },
    ]);
    const b = await addChild(t.ctx.db, office.id, { unitId: 'w:11329' });
    await addMemberships(t.ctx.db, office.id, b, [{ code: 'd', start: '2025-06-01', end: '2026-03-01', reason: 'turned16' }]);
    const c = await addChild(t.ctx.db, office.id, { unitId: 'w:11329' });
    await addMemberships(t.ctx.db, office.id, c, [{ code: 'dd', start: '2026-02-01' }]);
  });

  const build = () => reviewWorkbook(t.ctx.db, t.ctx.units, office, { from: '2026-01-01', to: '2026-06-30' }, '2026-02-05');

  it('is an .xlsx named after the period', async () => {
    const file = await build();
    expect(file.fileName).toBe('bao-cao-ra-soat-bien-dong_2026-01-01_2026-06-30.xlsx');
    expect(file.mimeType).toBe(workbookMimeType);
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('opens with the administrative header, title and period on each sheet', async () => {
    const workbook = await open((await build()).base64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Theo nhóm đối tượng', 'Theo xã, phường']);
    for (const sheet of workbook.worksheets) {
      expect(text(sheet, 'A1')).toBe('UBND QUẬN NGÔ QUYỀN');
      expect(sheet.getCell('A1').font?.bold).toBeFalsy();
      expect(text(sheet, 'A2')).toBe('PHÒNG LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI');
      expect(sheet.getCell('A2').font?.bold).toBe(true);
      expect(text(sheet, 'E1')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(sheet.getCell('E1').font?.bold).toBe(true);
      expect(text(sheet, 'E2')).toBe('Độc lập - Tự do - Hạnh phúc');
      expect(text(sheet, 'A4')).toMatch(/^Số:/);
      expect(text(sheet, 'E4')).toBe('Ngô Quyền, ngày 05 tháng 02 năm 2026');
      expect(sheet.getCell('E4').font?.italic).toBe(true);
      expect(text(sheet, 'A6')).toBe('BÁO CÁO RÀ SOÁT, BIẾN ĐỘNG TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT');
      expect(text(sheet, 'A7')).toBe('Từ ngày 01/01/2026 đến ngày 30/06/2026');
    }
  });

  it('has a bold header, a row numbering the columns, borders, and Times New Roman throughout', async () => {
    const sheet = (await open((await build()).base64)).worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect([text(sheet, 'A9'), text(sheet, 'B9'), text(sheet, 'C9'), text(sheet, 'D9'), text(sheet, 'E9'), text(sheet, 'L9')]).toEqual([
      'STT',
      'Nhóm đối tượng',
      'Đầu kỳ',
      'Tăng trong kỳ',
      'Giảm trong kỳ',
      'Cuối kỳ',
    ]);
    expect(['E10', 'F10', 'G10', 'K10'].map((a) => text(sheet, a))).toEqual(['Tổng số', 'Hết hoàn cảnh đặc biệt', 'Đủ 16 tuổi', 'Lý do khác']);
    expect(sheet.getCell('B9').font?.bold).toBe(true);
    expect(sheet.getCell('F10').font?.bold).toBe(true);
    expect(sheet.getRow(11).values).toEqual([undefined, '(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)']);
    expect(sheet.getCell('C12').border?.top?.style).toBe('thin');
    expect(sheet.getColumn(2).width).toBeGreaterThan(30);

    const fonts = new Set<string | undefined>();
    sheet.eachRow((row) => row.eachCell((cell) => void fonts.add(cell.font?.name)));
    expect([...fonts]).toEqual(['Times New Roman']);
  });

  it('fills the group rows and closes with Tổng cộng, counting each child once', async () => {
    const sheet = (await open((await build()).base64)).worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const groupA = rowOf(sheet, 'Trẻ em mồ côi cả cha và mẹ');
    expect(groupA.getCell(1).value).toBe('a');
    expect(numbers(groupA)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    // d: one child stays, one turns 16 in the period.
    expect(numbers(rowOf(sheet, 'Trẻ em khuyết tật'))).toEqual([2, 0, 1, 0, 1, 0, 0, 0, 0, 1]);
    expect(rowOf(sheet, 'Trẻ em nhiễm HIV/AIDS').getCell(1).value).toBe('đ');
    const total = rowOf(sheet, 'Tổng cộng');
    expect(total.getCell(1).font?.bold).toBe(true);
    expect(numbers(total)).toEqual([2, 1, 1, 0, 1, 0, 0, 0, 0, 2]);
    expect(text(sheet, `A${total.number + 1}`)).toMatch(/^Ghi chú:/);
  });

  it('lists the communes by name, numbered, with the same total', async () => {
    const sheet = (await open((await build()).base64)).worksheets[1];
    if (!sheet) throw new Error('no sheet');
    expect(text(sheet, 'B9')).toBe('Xã, phường');
    expect([text(sheet, 'A12'), text(sheet, 'B12'), text(sheet, 'A13'), text(sheet, 'B13')]).toEqual([
      '1',
      'Phường Cầu Đất',
      '2',
      'Phường Máy Tơ',
    ]);
    expect(numbers(sheet.getRow(12))).toEqual([1, 1, 1, 0, 1, 0, 0, 0, 0, 1]);
    expect(numbers(rowOf(sheet, 'Tổng cộng'))).toEqual([2, 1, 1, 0, 1, 0, 0, 0, 0, 2]);
  });

  it('prints on A4 landscape, one page wide, repeating the table header, with the signers', async () => {
    const workbook = await open((await build()).base64);
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.pageSetup.printTitlesRow).toBe('9:11');
      expect(sheet.pageSetup.margins?.left).toBeCloseTo(30 / 25.4);
      expect(sheet.headerFooter).toMatchObject({ differentFirst: true });
      expect(sheet.headerFooter.oddHeader).toContain('&P');
      const preparer = rowOf(sheet, 'NGƯỜI LẬP BIỂU');
      expect(text(sheet, `H${preparer.number}`)).toBe('TRƯỞNG PHÒNG');
      expect(text(sheet, `A${preparer.number + 1}`)).toBe('(Ký, ghi rõ họ tên)');
      const names = rowOf(sheet, 'Vũ Minh Tuấn');
      expect(names.number).toBeGreaterThan(preparer.number + 3);
      expect(text(sheet, `H${names.number}`)).toBe('Phạm Thị Thu Hằng');
    }
  });
});
