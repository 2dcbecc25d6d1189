import type { ChannelName } from '../../../shared/channels';
import type { Answer, Input, Output } from '../../../shared/contract';
import { fail, isErrorCode, type AppError } from '../../../shared/errors';
import { defaultTransport, type Transport } from './transport';

/** Channels that take no input are called without an argument. */
type Args<C extends ChannelName> = Input<C> extends undefined ? [] : [input: Input<C>];

/** Thrown by `request` so that query libraries see a failure; carries the error code. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.code);
    this.name = 'ApiError';
  }
}

function isAnswer(value: unknown): value is Answer<ChannelName> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'data' in value;
  return 'error' in value && typeof value.error === 'object' && value.error !== null &&
    'code' in value.error && isErrorCode(value.error.code);
}

export function createApi(transport: Transport) {
  async function call<C extends ChannelName>(channel: C, ...args: Args<C>): Promise<Answer<C>> {
    const answer = await transport(channel, args[0]);
    return isAnswer(answer) ? (answer as Answer<C>) : fail('errors.internal');
  }
  async function request<C extends ChannelName>(channel: C, ...args: Args<C>): Promise<Output<C>> {
    const answer = await call(channel, ...args);
    if (!answer.ok) throw new ApiError(answer.error);
    return answer.data;
  }
  return { call, request };
}

export type Api = ReturnType<typeof createApi>;

/** The app's api; tests build their own with createApi and a fake transport. */
export const api: Api = createApi(defaultTransport());
