#!/usr/bin/env node
// `npm start`: the real Electron app. Where the Electron binary cannot be downloaded (our
// build and CI machines), it says so and points to browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectron, missingElectronMessage } from './electron-binary.mjs';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// Look for the binary before building, so a machine without it fails in a second, not after a build.
const electron = await findElectron(path.join(projectDir, 'node_modules', 'electron'), {
  onDownload: () => console.log('Đang tải Electron (lần đầu)… / Downloading Electron (first run)…'),
});
if (!electron.path) {
  console.error(missingElectronMessage(electron.detail));
  process.exit(1);
}

const electronVite = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: projectDir, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// package.json "main" is out/main/index.js; extra arguments (e.g. --data-dir DIR) pass through.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const app = spawn(electron.path, [projectDir, ...process.argv.slice(2)], { cwd: projectDir, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
