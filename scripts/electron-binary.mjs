// Finds the Electron executable for `npm start`, downloading it the way the electron
// package does (its install.js) when it is missing. Kept apart from start.mjs so the
// "missing binary → message" decision is unit-tested without Electron or a network.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** A real download is ~100 MB; a network that drops packets silently must not hang `npm start`. */
export const defaultDownloadTimeoutMs = 180_000;

export function missingElectronMessage(detail = '') {
  return [
    'Không tải được chương trình Electron, nên không mở được ứng dụng dạng cửa sổ.',
    'Máy này có thể không kết nối được tới nơi tải Electron (GitHub).',
    'Hãy dùng chế độ trình duyệt, với cùng dữ liệu:  npm run start:browser',
    '',
    'The Electron binary could not be downloaded, so the desktop app cannot start.',
    'This machine may not reach the Electron download site (GitHub).',
    'Use browser mode instead, with the same data:  npm run start:browser',
    ...(detail ? ['', `Chi tiết / details: ${detail}`] : []),
  ].join('\n');
}

/** The executable the electron package would run, or null when it has not been downloaded. */
export function installedElectron(electronDir, env = process.env) {
  let relative = '';
  try {
    relative = fs.readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    if (!env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  }
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  const file = path.join(distDir, relative || 'electron');
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

/** Runs the electron package's own installer; resolves with whether it succeeded and why not. */
export function downloadElectron(electronDir, { timeoutMs = defaultDownloadTimeoutMs } = {}) {
  return new Promise((resolve) => {
    const installer = path.join(electronDir, 'install.js');
    if (!fs.existsSync(installer)) return resolve({ ok: false, detail: `${installer} not found (run npm install)` });
    const child = spawn(process.execPath, [installer], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ ok: false, detail: `timed out after ${Math.ceil(timeoutMs / 1000)} s` });
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, detail: error.message });
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      const firstLine = stderr.split('\n').map((line) => line.trim()).find((line) => line !== '') ?? '';
      resolve(code === 0 ? { ok: true, detail: '' } : { ok: false, detail: firstLine || `exit code ${code}` });
    });
  });
}

/**
 * The Electron executable, downloading it first if needed; `{ path: null, detail }` when it
 * cannot be had, and the caller then points to browser mode.
 */
export async function findElectron(electronDir, options = {}) {
  const { download = downloadElectron, timeoutMs = defaultDownloadTimeoutMs, env = process.env, onDownload } = options;
  const installed = installedElectron(electronDir, env);
  if (installed) return { path: installed, detail: '' };
  onDownload?.();
  const result = await download(electronDir, { timeoutMs });
  if (!result.ok) return { path: null, detail: result.detail };
  const downloaded = installedElectron(electronDir, env);
  return downloaded ? { path: downloaded, detail: '' } : { path: null, detail: 'the download left no executable' };
}
