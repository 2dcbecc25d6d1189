import fs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { app, dialog, shell, type BrowserWindow } from 'electron';
import type { FileOutput } from '../shared/register';
import type { Platform } from './handler-types';
import { openPrintWindow } from './window';

const printReadyTimeoutMs = 30_000;

/** Where attachments are copied to be opened: private to the app, emptied when it starts and quits. */
const openedCopiesFolder = () => path.join(app.getPath('temp'), 'bao-tro-tre-em');

/**
 * Deletes the copies of attachments opened earlier, so that scans of children's records do not
 * pile up in the temporary folder. A copy a viewer still holds (Windows) stays until next time.
 */
export async function clearOpenedCopies(): Promise<void> {
  await fs.rm(openedCopiesFolder(), { recursive: true, force: true, maxRetries: 2 }).catch(() => undefined);
}

async function askWhereToSave(owner: BrowserWindow | undefined, fileName: string): Promise<string | undefined> {
  const extension = path.extname(fileName).slice(1);
  const options = {
    defaultPath: path.join(app.getPath('documents'), fileName),
    filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
  };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return choice.canceled ? undefined : choice.filePath;
}

/** Waits until the print page says its data has loaded (document.body.dataset.printReady). */
async function waitUntilReady(window: BrowserWindow, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready: unknown = await window.webContents.executeJavaScript("document.body.dataset.printReady === 'true'");
    if (ready === true) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('print page not ready');
}

/** Electron's side of the platform seam: native save dialogs and PDF printing. */
export function electronPlatform(mainWindow: () => BrowserWindow | undefined, timeoutMs = printReadyTimeoutMs): Platform {
  return {
    async saveFile(file: FileOutput) {
      const target = await askWhereToSave(mainWindow(), file.fileName);
      if (!target) return { saved: false };
      await fs.writeFile(target, Buffer.from(file.base64, 'base64'));
      return { saved: true };
    },
    async openFile({ fileName, bytes }) {
      // A copy under its name (the service cleans it; the stored file is named by its hash), in
      // a folder of its own so that two attachments with the same name never meet.
      const folder = path.join(openedCopiesFolder(), randomUUID());
      await fs.mkdir(folder, { recursive: true, mode: 0o700 });
      const target = path.join(folder, path.basename(fileName));
      await fs.writeFile(target, bytes, { mode: 0o600 });
      const failure = await shell.openPath(target);
      return failure === '';
    },
    async printToPdf({ route, fileName, landscape }) {
      const window = await openPrintWindow(route);
      try {
        await waitUntilReady(window, timeoutMs);
        const pdf = await window.webContents.printToPDF({ pageSize: 'A4', landscape, preferCSSPageSize: true });
        const target = await askWhereToSave(mainWindow(), fileName);
        if (!target) return { saved: false };
        await fs.writeFile(target, pdf);
        return { saved: true };
      } finally {
        window.destroy();
      }
    },
  };
}
