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
