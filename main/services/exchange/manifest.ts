import { z } from 'zod';
import { exchangePeriodKinds, periodsPerYear } from '../../../shared/codes/exchange';

/**
 * The manifest an office puts in its package (the file format carries it opaquely, see
 * package-format.ts). The province trusts nothing in it before this schema has parsed it.
 *
 * Rows travel as parts "<table>.jsonl": one JSON object per line with exactly the columns the
 * manifest lists for the table (tables.ts), values strings, numbers or null. A human-readable
 * Excel summary travels as "summary.xlsx".
 */
export const manifestContent = 'bao-tro-tre-em/office-package';
export const manifestDataVersion = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));
const shortText = z.string().max(300);

export const manifestSchema = z.object({
  content: z.literal(manifestContent),
  dataVersion: z.literal(manifestDataVersion),
  exportId: z.string().min(1).max(100),
  sequence: z.number().int().positive(),
  office: z.object({
    id: z.string().min(1).max(100),
    code: z.string().min(1).max(20),
    name: shortText,
    provinceCode: z.string().regex(/^\d{2}$/),
    parentAgency: shortText,
    receiver: shortText,
    areaKind: z.enum(['communes', 'legacyDistrict']),
    legacyDistrictId: z.string().max(200).nullable(),
    /** The area's units (UnitRefs, see shared/units.ts) with their names as the office shows them. */
    units: z.array(z.object({ ref: z.string().min(1).max(200), name: shortText })).max(5000),
  }),
  period: z
    .object({ kind: z.enum(exchangePeriodKinds), year: z.number().int().min(2000).max(2100), number: z.number().int().min(1) })
    .refine((p) => p.number <= periodsPerYear(p.kind)),
  periodKey: z.string().max(20),
  from: isoDate,
  to: isoDate,
  createdAt: isoTime,
  appVersion: z.string().max(50),
  /** The sequence of the export of the same period this one replaces, if any. */
  replacesSequence: z.number().int().positive().nullable(),
  includes: z.object({ personalIds: z.boolean(), guardianPhones: z.boolean() }),
  /** 32 random bytes, hex: the province signs its receipt for this package with them. */
  receiptKey: hex(32),
  tables: z
    .array(
      z.object({
        name: z.string().regex(/^[a-z_]{1,60}$/),
        part: z.string().max(64),
        columns: z.array(z.string().regex(/^[a-z_]{1,60}$/)).min(1).max(200),
        rows: z.number().int().min(0),
        sha256: hex(32),
      }),
    )
    .max(200),
  summary: z.object({ part: z.string().max(64), sha256: hex(32) }),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestTable = Manifest['tables'][number];
