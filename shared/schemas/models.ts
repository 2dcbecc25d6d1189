import { z } from 'zod';
import {
  childFriendlyCriteriaCount,
  childFriendlyMaxTotal,
  communeClasses,
  rolloutStatuses,
  safeHomeAreas,
  safeHomeCriteriaCount,
} from '../codes/models';
import { isoDate } from './children';
import { moneyAmount, optionalText, requiredText } from './common';

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const nullableText = (max: number) => z.preprocess(blankToNull, optionalText(max).nullable());
const id = z.string().min(1).max(100);
/** A UnitRef of the office's area (a commune, or "w:" + a legacy ward id). */
const unitId = z.string().min(1).max(200);
const year = z.number({ error: 'validation.year' }).int({ error: 'validation.year' }).min(2000, { error: 'validation.year' }).max(2100, { error: 'validation.year' });
/**
 * A flood point's daily rate. The cap keeps every cost within safe integers: 1000 children ×
 * 366 days × 10.000.000 đ is about 3.7 × 10¹², far below 2⁵³.
 */
export const floodDailyRateMax = 10_000_000;
const dailyRate = moneyAmount.max(floodDailyRateMax, { error: 'validation.dailyRateTooHigh' });
/** An assessment is dated in the year it counts for (the services check it again). */
const assessedInYear = (value: { year: number; assessedOn: string }) => value.assessedOn.startsWith(`${value.year}-`);
const dateInYearIssue = () => ({ error: 'validation.dateInYear', path: ['assessedOn'] });
const count = (max: number) => z.number({ error: 'validation.count' }).int({ error: 'validation.count' }).min(0, { error: 'validation.count' }).max(max, { error: 'validation.count' });

/** A model the office adds to the shipped ones (or renames / archives one of its own). */
export const modelTypeInputSchema = z.object({ name: requiredText(200) });
export const modelTypeUpdateSchema = z.object({ id, name: requiredText(200), archived: z.boolean().default(false) });

/** A model in one commune in one year (written whole; one row per model, commune and year). */
export const rolloutInputSchema = z
  .object({
    modelTypeId: id,
    unitId,
    year,
    status: z.enum(rolloutStatuses, { error: 'validation.required' }),
    startDate: isoDate.nullable().default(null),
    endDate: isoDate.nullable().default(null),
    decisionNo: nullableText(60),
    personInCharge: nullableText(120),
    budget: moneyAmount.nullable().default(null),
    notes: nullableText(2000),
  })
  .refine((r) => r.startDate === null || r.endDate === null || r.endDate >= r.startDate, { error: 'validation.periodOrder', path: ['endDate'] });

export const rolloutQuerySchema = z.object({
  modelTypeId: id.nullable().default(null),
  year: year.nullable().default(null),
  unitId: unitId.nullable().default(null),
});

/** The office's yearly target: how many communes should have the model. */
export const targetInputSchema = z.object({ modelTypeId: id, year, targetCommunes: count(100_000) });

// ── Safe home ─────────────────────────────────────────────────────────────────────────────

/** The office's criteria list, written whole: the texts and which are mandatory (as in QĐ 548). */
export const safeHomeCriteriaSchema = z.object({
  criteria: z
    .array(
      z.object({
        id,
        area: z.enum(safeHomeAreas),
        text: requiredText(500),
        mandatory: z.boolean(),
      }),
    )
    .length(safeHomeCriteriaCount),
});

const safeHomeAssessmentFields = z.object({
  unitId,
  year,
  assessedOn: isoDate,
  householdHead: requiredText(120),
  village: nullableText(120),
  address: nullableText(300),
  /** The criteria the household meets (criterion ids). */
  metCriterionIds: z.array(id).max(safeHomeCriteriaCount).default([]),
  /** A child was injured at home during the year: the home cannot be recognised. */
  childInjured: z.boolean().default(false),
  /** Registered children living in the household, where they are on the register. */
  childIds: z.array(id).max(30).default([]),
  note: nullableText(1000),
});
export const safeHomeAssessmentInputSchema = safeHomeAssessmentFields.refine(assessedInYear, dateInYearIssue());
export const safeHomeAssessmentUpdateSchema = safeHomeAssessmentFields.extend({ id }).refine(assessedInYear, dateInYearIssue());
export const safeHomeQuerySchema = z.object({ year, unitId: unitId.nullable().default(null) });

// ── Child-friendly commune ────────────────────────────────────────────────────────────────

export const childFriendlyCriteriaSchema = z.object({
  /** The 13 criteria's names, in order (the rule never reads them). */
  texts: z.array(requiredText(500)).length(childFriendlyCriteriaCount),
});

export const childFriendlyScoreInputSchema = z
  .object({
    unitId,
    year,
    communeClass: z.enum(communeClasses, { error: 'validation.required' }),
    assessedOn: isoDate,
    scores: z.array(count(childFriendlyMaxTotal)).length(childFriendlyCriteriaCount),
    note: nullableText(1000),
  })
  .refine((s) => s.scores.reduce((sum, score) => sum + score, 0) <= childFriendlyMaxTotal, {
    error: 'validation.scoreTotal',
    path: ['scores'],
  })
  .refine(assessedInYear, dateInYearIssue());

// ── Flood-season childcare points ─────────────────────────────────────────────────────────

export const floodPointInputSchema = z.object({
  unitId,
  year,
  name: requiredText(200),
  location: nullableText(300),
  childrenEnrolled: count(1000),
  daysOpen: count(366),
  costPerChildDay: dailyRate,
  carers: count(100),
  carerPayPerDay: dailyRate,
  note: nullableText(1000),
});
export const floodPointUpdateSchema = floodPointInputSchema.extend({ id });

// ── Coverage ──────────────────────────────────────────────────────────────────────────────

export const coverageQuerySchema = z
  .object({ year, fromYear: year })
  .refine((q) => q.fromYear <= q.year && q.year - q.fromYear <= 20, { error: 'validation.periodOrder', path: ['fromYear'] });
export const yearQuerySchema = z.object({ year });

export type RolloutInput = z.input<typeof rolloutInputSchema>;
export type SafeHomeAssessmentInput = z.input<typeof safeHomeAssessmentInputSchema>;
export type ChildFriendlyScoreInput = z.input<typeof childFriendlyScoreInputSchema>;
export type FloodPointInput = z.input<typeof floodPointInputSchema>;
export type CoverageQuery = z.output<typeof coverageQuerySchema>;
