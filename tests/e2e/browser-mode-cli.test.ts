import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { root, startApp, tempDir } from './harness.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('npm run start:browser', () => {
  it('creates the database in the chosen data folder and prints the URL', async () => {
    const dataDir = path.join(tempDir('bt-cli-'), 'nested', 'data');
    dirs.push(path.dirname(path.dirname(dataDir)));
    const app = await startApp({ dataDir });
    try {
      expect(app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/session\?token=[\w-]{40,}$/);
      expect(app.output()).toContain(dataDir);
      expect(fs.existsSync(path.join(dataDir, 'bao-tro.sqlite'))).toBe(true);
    } finally {
      await app.stop();
    }
  });

  it('refuses, in Vietnamese, a database written by a newer version and leaves it untouched', async () => {
    const dataDir = tempDir('bt-cli-newer-');
    dirs.push(dataDir);
    const first = await startApp({ dataDir });
    await first.stop();
    const file = path.join(dataDir, 'bao-tro.sqlite');
    const db = new Database(file);
    db.prepare("insert into kysely_migration (name, timestamp) values ('2999-01-01-01-future', '2999-01-01T00:00:00.000Z')").run();
    db.close();
    const before = fs.readFileSync(file);

    const run = spawnSync(process.execPath, [path.join(root, 'out/main/browser-mode.js'), '--data-dir', dataDir], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('phiên bản mới hơn');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
