import { channelNames, type ChannelName } from '../shared/channels';
import { contract, type Answer, type ParsedInput } from '../shared/contract';
import { fail, ok, type FieldIssue } from '../shared/errors';
import { codeHandlers } from './channels/codes';
import { exchangeOfficeHandlers } from './channels/exchange-office';
import { exchangeProvinceHandlers } from './channels/exchange-province';
import { exchangeReportHandlers } from './channels/exchange-reports';
import { fileHandlers } from './channels/files';
import { foundationHandlers } from './channels/foundation';
import { fundLedgerHandlers } from './channels/fund-ledger';
import { fundReportHandlers } from './channels/fund-reports';
import { fundSupportHandlers } from './channels/fund-support';
import { giftHandlers } from './channels/gifts';
import { modelAssessmentHandlers } from './channels/models-assessments';
import { modelRolloutHandlers } from './channels/models-rollout';
import { importHandlers } from './channels/import';
import { registerHandlers } from './channels/register';
import { reviewHandlers } from './channels/review';
import { AppFailure } from './failure';
import type { Handler, HandlerContext, Handlers } from './handler-types';

export type { HandlerContext, Handlers } from './handler-types';

/** One handler per channel, gathered from the domain tables; `satisfies` makes a missing one a compile error. */
export const handlers = {
  ...foundationHandlers,
  ...registerHandlers,
  ...reviewHandlers,
  ...importHandlers,
  ...fileHandlers,
  ...codeHandlers,
  ...giftHandlers,
  ...fundLedgerHandlers,
  ...fundSupportHandlers,
  ...fundReportHandlers,
  ...modelRolloutHandlers,
  ...modelAssessmentHandlers,
  ...exchangeOfficeHandlers,
  ...exchangeProvinceHandlers,
  ...exchangeReportHandlers,
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
