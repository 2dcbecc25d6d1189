import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's save dialog, print window, temporary folder and viewer, mocked: what the platform writes, and when.
const fake = vi.hoisted(() => ({
  temp: '',
  opened: [] as string[],
  viewerAnswer: '',
  saveChoice: { canceled: false, filePath: '' } as { canceled: boolean; filePath?: string },
  readyAfterPolls: 2,
  polls: 0,
  printOptions: [] as unknown[],
  destroyed: 0,
  routes: [] as string[],
}));

vi.mock('electron', () => ({
  app: { getPath: (name: string) => (name === 'temp' ? fake.temp : '/home/user/Documents') },
  dialog: { showSaveDialog: vi.fn(async () => fake.saveChoice) },
  shell: {
    openPath: async (target: string) => {
      fake.opened.push(target);
      return fake.viewerAnswer;
    },
  },
}));

vi.mock('../../../main/window', () => ({
  openPrintWindow: async (route: string) => {
    fake.routes.push(route);
    return {
      webContents: {
        executeJavaScript: async () => ++fake.polls >= fake.readyAfterPolls,
        printToPDF: async (options: unknown) => {
          fake.printOptions.push(options);
          return Buffer.from('%PDF-1.7 fake');
        },
      },
      destroy: () => fake.destroyed++,
    };
  },
}));

const { clearOpenedCopies, electronPlatform } = await import('../../../main/platform-electron');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bt-platform-'));
  Object.assign(fake, { polls: 0, readyAfterPolls: 2, printOptions: [], destroyed: 0, routes: [], opened: [], viewerAnswer: '' });
  fake.temp = fs.mkdtempSync(path.join(os.tmpdir(), 'bt-temp-'));
  fake.saveChoice = { canceled: false, filePath: path.join(dir, 'out.bin') };
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(fake.temp, { recursive: true, force: true });
});

describe('Electron platform', () => {
  const platform = electronPlatform(() => undefined, 2_000);

  it('writes a file where the user chose', async () => {
    const answer = await platform.saveFile({ fileName: 'bao-cao.xlsx', mimeType: 'application/x', base64: Buffer.from('bytes').toString('base64') });
    expect(answer).toEqual({ saved: true });
    expect(fs.readFileSync(path.join(dir, 'out.bin'), 'utf8')).toBe('bytes');
  });

  it('writes nothing when the user cancels', async () => {
    fake.saveChoice = { canceled: true };
    expect(await platform.saveFile({ fileName: 'a.xlsx', mimeType: 'x', base64: '' })).toEqual({ saved: false });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('prints the route to an A4 PDF once the page is ready, saves it and closes the hidden window', async () => {
    const answer = await platform.printToPdf({ route: '/print/review?from=2026-01-01&to=2026-06-30', fileName: 'ra-soat.pdf', landscape: true });
    expect(answer).toEqual({ saved: true });
    expect(fake.routes).toEqual(['/print/review?from=2026-01-01&to=2026-06-30']);
    expect(fake.polls).toBeGreaterThanOrEqual(2);
    expect(fake.printOptions).toEqual([{ pageSize: 'A4', landscape: true, preferCSSPageSize: true }]);
    expect(fs.readFileSync(path.join(dir, 'out.bin'), 'utf8')).toBe('%PDF-1.7 fake');
    expect(fake.destroyed).toBe(1);
  });

  it('gives up on a page that never becomes ready, and still closes the window', async () => {
    fake.readyAfterPolls = Number.POSITIVE_INFINITY;
    await expect(electronPlatform(() => undefined, 300).printToPdf({ route: '/print/x', fileName: 'x.pdf', landscape: false })).rejects.toThrow();
    expect(fake.printOptions).toEqual([]);
    expect(fake.destroyed).toBe(1);
  });

  it('opens an attachment from a private copy under the name it is given, in a folder of its own', async () => {
    const bytes = Uint8Array.from(Buffer.from('%PDF-1.4 scan'));
    expect(await platform.openFile({ fileName: 'Quyết định 125.pdf', bytes })).toBe(true);
    expect(await platform.openFile({ fileName: 'Quyết định 125.pdf', bytes })).toBe(true);
    const [first = '', second = ''] = fake.opened;
    expect(path.dirname(path.dirname(first))).toBe(path.join(fake.temp, 'bao-tro-tre-em'));
    expect(path.basename(first)).toBe('Quyết định 125.pdf');
    expect(path.dirname(first)).not.toBe(path.dirname(second));
    expect(fs.readFileSync(first, 'utf8')).toBe('%PDF-1.4 scan');
    if (process.platform !== 'win32') {
      expect(fs.statSync(first).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(first)).mode & 0o777).toBe(0o700);
    }
    fake.viewerAnswer = 'No application is associated with the specified file';
    expect(await platform.openFile({ fileName: 'hoa-don.png', bytes })).toBe(false);
  });

  it('clears the copies of opened attachments, and nothing else in the temporary folder', async () => {
    await platform.openFile({ fileName: 'Quyết định 125.pdf', bytes: Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d]) });
    fs.writeFileSync(path.join(fake.temp, 'another-app.tmp'), 'theirs');
    await clearOpenedCopies();
    expect(fs.readdirSync(fake.temp)).toEqual(['another-app.tmp']);
    // Nothing to clear is not an error.
    await expect(clearOpenedCopies()).resolves.toBeUndefined();
  });
});
