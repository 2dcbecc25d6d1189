import { z } from 'zod';
import type { ChannelName } from './channels';
import type { Result } from './errors';
import { noInput } from './schemas/common';
import { officeSetupSchema, type OfficeProfile } from './schemas/office';
import { languageSchema, type Preferences } from './schemas/preferences';
import type { Commune, LegacyDistrict, LegacyWard, Province } from './units';

/** A phantom value that carries a channel's output type; it is never read at run time. */
const returns = <T>() => undefined as unknown as T;

export interface AppInfo {
  version: string;
  runtime: 'electron' | 'browser';
  unitsVersion: string;
}

const provinceCode = z.object({ provinceCode: z.string().regex(/^\d{2}$/) });

/**
 * The IPC contract: each channel's input schema (parsed in main) and output type.
 * The renderer's api and main's handler table are both derived from this object.
 */
export const contract = {
  'app.info': { input: noInput, output: returns<AppInfo>() },
  'preferences.get': { input: noInput, output: returns<Preferences>() },
  'preferences.setLanguage': { input: languageSchema, output: returns<Preferences>() },
  'units.provinces': { input: noInput, output: returns<Province[]>() },
  'units.communes': { input: provinceCode, output: returns<Commune[]>() },
  'units.legacyDistricts': { input: provinceCode, output: returns<LegacyDistrict[]>() },
  'units.legacyWards': {
    input: z.object({ districtId: z.string().min(1).max(200) }),
    output: returns<LegacyWard[]>(),
  },
  'office.get': { input: noInput, output: returns<OfficeProfile | null>() },
  'office.save': { input: officeSetupSchema, output: returns<OfficeProfile>() },
} satisfies Record<ChannelName, { input: z.ZodType; output: unknown }>;

type Contract = typeof contract;

// Both lists must name the same channels: this fails to compile if contract.ts has extra ones.
const _sameChannels: Record<keyof Contract, true> = {} as Record<ChannelName, true>;
void _sameChannels;

export type Input<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type Output<C extends ChannelName> = Contract[C]['output'];
export type Answer<C extends ChannelName> = Result<Output<C>>;
