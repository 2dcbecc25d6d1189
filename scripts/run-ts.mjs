#!/usr/bin/env node
// `node scripts/run-ts.mjs scripts/x.ts [args…]`: runs a TypeScript script of this repo and
// calls its exported `main(args)`. The app's TypeScript imports modules without extensions and
// imports JSON, which plain Node cannot resolve; Vite's SSR loader (already a dev dependency)
// resolves and transforms them the way the app's build does. Dependencies stay in node_modules
// and load natively (better-sqlite3, kysely, exceljs).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('Usage: node scripts/run-ts.mjs <script.ts> [args…]');
  process.exit(2);
}

const server = await createServer({
  root,
  configFile: false,
  appType: 'custom',
  logLevel: 'error',
  clearScreen: false,
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
  define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0-script') },
});

let code = 1;
try {
  const module = await server.ssrLoadModule(path.resolve(process.cwd(), script));
  if (typeof module.main !== 'function') throw new Error(`${script} exports no main(args)`);
  code = (await module.main(args)) ?? 0;
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
} finally {
  await server.close();
}
process.exit(code);
