import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it, expect } from 'vitest';
import { checkFile, findImports, formatViolation } from './import-rules';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.split(sep).includes('node_modules'))
    .map((name) => relative(root, join(root, folder, name)).split(sep).join('/'));
}

describe('dependency rule: renderer → shared, main → shared, shared → nothing', () => {
  it.each(['shared', 'renderer', 'main'])('%s/ keeps to its side', (folder) => {
    const files = sourceFiles(folder);
    expect(files.length).toBeGreaterThan(0);
    const violations = files.flatMap((file) => checkFile(file, readFileSync(join(root, file), 'utf8')));
    expect(violations.map(formatViolation)).toEqual([]);
  });
});

describe('the checker itself', () => {
  it('finds every import form, and ignores comments and strings', () => {
    const source = [
      "import a from './a';",
      "import type { B } from \"../b\";",
      "export * from './c';",
      "import './d.css';",
      "const e = await import('./e');",
      "const f = require('f');",
      'type G = import(`./g`).G;',
      "// import h from 'h';",
      "const text = \"import i from 'i'\";",
      'const re = /from "j"/;',
      "const k = await import(name);",
      // Quotes inside a regex and nested templates must not throw the lexer off.
      "const quote = /['\"`]/g; const nested = `a ${`b ${'c'} ${{ d: 1 }.d}`} e`;",
      "import l from './l';",
    ].join('\n');
    expect(findImports(source).map((site) => site.specifier)).toEqual(['./a', '../b', './c', './d.css', './e', 'f', './g', null, './l']);
  });

  it('reports a bad shared file with file and line', () => {
    const source = [
      "import { z } from 'zod';",
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { openDatabase } from '../../main/db/connection';",
      "import { Page } from '../../renderer/src/page';",
      "import { app } from 'electron';",
      "import { it } from 'vitest';",
      '/* window.alert in a comment is fine */',
      "const label = 'document in a string is fine';",
      'const options = { document: 1, fetch: true };',
      'export const width = () => window.innerWidth;',
      'export const store = () => localStorage.getItem(`x`);',
      'export const el = (e: HTMLInputElement) => e.value;',
      'export const env = process.env.NODE_ENV;',
      'export const viaGlobal = globalThis.document;',
    ].join('\n');
    expect(checkFile('shared/format/bad.ts', source).map(formatViolation)).toEqual([
      "shared/format/bad.ts:2: shared/ must not import the Node built-in 'node:fs'",
      "shared/format/bad.ts:3: shared/ must not import the Node built-in 'path'",
      "shared/format/bad.ts:4: shared/ must not import from main/ ('../../main/db/connection')",
      "shared/format/bad.ts:5: shared/ must not import from renderer/ ('../../renderer/src/page')",
      "shared/format/bad.ts:6: shared/ must not import 'electron'",
      "shared/format/bad.ts:7: only *.test.ts files in shared/ may import 'vitest'",
      "shared/format/bad.ts:11: shared/ must not use the runtime global 'window' (browser or Node only)",
      "shared/format/bad.ts:12: shared/ must not use the runtime global 'localStorage' (browser or Node only)",
      "shared/format/bad.ts:13: shared/ must not use the runtime global 'HTMLInputElement' (browser or Node only)",
      "shared/format/bad.ts:14: shared/ must not use the runtime global 'process' (browser or Node only)",
      "shared/format/bad.ts:15: shared/ must not use the runtime global 'document' (browser or Node only)",
    ]);
  });

  it('lets shared tests import vitest', () => {
    expect(checkFile('shared/format/x.test.ts', "import { it } from 'vitest';")).toEqual([]);
  });

  it('keeps renderer away from main, Node and electron, and main away from renderer', () => {
    const renderer = "import { x } from '../../../main/services/office';\nimport fs from 'fs';\nimport { ipcRenderer } from 'electron';";
    expect(checkFile('renderer/src/features/x.tsx', renderer).map((v) => v.line)).toEqual([1, 2, 3]);
    expect(checkFile('renderer/src/features/x.test.tsx', "import fs from 'node:fs';")).toEqual([]);
    expect(checkFile('main/ipc.ts', "import { App } from '../renderer/src/App';")).toHaveLength(1);
    expect(checkFile('main/ipc.ts', "import { z } from 'zod';\nimport { ok } from '../shared/errors';\nimport fs from 'node:fs';")).toEqual([]);
  });

  it('survives JSX text with apostrophes and closing tags', () => {
    const source = "const A = () => <p>Don't</p>;\nconst B = () => <div>{`${x}`}</div>;\nimport('../../main/x');";
    expect(checkFile('renderer/src/a.tsx', source).map(formatViolation)).toEqual([
      "renderer/src/a.tsx:3: renderer/ must not import from main/ ('../../main/x'); put the shared part in shared/",
    ]);
  });
});
