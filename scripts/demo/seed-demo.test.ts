import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import SQLite from 'better-sqlite3';
import { databaseFileName } from '../../main/data-dir';
import { main } from '../seed-demo';

let dir: string;
let output: string[];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-demo-test-'));
  output = [];
  const keep = (...args: unknown[]) => void output.push(args.join(' '));
  vi.spyOn(console, 'log').mockImplementation(keep);
  vi.spyOn(console, 'error').mockImplementation(keep);
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

const childNames = (file: string): string[] => {
  const db = new SQLite(file, { readonly: true });
  try {
    return db.prepare('select full_name from child').pluck().all() as string[];
  } finally {
    db.close();
  }
};

describe('npm run seed:demo', () => {
  it('refuses to run without a data folder, and creates nothing', async () => {
    expect(await main(['--children', '10'])).toBe(2);
    expect(output.join('\n')).toContain('--data-dir');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('fills a folder, refuses to fill it again unless told to append, and never prints a name', async () => {
    const file = path.join(dir, databaseFileName);
    expect(await main(['--data-dir', dir, '--children', '60', '--seed', '3', '--today', '2026-11-22'])).toBe(0);
    expect(childNames(file)).toHaveLength(60);
    expect(output.join('\n')).toMatch(/children added\s+60/);

    expect(await main(['--data-dir', dir, '--children', '60'])).toBe(1);
    expect(childNames(file)).toHaveLength(60);

    expect(await main(['--data-dir', dir, '--children', '40', '--seed', '4', '--today', '2026-11-22', '--append'])).toBe(0);
    const names = childNames(file);
    expect(names).toHaveLength(100);
    const printed = output.join('\n');
    for (const name of names) expect(printed).not.toContain(name);
  });
});
