import { isBuiltin } from 'node:module';
import { posix } from 'node:path';
import { lexSource, lineOf } from './source-lexer';

/**
 * The dependency rule of the design: renderer → shared, main → shared, shared → nothing.
 * Files are named by their path from the repository root with '/' separators.
 */

export interface Violation {
  file: string;
  line: number;
  message: string;
}

export interface ImportSite {
  specifier: string | null;
  offset: number;
}

const IMPORT_FORMS = [
  /(?<![.\w$])from\s*(?=['"])/g, // import … from '…', export … from '…'
  /(?<![.\w$])import\s*(?=['"])/g, // import '…'
  /(?<![.\w$])import\s*\(\s*/g, // import('…')
  /(?<![.\w$])require\s*\(\s*/g, // require('…'), import x = require('…')
];

/** Every module specifier a file names; null for a dynamic import of a computed name. */
export function findImports(source: string): ImportSite[] {
  const { code, literals } = lexSource(source);
  const literalAt = new Map(literals.map((literal) => [literal.start, literal.value]));
  const sites: ImportSite[] = [];
  for (const form of IMPORT_FORMS) {
    for (const match of code.matchAll(form)) {
      const at = match.index + match[0].length;
      sites.push({ specifier: literalAt.get(at) ?? null, offset: match.index });
    }
  }
  return sites.sort((a, b) => a.offset - b.offset);
}

const RUNTIME_GLOBALS = [
  // browser
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch',
  'XMLHttpRequest', 'WebSocket', 'DOMParser', 'FileReader', 'alert', 'requestAnimationFrame',
  'getComputedStyle', 'matchMedia', 'HTML\\w*Element',
  // Node
  'process', 'Buffer', '__dirname', '__filename', 'setImmediate',
];
const DOM_AND_NODE_GLOBALS = new RegExp(`(?<![.\\w$#])(${RUNTIME_GLOBALS.join('|')})(?![\\w$])(?!\\s*\\??:)`, 'g');

/**
 * Uses of browser or Node globals. Member accesses (`x.document`) and property keys or
 * annotations (`document: string`) are not globals and are skipped.
 */
export function findRuntimeGlobals(source: string): { name: string; offset: number }[] {
  const code = lexSource(source).code.replace(/\bglobalThis\s*\.\s*/g, (found) => ' '.repeat(found.length));
  return [...code.matchAll(DOM_AND_NODE_GLOBALS)].map((match) => ({ name: match[1] ?? '', offset: match.index }));
}

const isTestFile = (file: string) => /\.test\.tsx?$/.test(file) || file.endsWith('/test-setup.ts');
const topFolder = (file: string) => file.split('/')[0] ?? '';
const packageName = (specifier: string) =>
  specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Packages that bind shared code to a runtime. */
const SHARED_FORBIDDEN_PACKAGES = new Set(['electron', 'better-sqlite3', 'react', 'react-dom']);

function importProblem(file: string, specifier: string): string | null {
  const layer = topFolder(file);
  const isNode = isBuiltin(specifier);
  const pkg = packageName(specifier);
  const target = specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), specifier)) : null;
  const targetLayer = target === null ? null : topFolder(target);

  if (layer === 'shared') {
    // resources/ holds plain data (code lists, administrative units) that shared may read.
    if (targetLayer !== null && targetLayer !== 'shared' && targetLayer !== 'resources')
      return `shared/ must not import from ${targetLayer}/ ('${specifier}')`;
    if (isNode) return `shared/ must not import the Node built-in '${specifier}'`;
    if (SHARED_FORBIDDEN_PACKAGES.has(pkg)) return `shared/ must not import '${specifier}'`;
    if (pkg === 'vitest' && !isTestFile(file)) return `only *.test.ts files in shared/ may import 'vitest'`;
  }
  if (layer === 'renderer') {
    if (targetLayer === 'main')
      return `renderer/ must not import from main/ ('${specifier}'); put the shared part in shared/`;
    if (pkg === 'electron') return `renderer/ must not import 'electron'; use the preload bridge`;
    if (isNode && !isTestFile(file)) return `renderer/ must not import the Node built-in '${specifier}'`;
  }
  if (layer === 'main' && targetLayer === 'renderer')
    return `main/ must not import from renderer/ ('${specifier}')`;
  return null;
}

/** All dependency-rule violations in one file. */
export function checkFile(file: string, source: string): Violation[] {
  const layer = topFolder(file);
  const violations: Violation[] = [];
  const report = (offset: number, message: string) => violations.push({ file, line: lineOf(source, offset), message });

  for (const site of findImports(source)) {
    if (site.specifier === null) {
      if (layer === 'shared') report(site.offset, 'shared/ must not import a computed module name');
      continue;
    }
    const problem = importProblem(file, site.specifier);
    if (problem) report(site.offset, problem);
  }
  if (layer === 'shared') {
    for (const use of findRuntimeGlobals(source)) {
      report(use.offset, `shared/ must not use the runtime global '${use.name}' (browser or Node only)`);
    }
  }
  return violations;
}

export const formatViolation = (v: Violation) => `${v.file}:${v.line}: ${v.message}`;
