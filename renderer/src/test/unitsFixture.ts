import type { Commune, LegacyDistrict, LegacyWard, Province } from '../../../shared/units';

/** A small slice of the unit tables, enough for the office form. */
export const provinces: Province[] = [
  { code: '01', name: 'Thành phố Hà Nội' },
  { code: '31', name: 'Thành phố Hải Phòng' },
];

export const communes: Commune[] = [
  { code: '00070', name: 'Phường Hoàn Kiếm', kind: 'phuong', provinceCode: '01' },
  { code: '00082', name: 'Phường Cửa Nam', kind: 'phuong', provinceCode: '01' },
  { code: '11311', name: 'Phường Ngô Quyền', kind: 'phuong', provinceCode: '31' },
  { code: '11329', name: 'Phường Gia Viên', kind: 'phuong', provinceCode: '31' },
  { code: '11359', name: 'Phường Lê Chân', kind: 'phuong', provinceCode: '31' },
  { code: '10837', name: 'Phường Kinh Môn', kind: 'phuong', provinceCode: '31' },
  { code: '11935', name: 'Xã An Hưng', kind: 'xa', provinceCode: '31' },
];

export const legacyDistricts: LegacyDistrict[] = [
  {
    id: 'hai-phong/quan-ngo-quyen',
    name: 'Quận Ngô Quyền',
    oldProvinceName: 'Thành phố Hải Phòng',
    provinceCode: '31',
  },
  {
    id: 'hai-duong/thi-xa-kinh-mon',
    name: 'Thị xã Kinh Môn',
    oldProvinceName: 'Tỉnh Hải Dương',
    provinceCode: '31',
  },
];

export const legacyWards: LegacyWard[] = [
  { id: '11311', code: '11311', name: 'Phường Máy Chai', districtId: 'hai-phong/quan-ngo-quyen', communeCodes: ['11311'] },
  { id: '11314', code: '11314', name: 'Phường Máy Tơ', districtId: 'hai-phong/quan-ngo-quyen', communeCodes: ['11311'] },
  { id: '11320', code: '11320', name: 'Phường Cầu Đất', districtId: 'hai-phong/quan-ngo-quyen', communeCodes: ['11329', '11359'] },
  { id: '10837', code: '10837', name: 'Phường An Lưu', districtId: 'hai-duong/thi-xa-kinh-mon', communeCodes: ['10837'] },
];
