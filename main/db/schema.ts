import type { Insertable, Selectable, Updateable } from 'kysely';

/**
 * Kysely's view of the database. Times are ISO-8601 UTC text, dates YYYY-MM-DD,
 * money integer VND, primary keys UUIDv7 text. Change it only together with a migration.
 */
export interface Database {
  office: OfficeTable;
  office_area_unit: OfficeAreaUnitTable;
  app_setting: AppSettingTable;
  audit_log: AuditLogTable;
}

export interface OfficeTable {
  id: string;
  mode: 'office' | 'province';
  province_code: string;
  area_kind: 'communes' | 'legacyDistrict';
  legacy_district_id: string | null;
  name: string;
  parent_agency: string;
  receiver: string;
  place_name: string;
  head_title: string;
  head_name: string;
  preparer_name: string;
  units_version: string;
  created_at: string;
  updated_at: string;
}

/** The units an office covers: current communes, or the wards of its legacy district. */
export interface OfficeAreaUnitTable {
  office_id: string;
  unit_kind: 'commune' | 'legacyWard';
  unit_id: string;
}

export interface AppSettingTable {
  key: string;
  value: string;
}

/** Who changed what. Never holds names or personal IDs of children, only record ids. */
export interface AuditLogTable {
  id: string;
  at: string;
  office_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
}

export type OfficeRow = Selectable<OfficeTable>;
export type NewOffice = Insertable<OfficeTable>;
export type OfficeUpdate = Updateable<OfficeTable>;
