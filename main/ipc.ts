import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames } from '../shared/channels';
import { fail } from '../shared/errors';
import { dispatch, type HandlerContext } from './handlers';
import { isTrustedSender } from './security';

/** A destroyed or navigated-away frame can make these reads throw; treat that as untrusted. */
function fromTrustedFrame(event: IpcMainInvokeEvent): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && isTrustedSender({ url: frame.url, isMainFrame: frame === event.sender.mainFrame });
  } catch {
    return false;
  }
}

/** One ipcMain handler per contract channel; each answers a Result and never throws across. */
export function registerIpcHandlers(ctx: HandlerContext): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) =>
      fromTrustedFrame(event) ? dispatch(ctx, channel, input) : fail('errors.untrustedSender'),
    );
  }
}
