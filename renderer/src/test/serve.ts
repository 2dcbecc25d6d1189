import type { ChannelName } from '../../../shared/channels';
import type { Output, ParsedInput } from '../../../shared/contract';
import { fail, ok, type ErrorCode, type FieldIssue } from '../../../shared/errors';
import { parseInput, type FakeBackend } from './fakeBackend';

/** Thrown by a served handler to answer a refusal. */
export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: FieldIssue[],
  ) {
    super(code);
  }
}

/** Serves a channel as main would: input parsed by the contract, a Refusal answered as a failure. */
export function serve<C extends ChannelName>(backend: FakeBackend, channel: C, handler: (input: ParsedInput<C>) => Output<C>): void {
  backend.override(channel, (input) => {
    const parsed = parseInput(channel, input);
    if (!parsed.ok) return parsed;
    try {
      return ok(handler(parsed.data));
    } catch (error) {
      if (error instanceof Refusal) return fail(error.code, error.details);
      throw error;
    }
  });
}
