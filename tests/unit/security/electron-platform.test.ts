import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's save dialog and print window, mocked: what the platform writes, and when.
const fake = vi.hoisted(() => ({
  saveChoice: { canceled: false, filePath: '' } as { canceled: boolean; filePath?: string },
  readyAfterPolls: 2,
  polls: 0,
  printOptions: [] as unknown[],
  destroyed: 0,
  routes: [] as string[],
}));

vi.mock('electron', () => ({
  app: { getPath: () => '/home/user/Documents' },
  dialog: { showSaveDialog: vi.fn(async () => fake.saveChoice) },
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

const { electronPlatform } = await import('../../../main/platform-electron');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bt-platform-'));
  Object.assign(fake, { polls: 0, readyAfterPolls: 2, printOptions: [], destroyed: 0, routes: [] });
  fake.saveChoice = { canceled: false, filePath: path.join(dir, 'out.bin') };
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

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
});
