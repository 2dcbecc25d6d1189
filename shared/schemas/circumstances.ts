import { z } from 'zod';
import { groupCodes } from '../codes/groups';
import { optionalText, requiredText } from './common';

export const circumstanceKinds = ['subgroup', 'atRisk'] as const;

/**
 * A sub-group or at-risk option as an office edits it (DOMAIN.md §3: the lists are the
 * office's). `code` null makes a new option; main gives it a code. A sub-group belongs to one
 * of the 14 legal groups; an at-risk option to none. An empty English name copies the Vietnamese.
 */
export const circumstanceSaveSchema = z
  .object({
    code: z.string().trim().min(1).max(20).nullable(),
    kind: z.enum(circumstanceKinds),
    groupCode: z.enum(groupCodes, { error: 'validation.required' }).nullable(),
    nameVi: requiredText(300),
    nameEn: optionalText(300),
    active: z.boolean(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'subgroup' && value.groupCode === null) {
      ctx.addIssue({ code: 'custom', path: ['groupCode'], message: 'validation.required' });
    }
    if (value.kind === 'atRisk' && value.groupCode !== null) {
      ctx.addIssue({ code: 'custom', path: ['groupCode'], message: 'validation.invalid' });
    }
  });

export type CircumstanceSaveInput = z.input<typeof circumstanceSaveSchema>;
export type CircumstanceSave = z.output<typeof circumstanceSaveSchema>;
