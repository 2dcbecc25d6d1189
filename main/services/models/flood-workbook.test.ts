import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileOutput } from '../../../shared/register';
import { floodPointInput, modelsContext, type ModelsContext } from '../../../tests/fixtures/models-assessments';
import { fontNames, rowValues, text, writeForOffice } from '../../../tests/fixtures/workbook';
import { createFloodPoint } from './flood';
import { floodCostWorkbook } from './flood-workbook';

let t: ModelsContext;
let file: FileOutput;
let sheet: ExcelJS.Worksheet;
beforeAll(async () => {
  t = await modelsContext();
  await createFloodPoint(t.db, t.units, t.clock, floodPointInput());
  await createFloodPoint(
    t.db,
    t.units,
    t.clock,
    floodPointInput({ unitId: 'w:11329', name: 'Điểm giữ trẻ Tổ 1', childrenEnrolled: 8, daysOpen: 10, costPerChildDay: 10_000, carers: 0, carerPayPerDay: 0 }),
  );
  ({ file, sheet } = await writeForOffice(t.db, (office) => floodCostWorkbook(t.db, t.units, office, 2026, '2026-11-22')));
});
afterAll(() => t.close());

describe('floodCostWorkbook (two points in 2026)', () => {
  it('is named after the report and the year, in ASCII', () => {
    expect(file.fileName).toBe('Bao-cao-kinh-phi-diem-giu-tre-mua-lu-2026.xlsx');
  });

  it('prints on A4 landscape, in Times New Roman', () => {
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(fontNames(sheet)).toEqual(['Times New Roman']);
  });

  it('opens with the administrative header and the title', () => {
    expect(text(sheet, 'A1')).toBe('UBND QUẬN NGÔ QUYỀN');
    expect(text(sheet, 'F1')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(sheet, 'F4')).toBe('Ngô Quyền, ngày 22 tháng 11 năm 2026');
    expect(text(sheet, 'A6')).toBe('BÁO CÁO KINH PHÍ ĐIỂM GIỮ TRẺ MÙA LŨ NĂM 2026');
  });

  it('has the eleven columns, numbered', () => {
    expect(rowValues(sheet, 9, 11)).toEqual([
      'STT',
      'Xã/phường',
      'Điểm giữ trẻ',
      'Số trẻ',
      'Số ngày',
      'Mức chi/trẻ/ngày',
      'Tiền ăn/chăm sóc trẻ',
      'Số người trông',
      'Tiền công/người/ngày',
      'Tiền công người trông',
      'Tổng cộng',
    ]);
    expect(rowValues(sheet, 10, 11)).toEqual(Array.from({ length: 11 }, (_, i) => `(${i + 1})`));
  });

  it('has a row per point, communes by name, then Tổng cộng', () => {
    expect(rowValues(sheet, 11, 11)).toEqual([1, 'Phường Cầu Đất', 'Điểm giữ trẻ Tổ 1', 8, 10, 10_000, 800_000, 0, 0, 0, 800_000]);
    expect(rowValues(sheet, 12, 11)).toEqual([2, 'Phường Máy Tơ', 'Điểm giữ trẻ Tổ 5', 25, 45, 15_000, 16_875_000, 2, 100_000, 9_000_000, 25_875_000]);
    expect(rowValues(sheet, 13, 11)).toEqual(['Tổng cộng', 'Tổng cộng', 'Tổng cộng', 33, null, null, 17_675_000, 2, null, 9_000_000, 26_675_000]);
    expect(sheet.getCell('K12').numFmt).toBe('#,##0');
  });

  it('gives the total in words and the three signatures', () => {
    expect(text(sheet, 'A14')).toBe('Bằng chữ: Hai mươi sáu triệu sáu trăm bảy mươi lăm nghìn đồng chẵn.');
    expect(text(sheet, 'A16')).toBe('NGƯỜI LẬP BIỂU');
    expect(text(sheet, 'E16')).toBe('KẾ TOÁN');
    expect(text(sheet, 'I16')).toBe('TRƯỞNG PHÒNG');
    expect(text(sheet, 'A22')).toBe('Vũ Minh Tuấn');
    expect(text(sheet, 'I22')).toBe('Phạm Thị Thu Hằng');
  });
});
