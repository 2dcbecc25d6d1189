import { describe, expect, it } from 'vitest';
import { createUnitCatalog, type UnitsData } from './units';

/** Two provinces, four communes, two legacy districts (one of them an island district). */
const fixture: UnitsData = {
  version: 'test-1',
  source: 'main/services/units.test.ts',
  provinces: [
    { code: '01', name: 'Thành phố Hà Nội' },
    { code: '31', name: 'Thành phố Hải Phòng' },
  ],
  communes: [
    { code: '00004', name: 'Phường Ba Đình', kind: 'phuong', provinceCode: '01' },
    { code: '11329', name: 'Phường Ngô Quyền', kind: 'phuong', provinceCode: '31' },
    { code: '11359', name: 'Phường Gia Viên', kind: 'phuong', provinceCode: '31' },
    { code: '11948', name: 'Đặc khu Bạch Long Vĩ', kind: 'dacKhu', provinceCode: '31' },
  ],
  legacyDistricts: [
    { id: 'hai-phong/huyen-bach-long-vi', name: 'Huyện Bạch Long Vĩ', oldProvinceName: 'Thành phố Hải Phòng', provinceCode: '31' },
    { id: 'hai-phong/quan-ngo-quyen', name: 'Quận Ngô Quyền', oldProvinceName: 'Thành phố Hải Phòng', provinceCode: '31' },
  ],
  legacyWards: [
    {
      id: 'hai-phong/huyen-bach-long-vi/huyen-bach-long-vi',
      code: null,
      name: 'Huyện Bạch Long Vĩ',
      districtId: 'hai-phong/huyen-bach-long-vi',
      communeCodes: ['11948'],
    },
    { id: '11329', code: '11329', name: 'Phường Máy Chai', districtId: 'hai-phong/quan-ngo-quyen', communeCodes: ['11329'] },
    { id: '11365', code: '11365', name: 'Phường Lạch Tray', districtId: 'hai-phong/quan-ngo-quyen', communeCodes: ['11359'] },
    {
      id: 'hai-phong/quan-ngo-quyen/phuong-lac-vien',
      code: null,
      name: 'Phường Lạc Viên',
      districtId: 'hai-phong/quan-ngo-quyen',
      communeCodes: ['11329', '11359'],
    },
  ],
};

describe('createUnitCatalog', () => {
  const units = createUnitCatalog(fixture);

  it('carries the data version', () => {
    expect(units.version).toBe('test-1');
  });

  it('lists the provinces in data order and finds one by code', () => {
    expect(units.provinces().map((p) => p.code)).toEqual(['01', '31']);
    expect(units.province('31')).toEqual({ code: '31', name: 'Thành phố Hải Phòng' });
    expect(units.province('99')).toBeUndefined();
    expect(units.province('')).toBeUndefined();
  });

  it('lists the communes of one province only', () => {
    expect(units.communes('31').map((c) => c.code)).toEqual(['11329', '11359', '11948']);
    expect(units.communes('01').map((c) => c.code)).toEqual(['00004']);
    expect(units.communes('99')).toEqual([]);
  });

  it('finds a commune by code, in any province', () => {
    expect(units.commune('11948')).toEqual({ code: '11948', name: 'Đặc khu Bạch Long Vĩ', kind: 'dacKhu', provinceCode: '31' });
    expect(units.commune('00004')?.provinceCode).toBe('01');
    expect(units.commune('4')).toBeUndefined();
  });

  it('lists the legacy districts of the current province they belong to', () => {
    expect(units.legacyDistricts('31').map((d) => d.id)).toEqual(['hai-phong/huyen-bach-long-vi', 'hai-phong/quan-ngo-quyen']);
    expect(units.legacyDistricts('01')).toEqual([]);
    expect(units.legacyDistrict('hai-phong/quan-ngo-quyen')?.name).toBe('Quận Ngô Quyền');
    expect(units.legacyDistrict('hai-phong')).toBeUndefined();
  });

  it('lists a legacy district’s wards, with and without old codes', () => {
    const wards = units.legacyWards('hai-phong/quan-ngo-quyen');
    expect(wards.map((w) => w.id)).toEqual(['11329', '11365', 'hai-phong/quan-ngo-quyen/phuong-lac-vien']);
    expect(wards[2]).toMatchObject({ code: null, communeCodes: ['11329', '11359'] });
    expect(units.legacyWards('hai-phong/huyen-bach-long-vi')).toEqual([fixture.legacyWards[0]]);
    expect(units.legacyWards('nowhere')).toEqual([]);
  });

  it('indexes an empty data set without failing', () => {
    const empty = createUnitCatalog({ ...fixture, provinces: [], communes: [], legacyDistricts: [], legacyWards: [] });
    expect(empty.provinces()).toEqual([]);
    expect(empty.communes('31')).toEqual([]);
    expect(empty.legacyWards('hai-phong/quan-ngo-quyen')).toEqual([]);
  });
});

describe('unit references', () => {
  it('tell a current commune from a legacy ward that has the same code', async () => {
    const { unitsFixture } = await import('../../tests/fixtures/units');
    const catalog = createUnitCatalog(unitsFixture);
    expect(catalog.unitName('11329')).toBe('Phường Gia Viên');
    expect(catalog.unitName('w:11329')).toBe('Phường Cầu Đất');
    expect(catalog.unitName('w:99999')).toBeUndefined();
  });

  it('call an old ward "(cũ)" when a current commune of its province took its name', async () => {
    const { unitsFixture } = await import('../../tests/fixtures/units');
    const catalog = createUnitCatalog({
      ...unitsFixture,
      legacyWards: [
        ...unitsFixture.legacyWards,
        { id: '11341', code: '11341', name: 'Phường Gia Viên', districtId: 'hai-phong/quan-ngo-quyen', communeCodes: ['11329'] },
        // Hà Nội's commune of this name is in another province: no clash.
        { id: '11342', code: '11342', name: 'Phường Ba Đình', districtId: 'hai-phong/quan-ngo-quyen', communeCodes: ['11329'] },
      ],
    });
    expect(catalog.unitName('w:11341')).toBe('Phường Gia Viên (cũ)');
    expect(catalog.unitName('11329')).toBe('Phường Gia Viên');
    expect(catalog.unitName('w:11342')).toBe('Phường Ba Đình');
  });
});
