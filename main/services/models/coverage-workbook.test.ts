import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSafeHomeAssessment, modelsContext, rolloutInput, type ModelsContext } from '../../../tests/fixtures/models';
import { fontNames, rowValues, text, writeForOffice } from '../../../tests/fixtures/workbook';
import type { FileOutput } from '../../../shared/register';
import { coverageWorkbook } from './coverage-workbook';
import { saveRollout } from './rollouts';
import { saveTarget } from './targets';
import { createModelType } from './types';

let t: ModelsContext;
let file: FileOutput;
let sheet: ExcelJS.Worksheet;
beforeAll(async () => {
  t = await modelsContext();
  await saveRollout(t.db, t.units, t.clock, rolloutInput({ unitId: '11311', year: 2025, status: 'active' }));
  await saveRollout(t.db, t.units, t.clock, rolloutInput({ unitId: '11311', year: 2026, status: 'active' }));
  await insertSafeHomeAssessment(t.db, t.officeId, '11329', 2026);
  await saveTarget(t.db, t.units, t.clock, { modelTypeId: 'safeHome', year: 2026, targetCommunes: 2 });
  await saveTarget(t.db, t.units, t.clock, { modelTypeId: 'childrenClub', year: 2026, targetCommunes: 1 });
  await createModelType(t.db, t.clock, { name: 'Tủ sách thiếu nhi' });
  ({ file, sheet } = await writeForOffice(t.db, (office) => coverageWorkbook(t.db, t.units, office, { year: 2026, fromYear: 2025 }, '2026-11-22')));
});
afterAll(() => t.close());

describe('coverageWorkbook (2025–2026)', () => {
  it('is named after the year, in ASCII', () => {
    expect(file.fileName).toBe('Bao-cao-mo-hinh-2026.xlsx');
  });

  it('opens with the administrative header, the title and the number of communes', () => {
    expect(text(sheet, 'A1')).toBe('UBND THÀNH PHỐ HẢI PHÒNG');
    expect(text(sheet, 'D1')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(sheet, 'D4')).toBe('Hải Phòng, ngày 22 tháng 11 năm 2026');
    expect(text(sheet, 'A6')).toBe('BÁO CÁO KẾT QUẢ TRIỂN KHAI CÁC MÔ HÌNH BẢO VỆ, CHĂM SÓC TRẺ EM NĂM 2026');
    expect(text(sheet, 'A7')).toBe('Tổng số xã, phường trên địa bàn: 3');
  });

  it('gives a row per model with covered, total, rate, target and whether it is reached', () => {
    expect(rowValues(sheet, 9, 7)).toEqual(['STT', 'Mô hình', 'Số xã/phường có mô hình', 'Tổng số xã/phường', 'Tỷ lệ (%)', 'Chỉ tiêu', 'Đạt/chưa đạt chỉ tiêu']);
    expect(rowValues(sheet, 11, 7)).toEqual([1, 'Ngôi nhà an toàn', 2, 3, 66.7, 2, 'Đạt']);
    expect(sheet.getCell('E11').numFmt).toBe('0.0');
    expect(rowValues(sheet, 14, 7)).toEqual([4, 'Câu lạc bộ trẻ em', 0, 3, 0, 1, 'Chưa đạt']);
    expect(rowValues(sheet, 12, 7)).toEqual([2, 'Xã, phường phù hợp với trẻ em', 0, 3, 0, '-', 'Chưa giao chỉ tiêu']);
    expect(rowValues(sheet, 17, 2)).toEqual([7, 'Tủ sách thiếu nhi']);
    expect(sheet.getCell('G17').border?.right?.style).toBe('thin');
    expect(fontNames(sheet)).toEqual(['Times New Roman']);
  });

  it('then a row per model and year', () => {
    expect(text(sheet, 'A18')).toBe('');
    expect(text(sheet, 'A19')).toBe('II. KẾT QUẢ QUA CÁC NĂM 2025 - 2026');
    expect(rowValues(sheet, 20, 4)).toEqual(['STT', 'Mô hình', 'Năm', 'Số xã/phường có mô hình']);
    expect(rowValues(sheet, 21, 7)).toEqual([1, 'Ngôi nhà an toàn', 2025, 1, 33.3, '-', 'Chưa giao chỉ tiêu']);
    expect(rowValues(sheet, 22, 7)).toEqual([1, 'Ngôi nhà an toàn', 2026, 2, 66.7, 2, 'Đạt']);
    expect(sheet.getCell('B22').isMerged).toBe(true);
  });

  it('is signed by the preparer and the head of office', () => {
    // 7 models × 2 years end on row 34; a blank row, then the signatures.
    expect(text(sheet, 'A36')).toBe('NGƯỜI LẬP BIỂU');
    expect(text(sheet, 'D36')).toBe('GIÁM ĐỐC');
    expect(text(sheet, 'D42')).toBe('Phạm Thị Thu Hằng');
  });

  it('prints on A4 landscape, one page wide, repeating the table header', () => {
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
    expect(sheet.pageSetup.printTitlesRow).toBe('9:10');
  });
});
