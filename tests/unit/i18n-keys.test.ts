import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it, expect } from 'vitest';
import { errorCodes } from '../../shared/errors';
import { baseKey, extractKeyUses, flattenLocale, missingKeys, placeholders, type KeyUse } from './i18n-keys';

const root = join(import.meta.dirname, '..', '..');
const localeDir = 'renderer/src/i18n/locales';
const languages = ['vi', 'en'] as const;

/** Shipped code only: tests may name keys that do not exist on purpose. */
function codeFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('test-setup.ts'))
    .map((name) => relative(root, join(root, folder, name)).split(sep).join('/'));
}

function loadLocale(language: string): Map<string, unknown> {
  const file = join(root, localeDir, `${language}.json`);
  if (!existsSync(file)) throw new Error(`${localeDir}/${language}.json is missing`);
  return flattenLocale(JSON.parse(readFileSync(file, 'utf8')));
}

const uses = ['renderer/src', 'shared', 'main'].flatMap(codeFiles).map((file) =>
  extractKeyUses(file, readFileSync(join(root, file), 'utf8')),
);
const keyUses: KeyUse[] = [
  ...uses.flatMap((found) => found.keys),
  ...errorCodes.map((key) => ({ key, file: 'shared/errors.ts', line: 0 })),
];
const dynamicUses = uses.flatMap((found) => found.dynamic);
const describeUse = (use: { file: string; line: number }) => `${use.file}:${use.line}`;

describe.each(languages)('%s.json', (language) => {
  const leaves = loadLocale(language);

  it('has every key the code uses', () => {
    expect(keyUses.length).toBeGreaterThan(errorCodes.length);
    const missing = missingKeys(keyUses, leaves).map((use) => `${use.key} (${describeUse(use)})`);
    expect(missing).toEqual([]);
  });

  it('has a key for every dynamic prefix', () => {
    const unmatched = dynamicUses
      .filter((use) => use.prefix !== null && ![...leaves.keys()].some((key) => key.startsWith(use.prefix ?? '')))
      .map((use) => `${use.prefix} (${describeUse(use)})`);
    expect(unmatched).toEqual([]);
  });

  it('has no empty or non-text message', () => {
    const empty = [...leaves].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });
});

describe('vi.json and en.json', () => {
  const vi = loadLocale('vi');
  const en = loadLocale('en');

  it('have the same keys (plural forms aside, which differ by language)', () => {
    const viKeys = new Set([...vi.keys()].map(baseKey));
    const enKeys = new Set([...en.keys()].map(baseKey));
    expect({ onlyInVi: [...viKeys].filter((k) => !enKeys.has(k)), onlyInEn: [...enKeys].filter((k) => !viKeys.has(k)) }).toEqual({
      onlyInVi: [],
      onlyInEn: [],
    });
  });

  it('use the same {{placeholders}} in each message', () => {
    const differing = [...vi]
      .filter(([key, value]) => en.has(key) && placeholders(String(value)).join() !== placeholders(String(en.get(key))).join())
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });
});

it('every t() with a computed key names its prefix with // i18n-dynamic:', () => {
  expect(dynamicUses.filter((use) => use.prefix === null).map(describeUse)).toEqual([]);
});

describe('the key extraction itself', () => {
  const source = [
    "const { t } = useTranslation();",
    "t('app.name'); i18n.t(\"nav.children\", { count: 2 });",
    "<Trans i18nKey=\"office.setup.title\" /> <Trans i18nKey={'office.gone'} />",
    "const issue = { message: 'validation.required' };",
    "// t('commented.out')",
    "const label = 'not.a.key'; transport('children.list'); test('a.b', () => {});",
    "t(`areas.${area}`); // i18n-dynamic: areas.",
    "t(`missing.${x}`);",
    "t(`nav.fund`);",
    '// i18n-dynamic: nav.',
    't(`nav.${area}`);',
  ].join('\n');
  const found = extractKeyUses('renderer/src/x.tsx', source);

  it('finds static keys with their lines, and only them', () => {
    expect(found.keys.map((use) => `${use.key}:${use.line}`)).toEqual([
      'app.name:2',
      'nav.children:2',
      'office.setup.title:3',
      'office.gone:3',
      'nav.fund:9',
      'validation.required:4',
    ]);
  });

  it('finds dynamic keys and their declared prefix', () => {
    expect(found.dynamic).toEqual([
      { file: 'renderer/src/x.tsx', line: 7, prefix: 'areas.' },
      { file: 'renderer/src/x.tsx', line: 8, prefix: null },
      { file: 'renderer/src/x.tsx', line: 11, prefix: 'nav.' },
    ]);
  });

  it('reports a key missing from a locale, with file and line', () => {
    const leaves = flattenLocale({
      app: { name: 'A' },
      nav: { children_one: 'c', children_other: 'cs', fund: 'f' },
      office: { setup: { title: 'T' } },
      validation: { required: 'R' },
    });
    expect(missingKeys(found.keys, leaves)).toEqual([{ key: 'office.gone', file: 'renderer/src/x.tsx', line: 3 }]);
  });

  it('flattens nested locale objects to dotted leaf keys', () => {
    expect([...flattenLocale({ a: { b: { c: 'x' }, d: '' } })]).toEqual([
      ['a.b.c', 'x'],
      ['a.d', ''],
    ]);
  });
});
