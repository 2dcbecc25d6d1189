import type { Bridge, ChannelName } from '../../../shared/channels';
import { fail } from '../../../shared/errors';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    baoTro?: Bridge;
  }
}

/** Sends one call to main and returns its raw answer (a Result, by contract). */
export type Transport = (channel: ChannelName, input: unknown) => Promise<unknown>;

export const bridgeTransport =
  (bridge: Bridge): Transport =>
  (channel, input) =>
    bridge[channel](input);

/** Browser mode: the same handlers over HTTP on loopback; the session cookie authorises. */
export const httpTransport: Transport = async (channel, input) => {
  try {
    const response = await fetch(`api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ input }),
    });
    return await response.json();
  } catch {
    return fail('errors.connection');
  }
};

export function defaultTransport(): Transport {
  return window.baoTro ? bridgeTransport(window.baoTro) : httpTransport;
}
