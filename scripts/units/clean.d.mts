// Types for clean.mjs (the tests are TypeScript; the build script is plain Node).
import type { Commune, CommuneKind, LegacyDistrict, LegacyWard, Province } from '../../shared/units';
import type { UnitsData } from '../../main/services/units';

export type { Commune, CommuneKind, LegacyDistrict, LegacyWard, Province, UnitsData };

export interface CleaningReport {
  input: { provinces: number; wards: number; mappings: number };
  textFixes: { notNfc: number; apostrophes: number; spacing: number };
  provincesRenamed: { code: string; from: string; to: string }[];
  mappings: {
    exactDuplicates: number;
    withoutOldCode: number;
    withoutOldCodeNull: number;
    withoutOldCodeEmpty: number;
    islandDistrictRows: number;
    newCodeNotInTable: number;
    newCodeInOtherProvince: number;
    newCodeNamesOtherWard: number;
    newCodeInOtherProvinceSameName: number;
    newCodeTrusted: number;
    resolvedByName: number;
    twoStepSuspects: {
      key: string;
      oldWard: string;
      oldDistrict: string;
      oldProvince: string;
      resolvedTo: string;
      namesake: string;
    }[];
  };
  districtAliases: { oldProvince: string; from: string; to: string; reason: 'spelling' | 'type changed'; rows: number }[];
  oldCodesRecovered: { exactName: number; spellingVariant: number; typeChanged: number; total: number };
  typeChangedMerges: { district: string; from: string; to: string }[];
  spellingMerges: { district: string; from: string; to: string }[];
  splitWards: number;
  communesWithoutLegacyWard: string[];
  output: {
    provinces: number;
    communes: number;
    communeKinds: Record<CommuneKind, number>;
    legacyDistricts: number;
    legacyWards: number;
    legacyWardsWithoutCode: number;
    islandPseudoWards: number;
  };
}

export const UNITS_VERSION: string;
export const SOURCE_PACKAGE: string;
export const SOURCE_VERSION: string;
export const UNITS_SOURCE: string;
export const ISLAND_DISTRICTS: Readonly<Record<string, { commune: string; district: string; oldProvince: string }>>;
export const COMMUNES_WITHOUT_MAPPING: readonly string[];

export class UnitsDataError extends Error {}

export function cleanName(s: string): string;
export function fold(s: string): string;
export function spellingKey(s: string): string;
export function buildUnits(raw: unknown): { data: UnitsData; report: CleaningReport };
export function serializeUnits(data: UnitsData): string;
export function formatReport(report: CleaningReport): string;
