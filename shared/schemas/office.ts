import { z } from 'zod';
import { requiredText } from './common';

export const officeModes = ['office', 'province'] as const;
export type OfficeMode = (typeof officeModes)[number];

const communeCode = z.string().regex(/^\d{5}$/, { error: 'validation.communeCode' });

/**
 * An office covers either a set of current (post-July-2025) communes, or a legacy
 * district with the wards it had before the reform.
 */
export const officeAreaSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('communes'),
    communeCodes: z.array(communeCode).min(1, { error: 'validation.communesRequired' }),
  }),
  z.object({
    kind: z.literal('legacyDistrict'),
    districtId: z.string().min(1, { error: 'validation.districtRequired' }),
    wardIds: z.array(z.string().min(1)).min(1, { error: 'validation.wardsRequired' }),
  }),
]);

export const officeSetupSchema = z.object({
  mode: z.enum(officeModes, { error: 'validation.required' }),
  provinceCode: z.string().regex(/^\d{2}$/, { error: 'validation.provinceRequired' }),
  area: officeAreaSchema,
  name: requiredText(200),
  parentAgency: requiredText(200),
  receiver: requiredText(200),
  placeName: requiredText(100),
  headTitle: requiredText(100),
  headName: requiredText(100),
  preparerName: requiredText(100),
});

export type OfficeArea = z.infer<typeof officeAreaSchema>;
export type OfficeSetupInput = z.input<typeof officeSetupSchema>;
export type OfficeSetup = z.output<typeof officeSetupSchema>;

export interface OfficeProfile extends OfficeSetup {
  id: string;
  createdAt: string;
  updatedAt: string;
}
