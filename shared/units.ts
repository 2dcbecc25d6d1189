/**
 * Administrative units as the app uses them (see DOMAIN.md §2). The data comes from
 * resources/units/units.json, built and cleaned by scripts/build-units.mjs.
 */
export type CommuneKind = 'xa' | 'phuong' | 'dacKhu';

export interface Province {
  code: string; // 2 digits, QĐ 19/2025/QĐ-TTg
  name: string; // "Thành phố Hải Phòng"
}

export interface Commune {
  code: string; // 5 digits
  name: string; // "Phường Ngô Quyền"
  kind: CommuneKind;
  provinceCode: string;
}

/** A district that existed until 30 June 2025. Its id is stable and readable. */
export interface LegacyDistrict {
  id: string; // e.g. "hai-phong/quan-ngo-quyen"
  name: string; // "Quận Ngô Quyền"
  oldProvinceName: string; // "Thành phố Hải Phòng"
  provinceCode: string; // the current province it now belongs to
}

/** A ward or commune of a legacy district and the current commune(s) it became. */
export interface LegacyWard {
  id: string; // the 5-digit QĐ 124/2004 code where known, otherwise a stable derived id
  code: string | null;
  name: string;
  districtId: string;
  communeCodes: string[];
}

/**
 * A unit a child of this office can live in: the communes of its area, or, for a legacy
 * district, its old wards and the current communes they became. Sorted for display.
 */
export interface OfficeUnit {
  id: UnitRef;
  name: string;
  kind: 'commune' | 'legacyWard';
}

/**
 * How a record names its unit. New commune codes reuse old ward codes (11329 was the old
 * Phường Máy Chai and is the new Phường Ngô Quyền), so a legacy ward is marked with "w:".
 */
export type UnitRef = string;

export const communeRef = (code: string): UnitRef => code;
export const legacyWardRef = (wardId: string): UnitRef => `w:${wardId}`;

export function parseUnitRef(ref: UnitRef): { kind: 'commune' | 'legacyWard'; id: string } {
  return ref.startsWith('w:') ? { kind: 'legacyWard', id: ref.slice(2) } : { kind: 'commune', id: ref };
}
