/**
 * A small lexer for TypeScript/TSX source, enough for the dependency and i18n checks without
 * loading the compiler: it blanks comments and the contents of strings, templates and regular
 * expressions (keeping every offset and line break), and records each string literal.
 * Strings and regexes stop at a line end, so a stray apostrophe in JSX text spoils one line at
 * most instead of the rest of the file.
 */

export interface StringLiteral {
  /** Offset of the opening quote in the source. */
  start: number;
  /** Raw text between the quotes (escapes left as written). */
  value: string;
  quote: "'" | '"' | '`';
}

export interface LexedSource {
  /** The source with comments and literal contents replaced by spaces; same length and lines. */
  code: string;
  /** Every string literal, and every template literal without `${…}`. */
  literals: StringLiteral[];
  /** Comments, for checks that read annotations. */
  comments: { start: number; text: string }[];
}

const REGEX_AFTER_CHAR = new Set('(,=:[!&|?{};+-*%<>~^'.split(''));
const REGEX_AFTER_WORD = /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|new|delete|void|throw|instanceof|yield|await)$/;

export function lexSource(source: string): LexedSource {
  const out = source.split('');
  const literals: StringLiteral[] = [];
  const comments: LexedSource['comments'] = [];
  // One entry per open `${`: how many plain `{` are open inside it.
  const templateBraces: number[] = [];
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };

  /** Scans template text from `i` (just after '`' or '}'); returns where code resumes. */
  const scanTemplate = (start: number, opening: boolean): number => {
    let i = start;
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') i += 2;
      else if (c === '`') {
        blank(start, i);
        if (opening) literals.push({ start: start - 1, value: source.slice(start, i), quote: '`' });
        return i + 1;
      } else if (c === '$' && source[i + 1] === '{') {
        blank(start, i);
        templateBraces.push(0);
        return i + 2;
      } else i++;
    }
    blank(start, source.length);
    return source.length;
  };

  const previousCode = (i: number): string => out.slice(Math.max(0, i - 40), i).join('').trimEnd();

  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
      comments.push({ start: i, text: source.slice(i, end) });
      blank(i, end);
      i = end;
    } else if (c === '/' && next === '*') {
      const close = source.indexOf('*/', i + 2);
      const end = close === -1 ? source.length : close + 2;
      comments.push({ start: i, text: source.slice(i, end) });
      blank(i, end);
      i = end;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== c && source[j] !== '\n') j += source[j] === '\\' ? 2 : 1;
      literals.push({ start: i, value: source.slice(i + 1, j), quote: c });
      blank(i + 1, j);
      i = j + 1;
    } else if (c === '`') {
      i = scanTemplate(i + 1, true);
    } else if (c === '{' && templateBraces.length > 0) {
      templateBraces.push((templateBraces.pop() ?? 0) + 1);
      i++;
    } else if (c === '}' && templateBraces.length > 0) {
      const depth = templateBraces.pop() ?? 0;
      if (depth === 0) i = scanTemplate(i + 1, false);
      else {
        templateBraces.push(depth - 1);
        i++;
      }
    } else if (c === '/' && startsRegex(previousCode(i))) {
      const end = regexEnd(source, i);
      if (end === -1) i++;
      else {
        blank(i + 1, end - 1);
        i = end;
      }
    } else i++;
  }
  return { code: out.join(''), literals, comments };
}

function startsRegex(before: string): boolean {
  const last = before.at(-1);
  return last === undefined || REGEX_AFTER_CHAR.has(last) || REGEX_AFTER_WORD.test(before);
}

/** Offset just past a regex literal starting at `start`, or -1 if the line has none. */
function regexEnd(source: string, start: number): number {
  let inClass = false;
  for (let j = start + 1; j < source.length; j++) {
    const c = source[j];
    if (c === '\n') return -1;
    if (c === '\\') j++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      let k = j + 1;
      while (/[a-z]/i.test(source[k] ?? '')) k++;
      return k;
    }
  }
  return -1;
}

/** 1-based line number of an offset. */
export function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset && k < source.length; k++) if (source[k] === '\n') line++;
  return line;
}
