import { z } from 'zod';

/** Messages are i18n keys (see renderer/src/i18n/locales); forms and main share them. */
export const requiredText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' });

export const optionalText = (max: number) =>
  z.string().trim().max(max, { error: 'validation.tooLong' });

export const noInput = z.undefined();

/** Money in whole đồng. Forms parse "500.000" with parseMoney before they send. */
export const moneyAmount = z
  .number({ error: 'validation.money' })
  .int({ error: 'validation.money' })
  .min(0, { error: 'validation.money' })
  .max(1_000_000_000_000, { error: 'validation.money' });
