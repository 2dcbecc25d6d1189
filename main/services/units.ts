import { parseUnitRef, type Commune, type LegacyDistrict, type LegacyWard, type Province, type UnitRef } from '../../shared/units';

/** The shape of resources/units/units.json (written by scripts/build-units.mjs). */
export interface UnitsData {
  version: string;
  source: string;
  provinces: Province[];
  communes: Commune[];
  legacyDistricts: LegacyDistrict[];
  legacyWards: LegacyWard[];
}

export interface UnitCatalog {
  version: string;
  provinces(): Province[];
  province(code: string): Province | undefined;
  communes(provinceCode: string): Commune[];
  commune(code: string): Commune | undefined;
  legacyDistricts(provinceCode: string): LegacyDistrict[];
  legacyDistrict(id: string): LegacyDistrict | undefined;
  legacyWards(districtId: string): LegacyWard[];
  legacyWard(id: string): LegacyWard | undefined;
  /** The name of a commune or legacy ward a record refers to; undefined when unknown. */
  unitName(ref: UnitRef): string | undefined;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Indexes the unit data once; every lookup afterwards is a map read. */
export function createUnitCatalog(data: UnitsData): UnitCatalog {
  const provinceByCode = new Map(data.provinces.map((p) => [p.code, p]));
  const communeByCode = new Map(data.communes.map((c) => [c.code, c]));
  const communesByProvince = groupBy(data.communes, (c) => c.provinceCode);
  const districtById = new Map(data.legacyDistricts.map((d) => [d.id, d]));
  const districtsByProvince = groupBy(data.legacyDistricts, (d) => d.provinceCode);
  const wardsByDistrict = groupBy(data.legacyWards, (w) => w.districtId);
  const wardById = new Map(data.legacyWards.map((w) => [w.id, w]));
  // Some new units took an old ward's name (Hải Phòng's new Phường Gia Viên is not the old
  // one): an old ward whose name a current commune of its province bears is called "… (cũ)",
  // so that lists, rosters and summaries never show two units under one name.
  const communeNames = new Set(data.communes.map((c) => `${c.provinceCode}|${c.name}`));
  const wardName = (ward: LegacyWard): string => {
    const provinceCode = districtById.get(ward.districtId)?.provinceCode;
    return communeNames.has(`${provinceCode}|${ward.name}`) ? `${ward.name} (cũ)` : ward.name;
  };
  return {
    version: data.version,
    provinces: () => data.provinces,
    province: (code) => provinceByCode.get(code),
    communes: (provinceCode) => communesByProvince.get(provinceCode) ?? [],
    commune: (code) => communeByCode.get(code),
    legacyDistricts: (provinceCode) => districtsByProvince.get(provinceCode) ?? [],
    legacyDistrict: (id) => districtById.get(id),
    legacyWards: (districtId) => wardsByDistrict.get(districtId) ?? [],
    legacyWard: (id) => wardById.get(id),
    unitName: (ref) => {
      const unit = parseUnitRef(ref);
      if (unit.kind === 'commune') return communeByCode.get(unit.id)?.name;
      const ward = wardById.get(unit.id);
      return ward && wardName(ward);
    },
  };
}
