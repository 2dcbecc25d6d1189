import { lexSource, lineOf } from './source-lexer';

/**
 * Finds the i18n keys that code uses and checks them against nested locale JSON.
 * Static keys: t('a.b'), t("a.b"), t(`a.b`), x.t('a.b'), i18nKey="a.b", i18nKey={'a.b'}, and
 * any string literal that is a 'validation.*' key (form messages made in shared/ and main/ and
 * shown by the renderer; error codes come typed from shared/errors.ts `errorCodes`).
 * A t() whose key is a template with `${…}` cannot be checked; it must carry
 * `// i18n-dynamic: some.prefix.` on its line (or alone on the line above), and then at least
 * one key with that prefix must exist.
 */

export interface KeyUse {
  key: string;
  file: string;
  line: number;
}

export interface DynamicUse {
  file: string;
  line: number;
  /** From the `i18n-dynamic:` comment; null when the comment is missing. */
  prefix: string | null;
}

const CALL_OR_ATTRIBUTE = /(?<![\w$])(?:t\(\s*|i18nKey\s*=\s*(?:\{\s*)?)(?=['"`])/g;
const MESSAGE_KEY = /^validation\.\w+(?:\.\w+)*$/;
const DYNAMIC_NOTE = /i18n-dynamic:\s*([\w.-]+)/;

export function extractKeyUses(file: string, source: string): { keys: KeyUse[]; dynamic: DynamicUse[] } {
  const { code, literals, comments } = lexSource(source);
  const literalAt = new Map(literals.map((literal) => [literal.start, literal.value]));
  // A note applies to its own line, or to the next line when it stands alone on its line.
  const notes = new Map<number, string>();
  for (const comment of comments) {
    const note = DYNAMIC_NOTE.exec(comment.text);
    if (!note?.[1]) continue;
    const line = lineOf(source, comment.start);
    const standsAlone = source.slice(source.lastIndexOf('\n', comment.start - 1) + 1, comment.start).trim() === '';
    notes.set(line, note[1]);
    if (standsAlone) notes.set(line + 1, note[1]);
  }

  const keys: KeyUse[] = [];
  const dynamic: DynamicUse[] = [];
  const seen = new Set<number>();
  for (const match of code.matchAll(CALL_OR_ATTRIBUTE)) {
    const at = match.index + match[0].length;
    const line = lineOf(source, at);
    const key = literalAt.get(at);
    seen.add(at);
    if (key === undefined) dynamic.push({ file, line, prefix: notes.get(line) ?? null });
    else keys.push({ key, file, line });
  }
  for (const literal of literals) {
    if (!seen.has(literal.start) && MESSAGE_KEY.test(literal.value)) {
      keys.push({ key: literal.value, file, line: lineOf(source, literal.start) });
    }
  }
  return { keys, dynamic };
}

/** Nested locale JSON → leaf key → value ('a.b.c'). */
export function flattenLocale(json: unknown, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  if (json !== null && typeof json === 'object' && !Array.isArray(json)) {
    for (const [name, value] of Object.entries(json)) {
      for (const [key, leaf] of flattenLocale(value, `${prefix}${name}.`)) leaves.set(key, leaf);
    }
  } else leaves.set(prefix.slice(0, -1), json);
  return leaves;
}

// i18next plural forms: Vietnamese has only `_other`, English `_one` and `_other`.
const PLURAL_SUFFIX = /_(?:zero|one|two|few|many|other)$/;

/** The key without its plural suffix, so 'children_one' and 'children_other' both count as 'children'. */
export const baseKey = (key: string): string => key.replace(PLURAL_SUFFIX, '');

export function hasKey(leaves: ReadonlyMap<string, unknown>, key: string): boolean {
  return leaves.has(key) || [...leaves.keys()].some((leaf) => leaf !== key && baseKey(leaf) === key);
}

export function missingKeys(uses: readonly KeyUse[], leaves: ReadonlyMap<string, unknown>): KeyUse[] {
  return uses.filter((use) => !hasKey(leaves, use.key));
}

/** Placeholders such as {{version}} in a message, sorted. */
export const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
