import { z } from 'zod';
import { exchangePeriodKinds, passphraseLongEnough, periodsPerYear } from '../codes/exchange';
import { isoDate } from './children';

/** The exchange passphrase: the file format refuses anything shorter (main checks again). */
const passphrase = z
  .string({ error: 'validation.required' })
  .max(200, { error: 'validation.tooLong' })
  .refine(passphraseLongEnough, { error: 'validation.passphraseShort' });

export const exchangePeriodSchema = z
  .object({
    kind: z.enum(exchangePeriodKinds, { error: 'validation.required' }),
    year: z.number({ error: 'validation.year' }).int({ error: 'validation.year' }).min(2000, { error: 'validation.year' }).max(2100, { error: 'validation.year' }),
    number: z.number().int().min(1),
  })
  .refine((p) => p.number <= periodsPerYear(p.kind), { error: 'validation.periodNumber', path: ['number'] });

export const exchangeSettingsSchema = z.object({
  officeCode: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(20, { error: 'validation.tooLong' })
    .regex(/^[0-9A-Za-z._-]+$/, { error: 'validation.officeCode' }),
  includePersonalIds: z.boolean(),
  includeGuardianPhones: z.boolean(),
});

/** Setting (or changing) the passphrase agreed with the province: typed twice. */
export const passphraseSetSchema = z
  .object({ passphrase, repeat: z.string().max(200) })
  .refine((p) => p.passphrase === p.repeat, { error: 'validation.passphraseRepeat', path: ['repeat'] });

/** An export: the period, and the passphrase typed again (checked against the one set). */
export const exportInputSchema = z.object({ period: exchangePeriodSchema, passphrase });

/** A file the user picked (a package at the province, a receipt at the office), base64. */
export const exchangeFileSchema = z.object({
  fileName: z.string().min(1).max(260),
  base64: z.string().min(1).max(19 * 1024 * 1024),
});

const token = z.string().min(1).max(100);

/** The staged files of one import batch, the passphrases to try on them, and the older ones to take anyway. */
export const dryRunSchema = z.object({
  tokens: z.array(token).min(1, { error: 'validation.packagesRequired' }).max(200),
  passphrases: z.array(z.string().max(200)).min(1, { error: 'validation.required' }).max(50),
  force: z.array(token).max(200).default([]),
});

export const stagedSummarySchema = z.object({ token, passphrases: dryRunSchema.shape.passphrases });

export const provinceReportQuerySchema = z
  .object({ from: isoDate, to: isoDate })
  .refine((q) => q.from <= q.to, { error: 'validation.periodOrder', path: ['to'] });

export type ExchangePeriodInput = z.input<typeof exchangePeriodSchema>;
export type ExchangeSettingsInput = z.input<typeof exchangeSettingsSchema>;
export type PassphraseSetInput = z.input<typeof passphraseSetSchema>;
export type ExportInput = z.output<typeof exportInputSchema>;
export type ExchangeFileInput = z.output<typeof exchangeFileSchema>;
export type DryRunInput = z.output<typeof dryRunSchema>;
export type ProvinceReportQuery = z.output<typeof provinceReportQuerySchema>;
