import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileOutput } from '../../../../shared/register';
import { fundChildNames, fundDonors } from '../../../../tests/fixtures/fund-reports';
import { allText, fontNames, rowValues, text, writeForFixtureFund } from '../../../../tests/fixtures/workbook';
import { transparencyWorkbook } from './transparency-workbook';

let file: FileOutput;
let sheet: ExcelJS.Worksheet;
beforeAll(async () => {
  ({ file, sheet } = await writeForFixtureFund((t, office) => transparencyWorkbook(t.db, t.units, office, { from: '2026-11-01', to: '2026-11-30' }, '2026-11-22')));
});

describe('transparencyWorkbook (November of the fixture fund)', () => {
  it('is named after the list and the period, in ASCII', () => {
    expect(file.fileName).toBe('Cong-khai-Quy-2026-11-01_2026-11-30.xlsx');
  });

  it('opens with the header, the title and the period', () => {
    expect(text(sheet, 'A2')).toBe('PHÒNG LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI');
    expect(text(sheet, 'D1')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(sheet, 'A6')).toBe('CÔNG KHAI TIẾP NHẬN VÀ SỬ DỤNG QUỸ BẢO TRỢ TRẺ EM');
    expect(text(sheet, 'A7')).toBe('Từ ngày 01/11/2026 đến ngày 30/11/2026');
    expect(text(sheet, 'A9')).toBe('I. DANH SÁCH TỔ CHỨC, CÁ NHÂN ỦNG HỘ QUỸ');
  });

  it('lists the donors by total under a numbered header, then Tổng cộng and the words', () => {
    expect(rowValues(sheet, 10, 7)).toEqual([
      'STT',
      'Tên tổ chức, cá nhân',
      'Địa chỉ',
      'Tiền mặt',
      'Hiện vật (giá trị ước tính)',
      'Tổng cộng',
      'Mục đích ủng hộ',
    ]);
    expect(rowValues(sheet, 11, 7)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)']);
    expect(rowValues(sheet, 12, 7)).toEqual([1, 'Lê Thị Bích Ngọc', '', 10_000_000, 0, 10_000_000, 'Hỗ trợ trẻ em có hoàn cảnh đặc biệt']);
    expect(rowValues(sheet, 13, 7)).toEqual([2, 'Tổ chức Ánh Dương Quốc tế', 'Số 8 Marina, Singapore', 0, 8_000_000, 8_000_000, 'Tặng quà']);
    expect(rowValues(sheet, 14, 7)).toEqual([3, 'Trần Quốc Việt', '', 5_000_000, 0, 5_000_000, 'Trẻ em Phường Cầu Đất']);
    expect(rowValues(sheet, 15, 7)).toEqual([4, 'Nhà hảo tâm không nêu tên', '', 1_000_000, 0, 1_000_000, '']);
    expect(rowValues(sheet, 16, 7)).toEqual(['Tổng cộng', 'Tổng cộng', 'Tổng cộng', 16_000_000, 8_000_000, 24_000_000, '']);
    expect(sheet.getCell('F16').font?.bold).toBe(true);
    expect(sheet.getCell('F16').numFmt).toBe('#,##0');
    expect(text(sheet, 'A17')).toBe('Bằng chữ: Hai mươi bốn triệu đồng chẵn.');
  });

  it('then what the fund paid for: lượt trẻ and đồng per purpose, and Tổng cộng', () => {
    expect(text(sheet, 'A19')).toBe('II. KẾT QUẢ SỬ DỤNG QUỸ');
    expect(rowValues(sheet, 20, 7)).toEqual(['STT', 'Nội dung chi', 'Nội dung chi', 'Nội dung chi', 'Nội dung chi', 'Lượt trẻ', 'Số tiền']);
    expect(rowValues(sheet, 21, 7)).toEqual(['(1)', '(2)', '(2)', '(2)', '(2)', '(3)', '(4)']);
    expect(rowValues(sheet, 22, 7)).toEqual([1, 'Phẫu thuật tim', 'Phẫu thuật tim', 'Phẫu thuật tim', 'Phẫu thuật tim', 1, 35_000_000]);
    // October's emergency payment, reversed in November.
    expect(rowValues(sheet, 27, 7)).toEqual([6, 'Hỗ trợ khẩn cấp', 'Hỗ trợ khẩn cấp', 'Hỗ trợ khẩn cấp', 'Hỗ trợ khẩn cấp', -1, -4_000_000]);
    expect(rowValues(sheet, 28, 7)).toEqual([7, 'Tặng quà', 'Tặng quà', 'Tặng quà', 'Tặng quà', 3, 500_000]);
    expect(text(sheet, 'A29')).toBe('Tổng cộng');
    expect(rowValues(sheet, 29, 7).slice(5)).toEqual([5, 45_500_000]);
    expect(sheet.getCell('G29').border?.right?.style).toBe('thin');
  });

  it('names no child and does not unmask the anonymous donor', () => {
    const everything = allText(sheet);
    for (const name of Object.values(fundChildNames)) expect(everything).not.toContain(name);
    expect(everything).not.toContain(fundDonors.D3.name);
    // Individuals' addresses stay private.
    expect(everything).not.toContain(fundDonors.D4.address);
    expect(everything).not.toContain(fundDonors.D6.address);
    expect(fontNames(sheet)).toEqual(['Times New Roman']);
  });

  it('is signed by the preparer, the accountant and the head of office, on A4 portrait', () => {
    expect(rowValues(sheet, 31, 5)).toEqual(['NGƯỜI LẬP BIỂU', 'NGƯỜI LẬP BIỂU', 'KẾ TOÁN', 'KẾ TOÁN', 'TRƯỞNG PHÒNG']);
    expect(text(sheet, 'E37')).toBe('Phạm Thị Thu Hằng');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1 });
    expect(sheet.pageSetup.printTitlesRow).toBe('10:11');
  });
});
