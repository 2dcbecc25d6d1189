import { z } from 'zod';
import type { DuplicateCandidate } from '../register';

/** The register fields a column of an imported sheet can be mapped to. */
export const importFields = [
  'fullName',
  'sex',
  'birthDate',
  'ethnicity',
  'personalId',
  'birthCertificateNo',
  'healthInsuranceNo',
  'unit',
  'village',
  'addressLine',
  'householdStatus',
  'schoolLevel',
  'schoolClass',
  'groups',
  'groupStartDate',
  'atRisk',
  'guardianName',
  'guardianRelation',
  'guardianPhone',
  'healthNotes',
] as const;
export type ImportField = (typeof importFields)[number];

/** Field → 0-based column index (or null: not imported). */
export const importMappingSchema = z.partialRecord(z.enum(importFields), z.number().int().min(0).max(500).nullable());
export type ImportMapping = z.output<typeof importMappingSchema>;

export const importPreviewSchema = z.object({
  fileName: z.string().min(1).max(200),
  /** The file's bytes (xlsx or csv), base64; the renderer reads the file the user picked. */
  base64: z.string().min(1).max(30 * 1024 * 1024),
  /** Null: let main suggest a mapping from the header row. */
  mapping: importMappingSchema.nullable().default(null),
});

export const importCommitSchema = importPreviewSchema.extend({
  mapping: importMappingSchema,
  /** Row numbers whose duplicate warnings the user has seen and overruled. */
  acceptedDuplicateRows: z.array(z.number().int().min(1)).default([]),
});

export interface ImportRowIssue {
  field: ImportField;
  /** An i18n key ('validation.*' or 'import.*'). */
  message: string;
}

export interface ImportRowPreview {
  /** The row number as the user sees it in the spreadsheet (header is row 1). */
  rowNumber: number;
  fullName: string;
  birthDate: string | null;
  issues: ImportRowIssue[];
  duplicates: DuplicateCandidate[];
}

export interface ImportPreview {
  fileName: string;
  headers: string[];
  mapping: ImportMapping;
  rows: ImportRowPreview[];
  validCount: number;
  errorCount: number;
  duplicateCount: number;
}

export interface ImportResult {
  imported: number;
}
