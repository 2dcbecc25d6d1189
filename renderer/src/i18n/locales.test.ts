import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../../shared/errors';
import en from './locales/en.json';
import vi from './locales/vi.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

// Vitest runs from the repository root.
const root = process.cwd();

function sourceFiles(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

const locales = { vi: flatten(vi), en: flatten(en) };

describe('locale files', () => {
  it('have the same keys in Vietnamese and English, none empty', () => {
    expect([...locales.en.keys()].sort()).toEqual([...locales.vi.keys()].sort());
    for (const messages of Object.values(locales)) {
      for (const [key, text] of messages) expect(text.trim(), key).not.toBe('');
    }
  });

  it('translate every error code and every validation message of the shared schemas', () => {
    const schemaKeys = sourceFiles(join(root, 'shared/schemas'), /\.ts$/).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/'(validation\.[A-Za-z]+)'/g)].map((m) => m[1] ?? ''),
    );
    for (const key of [...errorCodes, ...schemaKeys, 'validation.invalid']) {
      expect(locales.vi.has(key), `vi: ${key}`).toBe(true);
      expect(locales.en.has(key), `en: ${key}`).toBe(true);
    }
  });

  it('contain every key the renderer uses', () => {
    const files = sourceFiles(join(root, 'renderer/src'), /\.tsx?$/);
    const missing: string[] = [];
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)) {
        const key = match[1] ?? '';
        if (!locales.vi.has(key) || !locales.en.has(key)) missing.push(`${relative(root, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
    expect(files.length).toBeGreaterThan(10);
  });

  // i18next hands a text's other values to Intl.NumberFormat as options: a value named like one
  // of its options ("{{count, number}} trẻ ở {{unit}}") breaks the number's format (3000, not 3.000).
  it('name no value of a text with a formatted number like an Intl option', () => {
    const intlOptions = new Set(['unit', 'currency', 'style', 'notation', 'compactDisplay', 'signDisplay', 'unitDisplay', 'currencyDisplay', 'localeMatcher']);
    const broken = [...locales.vi, ...locales.en]
      .filter(([, text]) => /\{\{[^}]*, *number/.test(text))
      .filter(([, text]) => [...text.matchAll(/\{\{\s*([a-zA-Z]+)/g)].some((m) => intlOptions.has(m[1] ?? '')))
      .map(([key]) => key);
    expect(broken).toEqual([]);
  });
});
