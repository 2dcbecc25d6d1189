import type { Kysely } from 'kysely';
import { channelNames, type ChannelName } from '../shared/channels';
import { contract, type Answer, type Output, type ParsedInput } from '../shared/contract';
import { fail, ok, type FieldIssue } from '../shared/errors';
import type { Clock } from './clock';
import type { Database } from './db/schema';
import { AppFailure } from './failure';
import { getOffice, saveOffice } from './services/office';
import { getPreferences, setLanguage } from './services/preferences';
import type { UnitCatalog } from './services/units';

/** What every handler may use. Built once at start-up (see app-context.ts). */
export interface HandlerContext {
  db: Kysely<Database>;
  units: UnitCatalog;
  clock: Clock;
  runtime: 'electron' | 'browser';
  version: string;
}

type Handler<C extends ChannelName> = (
  ctx: HandlerContext,
  input: ParsedInput<C>,
) => Output<C> | Promise<Output<C>>;

export type Handlers = { [C in ChannelName]: Handler<C> };

/** One handler per channel; `satisfies` makes a missing one a compile error. */
export const handlers = {
  'app.info': (ctx) => ({ version: ctx.version, runtime: ctx.runtime, unitsVersion: ctx.units.version }),
  'preferences.get': (ctx) => getPreferences(ctx.db),
  'preferences.setLanguage': (ctx, input) => setLanguage(ctx.db, input.language),
  'units.provinces': (ctx) => ctx.units.provinces(),
  'units.communes': (ctx, input) => ctx.units.communes(input.provinceCode),
  'units.legacyDistricts': (ctx, input) => ctx.units.legacyDistricts(input.provinceCode),
  'units.legacyWards': (ctx, input) => ctx.units.legacyWards(input.districtId),
  'office.get': (ctx) => getOffice(ctx.db),
  'office.save': (ctx, input) => saveOffice(ctx.db, ctx.units, ctx.clock, input),
} satisfies Handlers;

export function isChannel(name: unknown): name is ChannelName {
  return typeof name === 'string' && (channelNames as readonly string[]).includes(name);
}

async function run<C extends ChannelName>(ctx: HandlerContext, channel: C, rawInput: unknown): Promise<Answer<C>> {
  const parsed = contract[channel].input.safeParse(rawInput);
  if (!parsed.success) {
    const details: FieldIssue[] = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid',
    }));
    return fail('errors.invalidInput', details);
  }
  const handler = handlers[channel] as Handler<C>;
  return ok(await handler(ctx, parsed.data as ParsedInput<C>));
}

/**
 * Parses the input, runs the handler and wraps the answer. Never throws and never lets
 * an Error (or its message, which may hold personal data) cross to the renderer.
 */
export async function dispatch(ctx: HandlerContext, channel: unknown, rawInput: unknown): Promise<Answer<ChannelName>> {
  if (!isChannel(channel)) return fail('errors.unknownChannel');
  try {
    return await run(ctx, channel, rawInput);
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.code, error.details);
    // Log the kind of failure only: messages can carry user data.
    console.error(`[ipc] ${channel} failed:`, error instanceof Error ? error.name : typeof error);
    return fail('errors.internal');
  }
}
