import { z } from 'zod';
import { groupCodes } from '../codes/groups';
import { ethnicityLists } from '../codes/ethnicities';
import {
  householdStatuses,
  leaveReasons,
  membershipEndReasons,
  membershipKinds,
  registerStatuses,
  schoolLevels,
  sexes,
} from '../codes/register';
import { optionalText, requiredText } from './common';

/** A calendar date as stored: YYYY-MM-DD, and a real day. */
export const isoDate = z
  .string({ error: 'validation.required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.date' })
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number);
    const date = new Date(Date.UTC(y ?? 0, (m ?? 0) - 1, d ?? 0));
    return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d;
  }, { error: 'validation.date' });

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** Optional text that is stored as null when left empty. */
const nullableText = (max: number) => z.preprocess(blankToNull, optionalText(max).nullable());

/** Số định danh cá nhân: 12 digits, optional. */
export const personalIdSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value),
  z.preprocess(blankToNull, z.string().regex(/^\d{12}$/, { error: 'validation.personalId' }).nullable()),
);

/** BHYT card: 15 characters in practice; the format is not settled, so only loosely checked. */
const healthInsuranceSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : value),
  z.preprocess(blankToNull, z.string().regex(/^[A-Z0-9]{10,20}$/, { error: 'validation.healthInsurance' }).nullable()),
);

const phoneSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.replace(/[\s.()-]/g, '') : value),
  z.preprocess(blankToNull, z.string().regex(/^\+?\d{8,12}$/, { error: 'validation.phone' }).nullable()),
);

export const guardianSchema = z.object({
  fullName: requiredText(120),
  relation: requiredText(60),
  phone: phoneSchema,
  personalId: personalIdSchema,
  livesWithChild: z.boolean(),
});

export const childProfileSchema = z.object({
  fullName: requiredText(120),
  sex: z.enum(sexes, { error: 'validation.required' }),
  birthDate: isoDate,
  ethnicityList: z.enum(ethnicityLists),
  ethnicityCode: z.string().regex(/^\d{2}$/, { error: 'validation.required' }),
  personalId: personalIdSchema,
  birthCertificateNo: nullableText(40),
  healthInsuranceNo: healthInsuranceSchema,
  /** The unit the child lives in, as entered: a UnitRef (commune code, or "w:" + legacy ward id). */
  unitId: z.string().min(1, { error: 'validation.required' }).max(200),
  village: nullableText(120),
  addressLine: nullableText(200),
  householdStatus: z.enum(householdStatuses, { error: 'validation.required' }),
  schoolLevel: z.enum(schoolLevels, { error: 'validation.required' }),
  schoolClass: nullableText(40),
  healthNotes: nullableText(2000),
  disabilityNotes: nullableText(2000),
  guardians: z.array(guardianSchema).max(6),
});

export const membershipInputSchema = z.object({
  kind: z.enum(membershipKinds),
  /** A group code ('a' … 'o') for kind 'group', an at-risk option code for kind 'atRisk'. */
  code: z.string().min(1, { error: 'validation.required' }).max(40),
  subgroupCode: z.preprocess(blankToNull, z.string().max(40).nullable()),
  startDate: isoDate,
  note: nullableText(500),
});

/** A new child comes with at least one membership: why they are on the register. */
export const childCreateSchema = childProfileSchema.extend({
  memberships: z.array(membershipInputSchema).min(1, { error: 'validation.membershipRequired' }),
  /** Candidates the user has seen and judged not to be the same child (remembered). */
  notDuplicateOf: z.array(z.string()).max(50).default([]),
});

export const childUpdateSchema = childProfileSchema.extend({ id: z.string().min(1) });

export const membershipEndSchema = z.object({
  id: z.string().min(1),
  endDate: isoDate,
  endReason: z.enum(membershipEndReasons, { error: 'validation.required' }),
});

export const childCloseSchema = z.object({
  id: z.string().min(1),
  reason: z.enum(leaveReasons, { error: 'validation.required' }),
  date: isoDate,
  note: nullableText(500),
});

export const visitInputSchema = z.object({
  childId: z.string().min(1),
  visitDate: isoDate,
  visitor: requiredText(120),
  health: nullableText(2000),
  schooling: nullableText(2000),
  needs: nullableText(2000),
  notes: nullableText(2000),
});

export const childSorts = ['name', 'birthDate', 'createdAt'] as const;

export const childListQuerySchema = z.object({
  search: z.string().max(100).default(''),
  unitIds: z.array(z.string()).max(5000).default([]),
  groupCodes: z.array(z.enum(groupCodes)).default([]),
  atRiskCodes: z.array(z.string()).default([]),
  statuses: z.array(z.enum(registerStatuses)).default([]),
  sexes: z.array(z.enum(sexes)).default([]),
  ethnicityCodes: z.array(z.string()).default([]),
  householdStatuses: z.array(z.enum(householdStatuses)).default([]),
  ageMin: z.number().int().min(0).max(30).nullable().default(null),
  ageMax: z.number().int().min(0).max(30).nullable().default(null),
  turning16Soon: z.boolean().default(false),
  /** Only children given no gift (received, by them or a guardian) in the last N months. */
  noGiftMonths: z.number().int().min(1).max(60).nullable().default(null),
  sort: z.enum(childSorts).default('name'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

/** A guardian as typed so far: checked loosely, since the form asks while the user types. */
export const duplicateGuardianSchema = z.object({
  fullName: z.string().max(120).default(''),
  phone: z.string().max(30).nullable().default(null),
  personalId: z.string().max(20).nullable().default(null),
});

export const duplicateQuerySchema = z.object({
  id: z.string().nullable().default(null),
  fullName: z.string().max(120),
  birthDate: z.string().max(10),
  personalId: z.string().max(20).nullable().default(null),
  guardianNames: z.array(z.string().max(120)).max(6).default([]),
  /** The guardians with phone and personal ID, for "the same guardian" (optional; names alone are weaker). */
  guardians: z.array(duplicateGuardianSchema).max(6).optional(),
});

export const reviewQuerySchema = z
  .object({ from: isoDate, to: isoDate })
  .refine((q) => q.from <= q.to, { error: 'validation.periodOrder', path: ['to'] });

export type GuardianInput = z.output<typeof guardianSchema>;
export type ChildProfileInput = z.input<typeof childProfileSchema>;
export type ChildProfile = z.output<typeof childProfileSchema>;
export type ChildCreate = z.output<typeof childCreateSchema>;
export type ChildCreateInput = z.input<typeof childCreateSchema>;
export type ChildUpdate = z.output<typeof childUpdateSchema>;
export type MembershipInput = z.output<typeof membershipInputSchema>;
export type MembershipEnd = z.output<typeof membershipEndSchema>;
export type ChildClose = z.output<typeof childCloseSchema>;
export type VisitInput = z.output<typeof visitInputSchema>;
export type ChildListQuery = z.output<typeof childListQuerySchema>;
export type ChildListQueryInput = z.input<typeof childListQuerySchema>;
export type DuplicateQuery = z.output<typeof duplicateQuerySchema>;
export type ReviewQuery = z.output<typeof reviewQuerySchema>;
