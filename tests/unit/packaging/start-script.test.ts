import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { downloadElectron, findElectron, installedElectron, missingElectronMessage } from '../../../scripts/electron-binary.mjs';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bao-tro-start-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A stand-in for node_modules/electron with the given installer body. */
function fakeElectronPackage(name: string, installer: string): string {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'install.js'), installer);
  return dir;
}

const failingDownload = () => Promise.resolve({ ok: false, detail: 'TypeError: fetch failed' });

describe('missing Electron message', () => {
  it('speaks Vietnamese first, then English, and points to browser mode', () => {
    const message = missingElectronMessage();
    expect(message).toContain('npm run start:browser');
    expect(message.indexOf('Không tải được')).toBe(0);
    expect(message.indexOf('could not be downloaded')).toBeGreaterThan(message.indexOf('chế độ trình duyệt'));
    expect(missingElectronMessage('TypeError: fetch failed')).toContain('TypeError: fetch failed');
  });
});

describe('finding the Electron binary', () => {
  it('uses an already downloaded binary without downloading', async () => {
    const dir = fakeElectronPackage('installed', 'process.exit(1)');
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    const download = vi.fn(failingDownload);
    await expect(findElectron(dir, { download, env: {} })).resolves.toEqual({ path: path.join(dir, 'dist', 'electron'), detail: '' });
    expect(download).not.toHaveBeenCalled();
  });

  it('reports null with the reason when the download fails', async () => {
    const dir = fakeElectronPackage('offline', '');
    const onDownload = vi.fn();
    await expect(findElectron(dir, { download: failingDownload, env: {}, onDownload })).resolves.toEqual({
      path: null,
      detail: 'TypeError: fetch failed',
    });
    expect(onDownload).toHaveBeenCalledTimes(1);
    expect(installedElectron(dir, {})).toBeNull();
  });

  it('does not trust path.txt when the executable is not there', () => {
    const dir = fakeElectronPackage('half-installed', '');
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    expect(installedElectron(dir, {})).toBeNull();
  });

  it('runs the package’s installer and passes on its first error line', async () => {
    const dir = fakeElectronPackage('installer-fails', "console.error('TypeError: fetch failed\\n    at download (x.js:1:1)'); process.exit(1);");
    await expect(downloadElectron(dir, { timeoutMs: 10_000 })).resolves.toEqual({ ok: false, detail: 'TypeError: fetch failed' });
  });

  it('finds the binary the installer put in place', async () => {
    const dir = fakeElectronPackage(
      'installer-works',
      "const fs = require('fs'); const p = require('path'); fs.mkdirSync(p.join(__dirname, 'dist')); fs.writeFileSync(p.join(__dirname, 'dist', 'electron'), ''); fs.writeFileSync(p.join(__dirname, 'path.txt'), 'electron');",
    );
    await expect(findElectron(dir, { env: {}, timeoutMs: 10_000 })).resolves.toEqual({ path: path.join(dir, 'dist', 'electron'), detail: '' });
  });

  it('gives up on a hanging download after the timeout', async () => {
    const dir = fakeElectronPackage('installer-hangs', 'setInterval(() => {}, 1000);');
    const started = Date.now();
    const result = await downloadElectron(dir, { timeoutMs: 300 });
    expect(result).toEqual({ ok: false, detail: 'timed out after 1 s' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('says so when the electron package is not installed at all', async () => {
    const result = await downloadElectron(path.join(work, 'nothing-here'));
    expect(result.ok).toBe(false);
    expect(result.detail).toMatch(/npm install/);
  });
});
