import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileOutput } from '../../../../shared/register';
import { fontNames, rowValues, text, writeForFixtureFund } from '../../../../tests/fixtures/workbook';
import { childTimesWorkbook } from './child-times-workbook';

let file: FileOutput;
let sheet: ExcelJS.Worksheet;
beforeAll(async () => {
  ({ file, sheet } = await writeForFixtureFund((t, office) => childTimesWorkbook(t.db, t.units, office, { from: '2026-11-01', to: '2026-11-30' }, '2026-11-22')));
});

describe('childTimesWorkbook (November of the fixture fund)', () => {
  it('is named after the report and the period, in ASCII', () => {
    expect(file.fileName).toBe('Bao-cao-luot-tre-Quy-2026-11-01_2026-11-30.xlsx');
  });

  it('opens with the header, the title and the period', () => {
    expect(text(sheet, 'A1')).toBe('UBND QUẬN NGÔ QUYỀN');
    expect(text(sheet, 'I1')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(sheet, 'I4')).toBe('Ngô Quyền, ngày 22 tháng 11 năm 2026');
    expect(text(sheet, 'A6')).toBe('BÁO CÁO KẾT QUẢ HỖ TRỢ TRẺ EM TỪ QUỸ BẢO TRỢ TRẺ EM');
    expect(text(sheet, 'A7')).toBe('Từ ngày 01/11/2026 đến ngày 30/11/2026');
  });

  it('has a pair of columns per purpose and for the total, numbered (1)…(18)', () => {
    expect(rowValues(sheet, 9, 18)).toEqual([
      'STT',
      'Xã, phường',
      'Phẫu thuật tim',
      'Phẫu thuật tim',
      'Phẫu thuật hở môi, hở vòm miệng',
      'Phẫu thuật hở môi, hở vòm miệng',
      'Phẫu thuật khác',
      'Phẫu thuật khác',
      'Điều trị bệnh dài ngày',
      'Điều trị bệnh dài ngày',
      'Học bổng',
      'Học bổng',
      'Hỗ trợ khẩn cấp',
      'Hỗ trợ khẩn cấp',
      'Tặng quà',
      'Tặng quà',
      'Tổng cộng',
      'Tổng cộng',
    ]);
    expect(sheet.getCell('C9').isMerged).toBe(true);
    expect(rowValues(sheet, 10, 4)).toEqual(['STT', 'Xã, phường', 'Lượt trẻ', 'Số tiền']);
    expect(rowValues(sheet, 11, 18)).toEqual(Array.from({ length: 18 }, (_, i) => `(${i + 1})`));
  });

  it('gives a row per commune by name, then Tổng cộng and the amount in words', () => {
    // Cầu Đất: cleft 1 / 12.000.000, scholarship 1 / 2.000.000, emergency −1 / −4.000.000 (October's
    // payment reversed in November), gifts 1 / 166.666.
    expect(rowValues(sheet, 12, 18)).toEqual([1, 'Phường Cầu Đất', 0, 0, 1, 12_000_000, 0, 0, 0, 0, 1, 2_000_000, -1, -4_000_000, 1, 166_666, 2, 10_166_666]);
    expect(rowValues(sheet, 13, 4)).toEqual([2, 'Phường Máy Tơ', 1, 35_000_000]);
    expect(rowValues(sheet, 13, 18).slice(14)).toEqual([2, 333_334, 3, 35_333_334]);
    expect(text(sheet, 'A14')).toBe('Tổng cộng');
    expect(sheet.getCell('A14').font?.bold).toBe(true);
    expect(rowValues(sheet, 14, 18).slice(2)).toEqual([1, 35_000_000, 1, 12_000_000, 0, 0, 0, 0, 1, 2_000_000, -1, -4_000_000, 3, 500_000, 5, 45_500_000]);
    expect(sheet.getCell('R14').numFmt).toBe('#,##0');
    expect(sheet.getCell('R14').border?.right?.style).toBe('thin');
    expect(text(sheet, 'A15')).toBe('Tổng số tiền bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng chẵn.');
    expect(fontNames(sheet)).toEqual(['Times New Roman']);
  });

  it('says under the table what the gifts columns count', () => {
    expect(text(sheet, 'A16')).toBe(
      'Tặng quà: số lượt trẻ đã nhận quà trong kỳ của các đợt có nguồn Quỹ Bảo trợ trẻ em; số tiền là phần Quỹ trong giá trị quà, theo tỷ lệ nguồn kinh phí của đợt.',
    );
    expect(sheet.getCell('A16').isMerged).toBe(true);
    expect(sheet.getCell('A16').font?.italic).toBe(true);
  });

  it('is signed by the preparer, the accountant and the head of office', () => {
    expect(text(sheet, 'A18')).toBe('NGƯỜI LẬP BIỂU');
    expect(text(sheet, 'H18')).toBe('KẾ TOÁN');
    expect(text(sheet, 'N18')).toBe('TRƯỞNG PHÒNG');
    expect(text(sheet, 'N19')).toBe('(Ký, ghi rõ họ tên)');
    expect(text(sheet, 'N24')).toBe('Phạm Thị Thu Hằng');
  });

  it('prints on A4 landscape, one page wide, repeating the two header rows and the numbers', () => {
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
    expect(sheet.pageSetup.printTitlesRow).toBe('9:11');
  });
});
