/**
 * A fictional office for a demo folder: a former district office (Phòng LĐTBXH of Quận Ngô
 * Quyền, Hải Phòng, with all its old wards) or, after the 2025 reform, one commune's office.
 * The places are real; the people named are not.
 */
import type { OfficeSetup } from '../../shared/schemas/office';
import type { UnitCatalog } from '../../main/services/units';

export type DemoOfficeKind = 'legacy' | 'communes';

export const demoDistrictId = 'hai-phong/quan-ngo-quyen';

const people = { headName: 'Phạm Thị Thu Hằng', preparerName: 'Vũ Minh Tuấn' };

/** Strips "Phường ", "Xã ", "Đặc khu ", "Quận " …: the place name in a document's date line. */
const placeOf = (unitName: string): string => unitName.replace(/^(Phường|Xã|Đặc khu|Thị trấn|Quận|Huyện|Thị xã|Thành phố)\s+/u, '');

export function demoOffice(units: UnitCatalog, kind: DemoOfficeKind, provinceCode = '31'): OfficeSetup {
  const province = units.province(provinceCode);
  if (!province) throw new Error(`No province with code ${provinceCode}`);
  const receiver = `Sở Y tế ${province.name.replace(/^(Thành phố|Tỉnh)\s+/u, (p) => p.toLowerCase())}`;

  if (kind === 'legacy') {
    const district = units.legacyDistrict(demoDistrictId);
    if (!district) throw new Error(`The unit data has no ${demoDistrictId}`);
    const place = placeOf(district.name);
    return {
      mode: 'office',
      provinceCode: district.provinceCode,
      area: { kind: 'legacyDistrict', districtId: district.id, wardIds: units.legacyWards(district.id).map((w) => w.id) },
      name: 'PHÒNG LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI',
      parentAgency: `UBND ${district.name.toLocaleUpperCase('vi')}`,
      receiver: `Sở Y tế ${district.oldProvinceName.replace(/^(Thành phố|Tỉnh)\s+/u, (p) => p.toLowerCase())}`,
      placeName: place,
      headTitle: 'TRƯỞNG PHÒNG',
      ...people,
    };
  }

  const commune = [...units.communes(provinceCode)].sort((a, b) => a.code.localeCompare(b.code))[0];
  if (!commune) throw new Error(`Province ${provinceCode} has no communes`);
  return {
    mode: 'office',
    provinceCode,
    area: { kind: 'communes', communeCodes: [commune.code] },
    name: 'PHÒNG VĂN HÓA – XÃ HỘI',
    parentAgency: `UBND ${commune.name.toLocaleUpperCase('vi')}`,
    receiver,
    placeName: placeOf(commune.name),
    headTitle: 'TRƯỞNG PHÒNG',
    ...people,
  };
}
