#!/usr/bin/env node
// `npm run start:browser [-- --data-dir DIR]`: builds if needed, then serves the app and
// its handlers on 127.0.0.1 (see main/browser-mode.ts). Prints the URL to open.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'out', 'main', 'browser-mode.js');
const renderer = path.join(root, 'out', 'renderer', 'index.html');

/** The build is stale when any source file is newer than the built entry. */
function newestSource(dir) {
  let newest = 0;
  for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
    if (item.name === 'node_modules' || item.name.startsWith('.')) continue;
    const full = path.join(dir, item.name);
    newest = Math.max(newest, item.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function needsBuild() {
  if (!fs.existsSync(entry) || !fs.existsSync(renderer)) return true;
  const built = fs.statSync(entry).mtimeMs;
  return ['main', 'renderer', 'shared', 'resources'].some((d) => newestSource(path.join(root, d)) > built);
}

if (needsBuild()) {
  console.log('Đang build ứng dụng… / Building…');
  const cli = path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const child = spawn(process.execPath, [entry, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
