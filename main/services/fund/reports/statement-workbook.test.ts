import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileOutput } from '../../../../shared/register';
import { fontNames, rowValues, text, writeForFixtureFund } from '../../../../tests/fixtures/workbook';
import { statementWorkbook } from './statement-workbook';

let file: FileOutput;
let sheet: ExcelJS.Worksheet;
beforeAll(async () => {
  ({ file, sheet } = await writeForFixtureFund((t, office) => statementWorkbook(t.db, office, { from: '2026-11-01', to: '2026-11-30' }, '2026-11-22')));
});

describe('statementWorkbook (November of the fixture fund)', () => {
  it('is named after the report and the period, in ASCII', () => {
    expect(file.fileName).toBe('Bao-cao-thu-chi-Quy-2026-11-01_2026-11-30.xlsx');
  });

  it('opens with the administrative header, the title, the period and the unit', () => {
    expect(text(sheet, 'A1')).toBe('UBND QUẬN NGÔ QUYỀN');
    expect(text(sheet, 'A2')).toBe('PHÒNG LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI');
    expect(text(sheet, 'C1')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(sheet, 'A4')).toBe('Số:        /BC');
    expect(text(sheet, 'C4')).toBe('Ngô Quyền, ngày 22 tháng 11 năm 2026');
    expect(text(sheet, 'A6')).toBe('BÁO CÁO THU, CHI QUỸ BẢO TRỢ TRẺ EM');
    expect(sheet.getCell('A6').font?.bold).toBe(true);
    expect(text(sheet, 'A7')).toBe('Từ ngày 01/11/2026 đến ngày 30/11/2026');
    expect(text(sheet, 'A8')).toBe('Đơn vị tính: đồng');
  });

  it('has the header, the numbering row and I–IV with their lines, figures as numbers', () => {
    expect(rowValues(sheet, 9, 5)).toEqual(['STT', 'Nội dung', 'Tiền mặt', 'Hiện vật (giá trị ước tính)', 'Tổng cộng']);
    expect(rowValues(sheet, 10, 5)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)']);
    expect(rowValues(sheet, 11, 5)).toEqual(['I', 'Số dư đầu kỳ', 119_000_000, 15_000_000, 134_000_000]);
    expect(sheet.getCell('B11').font?.bold).toBe(true);
    expect(rowValues(sheet, 12, 5)).toEqual(['II', 'Thu trong kỳ', 13_000_000, 8_000_000, 21_000_000]);
    // The eight kinds × origins follow, individuals in the country seventh.
    expect(rowValues(sheet, 13, 2)).toEqual(['1', 'Cơ quan, đơn vị trong nước']);
    expect(rowValues(sheet, 19, 5)).toEqual(['7', 'Cá nhân trong nước', 8_000_000, 0, 8_000_000]);
    expect(rowValues(sheet, 21, 5)).toEqual(['III', 'Chi trong kỳ', 46_000_000, 1_600_000, 47_600_000]);
    expect(rowValues(sheet, 22, 5)).toEqual(['1', 'Phẫu thuật tim', 35_000_000, 0, 35_000_000]);
    // The reopened case's payment, reversed in November.
    expect(rowValues(sheet, 27, 5)).toEqual(['6', 'Hỗ trợ khẩn cấp', -4_000_000, 0, -4_000_000]);
    expect(rowValues(sheet, 28, 5)).toEqual(['7', 'Tặng quà', 1_000_000, 1_600_000, 2_600_000]);
    expect(rowValues(sheet, 29, 5)).toEqual(['IV', 'Số dư cuối kỳ (IV = I + II − III)', 86_000_000, 21_400_000, 107_400_000]);
    expect(sheet.getCell('E29').numFmt).toBe('#,##0');
    expect(sheet.getCell('E29').border?.right?.style).toBe('thin');
    expect(text(sheet, 'A30')).toBe('Số dư cuối kỳ bằng chữ: Một trăm linh bảy triệu bốn trăm nghìn đồng chẵn.');
    expect(fontNames(sheet)).toEqual(['Times New Roman']);
  });

  it('is signed by the preparer, the accountant and the head of office', () => {
    expect(rowValues(sheet, 32, 4)).toEqual(['NGƯỜI LẬP BIỂU', 'NGƯỜI LẬP BIỂU', 'KẾ TOÁN', 'TRƯỞNG PHÒNG']);
    expect(text(sheet, 'C33')).toBe('(Ký, ghi rõ họ tên)');
    expect(text(sheet, 'A38')).toBe('Vũ Minh Tuấn');
    expect(text(sheet, 'D38')).toBe('Phạm Thị Thu Hằng');
  });

  it('prints on A4 portrait, one page wide, repeating the table header', () => {
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe('9:10');
  });
});
