import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../../shared/channels';
import type { HandlerContext } from '../../../main/handlers';

type InvokeHandler = (event: IpcMainInvokeEvent, input: unknown) => unknown;

const registered = vi.hoisted(() => new Map<string, InvokeHandler>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: InvokeHandler) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, handler);
    },
  },
}));

const { registerIpcHandlers } = await import('../../../main/ipc');

// app.info needs no database, so the real dispatch runs end to end.
const ctx = { version: '9.9.9', runtime: 'electron', units: { version: 'units-test' } } as unknown as HandlerContext;
registerIpcHandlers(ctx);

function frame(url: string) {
  return { url };
}

function event(sender: { url: string }, mainFrame: unknown): IpcMainInvokeEvent {
  return { senderFrame: sender, sender: { mainFrame } } as unknown as IpcMainInvokeEvent;
}

async function invoke(channel: string, ipcEvent: IpcMainInvokeEvent, input?: unknown): Promise<unknown> {
  const handler = registered.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(ipcEvent, input);
}

const untrusted = { ok: false, error: { code: 'errors.untrustedSender' } };

describe('ipc handlers', () => {
  it('registers exactly one handler per contract channel', () => {
    expect([...registered.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('passes a trusted sender (app origin, main frame) through to the handler', async () => {
    const main = frame('app://bao-tro/index.html#/office');
    await expect(invoke('app.info', event(main, main))).resolves.toEqual({
      ok: true,
      data: { version: '9.9.9', runtime: 'electron', unitsVersion: 'units-test' },
    });
  });

  it('still parses the input of a trusted sender', async () => {
    const main = frame('app://bao-tro/index.html');
    const answer = await invoke('units.communes', event(main, main), { provinceCode: '../../etc' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'errors.invalidInput' } });
  });

  it('refuses a sub-frame of our own page', async () => {
    const main = frame('app://bao-tro/index.html');
    const child = frame('app://bao-tro/index.html');
    await expect(invoke('app.info', event(child, main))).resolves.toEqual(untrusted);
  });

  it.each(['https://evil.example/', 'app://bao-tro.evil.com/index.html', 'file:///tmp/x.html', 'http://127.0.0.1:5173/', 'about:blank'])(
    'refuses a main frame at %s',
    async (url) => {
      const main = frame(url);
      await expect(invoke('app.info', event(main, main))).resolves.toEqual(untrusted);
    },
  );

  it('refuses, without throwing, when the frame is gone or unreadable', async () => {
    const gone = { senderFrame: null, sender: { mainFrame: null } } as unknown as IpcMainInvokeEvent;
    await expect(invoke('app.info', gone)).resolves.toEqual(untrusted);
    const destroyed = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      sender: { mainFrame: null },
    } as unknown as IpcMainInvokeEvent;
    await expect(invoke('app.info', destroyed)).resolves.toEqual(untrusted);
  });
});
