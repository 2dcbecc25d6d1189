import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import allowList from './electronegativity-allowlist.json';

interface Finding {
  id: string;
  file: string;
  line: number;
  sample: string;
  description: string;
}
interface ScanResult {
  issues: Finding[];
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
}

const root = path.resolve(import.meta.dirname, '../../..');
const engDir = path.join(root, 'node_modules/@doyensec/electronegativity');
const electronVersion = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

/*
 * Runs Electronegativity's JS API in a child process (it registers globals and logs freely).
 * Its TypeScript parser (@typescript-eslint/typescript-estree) is hoisted and would load the
 * project's TypeScript 7, which has no JS API, so `typescript` is pointed at the copy that
 * Electronegativity ships for itself.
 */
const runner = `
const { registerHooks } = require('node:module');
const { pathToFileURL } = require('node:url');
const fs = require('node:fs');
const [engDir, outFile, electronVersion, excluded, ...inputs] = process.argv.slice(1);
const ts = pathToFileURL(require.resolve('typescript', { paths: [engDir] })).href;
registerHooks({ resolve: (specifier, context, next) => specifier === 'typescript' ? { url: ts, format: 'commonjs', shortCircuit: true } : next(specifier, context) });
const run = require(engDir);
(async () => {
  const results = [];
  for (const input of inputs) {
    const result = await run({ input, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: excluded.split(',') });
    results.push({
      errors: result.errors,
      issues: result.issues.map((i) => ({ id: i.id, file: String(i.file).split('\\\\').join('/'), line: i.location ? i.location.line : 0, sample: i.sample || '', description: i.description })),
    });
  }
  fs.writeFileSync(outFile, JSON.stringify(results));
})().catch((error) => { console.error(error); process.exit(1); });
`;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bao-tro-eng-'));
const scanDir = path.join(work, 'app');
const canaryDir = path.join(work, 'canary');

/** What ships: main/ and the renderer sources and page, without tests. */
function copyShippedSources(): void {
  const shipped = (file: string) => !/\.test\.tsx?$/.test(file) && !file.endsWith('test-setup.ts');
  for (const dir of ['main', 'renderer/src']) {
    fs.cpSync(path.join(root, dir), path.join(scanDir, dir), { recursive: true, filter: (source) => shipped(source) });
  }
  fs.copyFileSync(path.join(root, 'renderer/index.html'), path.join(scanDir, 'renderer/index.html'));
}

let app: ScanResult;
let canary: ScanResult;

beforeAll(async () => {
  copyShippedSources();
  fs.mkdirSync(canaryDir);
  // A known-bad window proves the scanner really parses TypeScript and reports.
  fs.writeFileSync(
    path.join(canaryDir, 'bad.ts'),
    "import { BrowserWindow } from 'electron';\nexport const w: BrowserWindow = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });\n",
  );
  const outFile = path.join(work, 'result.json');
  const excluded = allowList.excludedChecks.map((entry) => entry.check.toLowerCase().replaceAll('_', '')).join(',');
  await promisify(execFile)(process.execPath, ['-e', runner, engDir, outFile, electronVersion, excluded, scanDir, canaryDir], {
    cwd: root,
    timeout: 60_000,
    env: { ...process.env, LANG: 'en-US' },
  });
  [app, canary] = JSON.parse(fs.readFileSync(outFile, 'utf8')) as [ScanResult, ScanResult];
}, 90_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const allowed = (finding: Finding) => allowList.findings.some((entry) => entry.id === finding.id && entry.file === finding.file);

describe('Electronegativity', () => {
  it('parses every file it scans', () => {
    expect(app.errors.filter((error) => !error.tolerable)).toEqual([]);
  });

  it('finds the canary’s insecure window (the scan is real)', () => {
    const ids = canary.issues.map((issue) => issue.id);
    expect(ids).toContain('CONTEXT_ISOLATION_JS_CHECK');
    expect(ids).toContain('SANDBOX_JS_CHECK');
    // …and the app-wide checks that our own scan passes: navigation limits and a permission handler.
    expect(ids).toContain('LIMIT_NAVIGATION_GLOBAL_CHECK');
    expect(ids).toContain('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK');
  });

  it('reports nothing outside the justified allow-list', () => {
    const unexpected = app.issues.filter((finding) => !allowed(finding));
    expect(unexpected.map((f) => `${f.id} ${f.file}:${f.line} ${f.sample} — ${f.description}`)).toEqual([]);
  });

  it('has no stale allow-list entries, and each says why', () => {
    for (const entry of allowList.findings) {
      expect(entry.why.length, entry.id).toBeGreaterThan(40);
      const matches = app.issues.filter((finding) => finding.id === entry.id && finding.file === entry.file);
      expect(matches.length, `${entry.id} ${entry.file} no longer reported: remove it`).toBeGreaterThan(0);
    }
  });
});
