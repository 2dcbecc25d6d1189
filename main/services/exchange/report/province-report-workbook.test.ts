import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { allText, fontNames, rowValues, text } from '../../../../tests/fixtures/workbook';
import type { ProvinceChildrenRow, ProvinceReport } from '../../../../shared/exchange';
import type { FileOutput } from '../../../../shared/register';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import { provinceReportWorkbook } from './province-report-workbook';

const province: OfficeProfile = {
  id: 'province',
  mode: 'province',
  provinceCode: '31',
  area: { kind: 'communes', communeCodes: ['11311'] },
  name: 'SỞ Y TẾ',
  parentAgency: 'UBND THÀNH PHỐ HẢI PHÒNG',
  receiver: 'Bộ Y tế',
  placeName: 'Hải Phòng',
  headTitle: 'Giám đốc',
  headName: 'Trần Thị Minh Nguyệt',
  preparerName: 'Lê Văn Khoa',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const groups = (counts: Record<string, number>) => ({ a: 0, b: 0, c: 0, d: 0, dd: 0, e: 0, g: 0, h: 0, i: 0, k: 0, l: 0, m: 0, n: 0, o: 0, ...counts });
const children = (total: number, male: number, byGroup: Record<string, number>, atRisk: number, supported: number): ProvinceChildrenRow => ({
  total,
  male,
  female: total - male,
  byGroup: groups(byGroup),
  atRisk,
  supported,
});
const covered = (counts: Record<string, number>) => ({ safeHome: 0, childFriendly: 0, communityProtection: 0, childrenClub: 0, schoolCounselling: 0, floodChildcare: 0, ...counts });

const report: ProvinceReport = {
  from: '2026-10-01',
  to: '2026-12-31',
  offices: [
    {
      office: { id: 'ad', code: 'HP-AD', name: 'Phòng Văn hóa – Xã hội An Dương', provinceCode: '31' },
      sequence: 2,
      period: { kind: 'month', year: 2026, number: 12 },
      createdAt: '2027-01-02T02:00:00.000Z',
      children: children(120, 70, { d: 80, dd: 2, n: 40 }, 15, 90),
      gifts: { campaigns: 2, giftsDelivered: 150, value: 75_000_000 },
      fund: { received: 30_000_000, paid: 12_500_000, balance: 41_000_000, childTimes: 4, supportPaid: 10_000_000 },
      models: { covered: covered({ safeHome: 3, floodChildcare: 1 }), communes: 5 },
    },
    {
      office: { id: 'nq', code: 'HP-NQ', name: 'Phòng Văn hóa – Xã hội Ngô Quyền', provinceCode: '31' },
      sequence: 4,
      period: { kind: 'quarter', year: 2026, number: 4 },
      createdAt: '2027-01-03T02:00:00.000Z',
      children: children(0, 0, {}, 0, 0),
      gifts: { campaigns: 0, giftsDelivered: 0, value: 0 },
      fund: { received: 0, paid: 0, balance: -500_000, childTimes: 0, supportPaid: 0 },
      models: { covered: covered({}), communes: 3 },
    },
  ],
  total: {
    children: children(120, 70, { d: 80, dd: 2, n: 40 }, 15, 90),
    gifts: { campaigns: 2, giftsDelivered: 150, value: 75_000_000 },
    fund: { received: 30_000_000, paid: 12_500_000, balance: 40_500_000, childTimes: 4, supportPaid: 10_000_000 },
    models: { covered: covered({ safeHome: 3, floodChildcare: 1 }), communes: 8 },
  },
};

let file: FileOutput;
let workbook: ExcelJS.Workbook;
const sheet = (name: string): ExcelJS.Worksheet => {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

beforeAll(async () => {
  file = await provinceReportWorkbook(report, province, '2027-01-05');
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as never);
});

describe('provinceReportWorkbook', () => {
  it('is named after the period, in ASCII, with a sheet per section', () => {
    expect(file.fileName).toBe('Bao-cao-toan-tinh_2026-10-01_2026-12-31.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Trẻ em', 'Tặng quà', 'Quỹ Bảo trợ trẻ em', 'Mô hình']);
  });

  it('heads every sheet with the province office, the title and the period, and has it signed', () => {
    for (const s of workbook.worksheets) {
      expect(text(s, 'A1'), s.name).toBe('UBND THÀNH PHỐ HẢI PHÒNG');
      expect(text(s, 'A2'), s.name).toBe('SỞ Y TẾ');
      expect(allText(s), s.name).toContain('Hải Phòng, ngày 05 tháng 01 năm 2027');
      expect(text(s, 'A6'), s.name).toMatch(/^BÁO CÁO TỔNG HỢP TOÀN TỈNH\n/);
      expect(text(s, 'A7'), s.name).toBe('Từ ngày 01/10/2026 đến ngày 31/12/2026');
      expect(allText(s), s.name).toContain('NGƯỜI LẬP BIỂU');
      expect(allText(s), s.name).toContain('GIÁM ĐỐC');
      expect(allText(s), s.name).toContain('Trần Thị Minh Nguyệt');
      expect(fontNames(s), s.name).toEqual(['Times New Roman']);
    }
    expect(allText(sheet('Quỹ Bảo trợ trẻ em'))).toContain('KẾ TOÁN');
    expect(allText(sheet('Tặng quà'))).toContain('KẾ TOÁN');
    expect(allText(sheet('Trẻ em'))).not.toContain('KẾ TOÁN');
  });

  it('lists the children per office with its code and name, by sex, group letter, at risk and supported, then the total', () => {
    const s = sheet('Trẻ em');
    expect(text(s, 'A6')).toBe('BÁO CÁO TỔNG HỢP TOÀN TỈNH\nTRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT');
    expect(rowValues(s, 9, 4)).toEqual(['STT', 'Mã đơn vị', 'Đơn vị', 'Trẻ em có hoàn cảnh đặc biệt cuối kỳ']);
    expect(rowValues(s, 10, 22).slice(3)).toEqual(['Tổng số', 'Nam', 'Nữ', 'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'Trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt', 'Được hỗ trợ trong kỳ']);
    expect(rowValues(s, 11, 22)).toEqual(Array.from({ length: 22 }, (_, i) => `(${i + 1})`));
    expect(rowValues(s, 12, 22)).toEqual([1, 'HP-AD', 'Phòng Văn hóa – Xã hội An Dương', 120, 70, 50, 0, 0, 0, 80, 2, 0, 0, 0, 0, 0, 0, 0, 40, 0, 15, 90]);
    expect(rowValues(s, 13, 6)).toEqual([2, 'HP-NQ', 'Phòng Văn hóa – Xã hội Ngô Quyền', 0, 0, 0]);
    expect(text(s, 'A14')).toBe('Tổng cộng');
    expect(rowValues(s, 14, 22).slice(3)).toEqual([120, 70, 50, 0, 0, 0, 80, 2, 0, 0, 0, 0, 0, 0, 0, 40, 0, 15, 90]);
    expect(s.getCell('D14').font?.bold).toBe(true);
    expect(allText(s)).toContain('đ) Trẻ em nhiễm HIV/AIDS');
  });

  it('gives the gifts and the fund per office, the money in words', () => {
    const gifts = sheet('Tặng quà');
    expect(rowValues(gifts, 10, 6)).toEqual(['STT', 'Mã đơn vị', 'Đơn vị', 'Số đợt tặng quà', 'Lượt trẻ nhận quà', 'Giá trị quà (tiền và hiện vật)']);
    expect(rowValues(gifts, 12, 6)).toEqual([1, 'HP-AD', 'Phòng Văn hóa – Xã hội An Dương', 2, 150, 75_000_000]);
    expect(rowValues(gifts, 14, 6)).toEqual(['Tổng cộng', 'Tổng cộng', 'Tổng cộng', 2, 150, 75_000_000]);
    expect(text(gifts, 'A15')).toBe('Tổng giá trị quà bằng chữ: Bảy mươi lăm triệu đồng chẵn.');

    const fund = sheet('Quỹ Bảo trợ trẻ em');
    expect(rowValues(fund, 9, 8).slice(3)).toEqual(['Tiền mặt', 'Tiền mặt', 'Tiền mặt', 'Hỗ trợ trẻ em từ Quỹ', 'Hỗ trợ trẻ em từ Quỹ']);
    expect(rowValues(fund, 10, 8).slice(3)).toEqual(['Thu trong kỳ', 'Chi trong kỳ', 'Tồn quỹ cuối kỳ', 'Lượt trẻ', 'Số tiền']);
    expect(rowValues(fund, 13, 8)).toEqual([2, 'HP-NQ', 'Phòng Văn hóa – Xã hội Ngô Quyền', 0, 0, -500_000, 0, 0]);
    expect(rowValues(fund, 14, 8).slice(3)).toEqual([30_000_000, 12_500_000, 40_500_000, 4, 10_000_000]);
    expect(text(fund, 'A15')).toBe('Tồn quỹ cuối kỳ bằng chữ: Bốn mươi triệu năm trăm nghìn đồng chẵn.');
  });

  it('counts the communes with each shipped model in the year of the period’s end', () => {
    const s = sheet('Mô hình');
    expect(text(s, 'A6')).toBe('BÁO CÁO TỔNG HỢP TOÀN TỈNH\nMÔ HÌNH BẢO VỆ, CHĂM SÓC TRẺ EM NĂM 2026');
    expect(rowValues(s, 10, 10).slice(3)).toEqual([
      'Tổng số xã, phường',
      'Ngôi nhà an toàn',
      'Xã, phường phù hợp với trẻ em',
      'Hệ thống bảo vệ trẻ em dựa vào cộng đồng',
      'Câu lạc bộ trẻ em',
      'Điểm tư vấn trong trường học',
      'Điểm giữ trẻ mùa lũ',
    ]);
    expect(rowValues(s, 12, 10)).toEqual([1, 'HP-AD', 'Phòng Văn hóa – Xã hội An Dương', 5, 3, 0, 0, 0, 0, 1]);
    expect(rowValues(s, 14, 10).slice(3)).toEqual([8, 3, 0, 0, 0, 0, 1]);
  });
});
