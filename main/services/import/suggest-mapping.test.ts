import { describe, expect, it } from 'vitest';
import { recogniseHeader, suggestMapping } from './suggest-mapping';

describe('mapping suggested from the header row', () => {
  it('maps a typical office list', () => {
    const headers = [
      'STT', 'Họ và tên', 'Ngày, tháng, năm sinh', 'Giới tính', 'Dân tộc', 'Số định danh cá nhân', 'Xã/phường',
      'Thôn/tổ', 'Hộ nghèo/cận nghèo', 'Nhóm đối tượng', 'Ngày vào diện', 'Họ tên cha/mẹ hoặc người giám hộ',
      'Quan hệ với trẻ', 'Số điện thoại', 'Ghi chú',
    ];
    expect(suggestMapping(headers)).toEqual({
      fullName: 1,
      birthDate: 2,
      sex: 3,
      ethnicity: 4,
      personalId: 5,
      unit: 6,
      village: 7,
      householdStatus: 8,
      groups: 9,
      groupStartDate: 10,
      guardianName: 11,
      guardianRelation: 12,
      guardianPhone: 13,
    });
  });

  it('maps another office’s wording, typed without marks or in capitals', () => {
    const headers = ['TT', 'HO TEN', 'Ngay sinh', 'Nam/Nữ', 'DÂN TỘC', 'Số CCCD', 'Phường', 'Tổ dân phố', 'Địa chỉ',
      'Hoàn cảnh', 'Người giám hộ', 'SĐT', 'Trường/lớp', 'Số thẻ BHYT', 'Số giấy khai sinh', 'Tình trạng sức khỏe'];
    expect(suggestMapping(headers)).toEqual({
      fullName: 1,
      birthDate: 2,
      sex: 3,
      ethnicity: 4,
      personalId: 5,
      unit: 6,
      village: 7,
      addressLine: 8,
      groups: 9,
      guardianName: 10,
      guardianPhone: 11,
      schoolClass: 12,
      healthInsuranceNo: 13,
      birthCertificateNo: 14,
      healthNotes: 15,
    });
  });

  it.each([
    ['Họ tên', 'fullName'],
    ['Tên trẻ', 'fullName'],
    ['Tên', 'fullName'],
    ['Mã định danh', 'personalId'],
    ['Xã, phường, thị trấn', 'unit'],
    ['Thôn, xóm', 'village'],
    ['Hộ nghèo', 'householdStatus'],
    ['Đối tượng', 'groups'],
    ['Nhóm', 'groups'],
    ['Nhóm nguy cơ', 'atRisk'],
    ['Họ tên cha/mẹ', 'guardianName'],
    ['Họ tên cha', 'guardianName'],
    ['Ngày bắt đầu hưởng', 'groupStartDate'],
    ['Cấp học', 'schoolLevel'],
    ['Mắc bệnh hiểm nghèo', 'healthNotes'],
    ['Tên thôn', 'village'],
  ] as const)('"%s" → %s', (header, field) => {
    expect(recogniseHeader(header)).toBe(field);
  });

  it('leaves columns it does not know unmapped, and gives each field one column', () => {
    expect(recogniseHeader('STT')).toBeNull();
    expect(recogniseHeader('Ghi chú')).toBeNull();
    expect(recogniseHeader('')).toBeNull();
    expect(suggestMapping(['Họ tên', 'Họ và tên khác', 'Ngày sinh'])).toEqual({ fullName: 0, birthDate: 2 });
  });
});
