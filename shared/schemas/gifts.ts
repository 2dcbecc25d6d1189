import { z } from 'zod';
import { groupCodes } from '../codes/groups';
import { householdStatuses } from '../codes/register';
import { deliveryExceptionStatuses, deliveryStatuses, fundingSourceKinds, giftOccasions } from '../codes/gifts';
import { isoDate } from './children';
import { moneyAmount, optionalText, requiredText } from './common';

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const nullableText = (max: number) => z.preprocess(blankToNull, optionalText(max).nullable());

// moneyAmount lives in common.ts; re-exported so the fund's and gifts' imports keep working.
export { moneyAmount };

export const fundingInputSchema = z
  .object({
    kind: z.enum(fundingSourceKinds, { error: 'validation.required' }),
    /** The sponsor's name; required for kind 'sponsor', ignored otherwise. */
    sponsorName: nullableText(200),
    /** This source's share of the campaign, in đồng. */
    amount: moneyAmount,
  })
  .refine((source) => source.kind !== 'sponsor' || (source.sponsorName ?? '') !== '', {
    error: 'validation.sponsorName',
    path: ['sponsorName'],
  });

/** A different gift for the children of one legal group. */
export const groupRateSchema = z.object({
  groupCode: z.enum(groupCodes),
  cash: moneyAmount,
  goodsValue: moneyAmount,
});

export const campaignInputSchema = z
  .object({
    name: requiredText(200),
    occasion: z.enum(giftOccasions, { error: 'validation.required' }),
    year: z.number({ error: 'validation.year' }).int({ error: 'validation.year' }).min(2000, { error: 'validation.year' }).max(2100, { error: 'validation.year' }),
    startDate: isoDate,
    endDate: isoDate,
    /** The gift per child: cash and/or goods (described, with their value). */
    cashPerChild: moneyAmount,
    goodsDescription: nullableText(300),
    goodsValuePerChild: moneyAmount,
    funding: z.array(fundingInputSchema).min(1, { error: 'validation.fundingRequired' }).max(10),
    groupRates: z.array(groupRateSchema).max(14).default([]),
    note: nullableText(1000),
  })
  .refine((c) => c.endDate >= c.startDate, { error: 'validation.periodOrder', path: ['endDate'] })
  .refine((c) => c.cashPerChild + c.goodsValuePerChild > 0, { error: 'validation.giftRequired', path: ['cashPerChild'] })
  .refine((c) => c.goodsValuePerChild === 0 || (c.goodsDescription ?? '') !== '', {
    error: 'validation.goodsDescription',
    path: ['goodsDescription'],
  })
  .refine((c) => new Set(c.groupRates.map((r) => r.groupCode)).size === c.groupRates.length, {
    error: 'validation.duplicateGroupRate',
    path: ['groupRates'],
  });

export const campaignUpdateSchema = campaignInputSchema.and(z.object({ id: z.string().min(1) }));

/**
 * Who is proposed for a campaign. Empty lists mean "any". A child must be on the register
 * (not left) and under 16 on the campaign's start date, the day ages are counted on.
 */
export const selectionRulesSchema = z
  .object({
    /** In any of these groups on the start date; empty with includeAtRisk false means every child on the register. */
    groupCodes: z.array(z.enum(groupCodes)).max(groupCodes.length).default([]),
    /** Also children on the at-risk list. */
    includeAtRisk: z.boolean().default(false),
    ageMin: z.number().int().min(0).max(15).nullable().default(null),
    ageMax: z.number().int().min(0).max(15).nullable().default(null),
    /** UnitRefs (commune codes or "w:" + legacy ward id); empty means the whole area. */
    unitIds: z.array(z.string().max(200)).max(5000).default([]),
    householdStatuses: z.array(z.enum(householdStatuses)).max(householdStatuses.length).default([]),
    /** Leave out children given a gift from one of this campaign's sources in the last N months. */
    noGiftMonths: z.number().int().min(1).max(60).nullable().default(null),
  })
  .refine((r) => r.ageMin === null || r.ageMax === null || r.ageMin <= r.ageMax, {
    error: 'validation.ageRange',
    path: ['ageMax'],
  });

export const selectionSchema = z.object({ campaignId: z.string().min(1), rules: selectionRulesSchema });

export const recipientQuerySchema = z.object({
  campaignId: z.string().min(1),
  /** One unit (UnitRef) or the whole area. */
  unitId: z.string().max(200).nullable().default(null),
  statuses: z.array(z.enum(deliveryStatuses)).max(deliveryStatuses.length).default([]),
  /** Also list the children removed from the list (shown struck through). */
  includeRemoved: z.boolean().default(false),
  search: z.string().max(100).default(''),
});

/** Add a child to the list by hand. The gift is the campaign's (or group's) unless given. */
export const recipientAddSchema = z.object({
  campaignId: z.string().min(1),
  childId: z.string().min(1),
  reason: requiredText(500),
});

export const recipientRemoveSchema = z.object({
  recipientId: z.string().min(1),
  reason: requiredText(500),
});

/** Set one child's gift, and who receives it for them ("Người nhận thay"). */
export const recipientGiftSchema = z.object({
  recipientId: z.string().min(1),
  /** null: back to the campaign's (or group's) gift. */
  gift: z.object({ cash: moneyAmount, goodsValue: moneyAmount }).nullable(),
  proxyName: nullableText(120),
  /** Required once the list is frozen (the change is logged). */
  reason: nullableText(500),
});

export const deliveryMarkSchema = z.object({
  recipientIds: z.array(z.string().min(1).max(100)).min(1).max(100_000),
  status: z.enum(deliveryStatuses),
  /** The day of the visit; null only with status 'pending' (undo). */
  date: isoDate.nullable(),
  /** Who took the gift for the child (status receivedByGuardian). */
  receivedBy: nullableText(120),
  note: nullableText(500),
});

/** "All received" on a day, for one unit or the whole area, except the children listed. */
export const deliveryAllSchema = z.object({
  campaignId: z.string().min(1),
  unitId: z.string().max(200).nullable().default(null),
  date: isoDate,
  exceptions: z
    .array(
      z.object({
        recipientId: z.string().min(1),
        status: z.enum(deliveryExceptionStatuses),
        receivedBy: nullableText(120),
        note: nullableText(500),
      }),
    )
    .max(10_000)
    .default([]),
});

export const rosterQuerySchema = z.object({
  campaignId: z.string().min(1),
  /** One unit (UnitRef) or null for the whole area. */
  unitId: z.string().max(200).nullable().default(null),
  /** The follow-up list: only those absent at the visit. */
  followUp: z.boolean().default(false),
});

export type CampaignInput = z.input<typeof campaignInputSchema>;
export type SelectionRules = z.output<typeof selectionRulesSchema>;
export type RosterQuery = z.output<typeof rosterQuerySchema>;
