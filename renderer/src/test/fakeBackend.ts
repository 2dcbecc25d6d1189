import type { ChannelName } from '../../../shared/channels';
import { contract, type Answer, type Output, type ParsedInput } from '../../../shared/contract';
import { fail, ok, type FieldIssue, type Result } from '../../../shared/errors';
import type { OfficeProfile } from '../../../shared/schemas/office';
import type { Language } from '../../../shared/schemas/preferences';
import type { Transport } from '../api/transport';
import * as units from './unitsFixture';

/** Input parsed by the contract's schema as main parses it; invalid input answered as main answers it. */
export function parseInput<C extends ChannelName>(channel: C, input: unknown): Result<ParsedInput<C>> {
  const parsed = contract[channel].input.safeParse(input);
  if (parsed.success) return ok(parsed.data as ParsedInput<C>);
  const details: FieldIssue[] = parsed.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid',
  }));
  return fail('errors.invalidInput', details);
}

export interface FakeCall {
  channel: ChannelName;
  input: unknown;
}

type Override = (input: unknown) => Answer<ChannelName> | Promise<Answer<ChannelName>>;

/**
 * An in-memory stand-in for main: parses input with the contract's schemas (as main
 * does), keeps the office and the language, and records every call.
 */
export function createFakeBackend(initial: { office?: OfficeProfile | null; language?: Language } = {}) {
  const state = { office: initial.office ?? null, language: initial.language ?? ('vi' as Language) };
  const calls: FakeCall[] = [];
  const overrides = new Map<ChannelName, Override>();

  // Channels without a fake answer errors.notSupported; tests give them one with override().
  const handlers: { [C in ChannelName]?: (input: never) => Output<C> } = {
    'app.info': () => ({ version: '0.0.0-test', runtime: 'browser', unitsVersion: 'fixture' }),
    'preferences.get': () => ({ language: state.language }),
    'preferences.setLanguage': (input: { language: Language }) => {
      state.language = input.language;
      return { language: state.language };
    },
    'units.provinces': () => units.provinces,
    'units.communes': (input: { provinceCode: string }) =>
      units.communes.filter((c) => c.provinceCode === input.provinceCode),
    'units.legacyDistricts': (input: { provinceCode: string }) =>
      units.legacyDistricts.filter((d) => d.provinceCode === input.provinceCode),
    'units.legacyWards': (input: { districtId: string }) =>
      units.legacyWards.filter((w) => w.districtId === input.districtId),
    'office.get': () => state.office,
    'office.save': (input: Omit<OfficeProfile, 'id' | 'createdAt' | 'updatedAt'>) => {
      const now = '2026-02-05T08:00:00.000Z';
      state.office = { ...input, id: state.office?.id ?? 'office-1', createdAt: state.office?.createdAt ?? now, updatedAt: now };
      return state.office;
    },
  };

  const transport: Transport = async (channel, input) => {
    calls.push({ channel, input });
    const override = overrides.get(channel);
    if (override) return override(input);
    const parsed = parseInput(channel, input);
    if (!parsed.ok) return parsed;
    const handler = handlers[channel] as ((input: unknown) => unknown) | undefined;
    return handler ? ok(handler(parsed.data)) : fail('errors.notSupported');
  };

  return {
    transport,
    state,
    calls,
    callsTo: (channel: ChannelName) => calls.filter((call) => call.channel === channel),
    /** Makes a channel answer as given (e.g. a failure) instead of running the fake. */
    override: (channel: ChannelName, answer: Override) => overrides.set(channel, answer),
  };
}

export type FakeBackend = ReturnType<typeof createFakeBackend>;

export const sampleOffice: OfficeProfile = {
  id: 'office-1',
  mode: 'office',
  provinceCode: '31',
  area: { kind: 'communes', communeCodes: ['11311', '11329'] },
  name: 'PHÒNG VĂN HÓA – XÃ HỘI',
  parentAgency: 'UBND PHƯỜNG NGÔ QUYỀN',
  receiver: 'Sở Y tế thành phố Hải Phòng',
  placeName: 'Ngô Quyền',
  headTitle: 'TRƯỞNG PHÒNG',
  headName: 'Nguyễn Văn An',
  preparerName: 'Trần Thị Bình',
  createdAt: '2026-01-10T08:00:00.000Z',
  updatedAt: '2026-01-10T08:00:00.000Z',
};
