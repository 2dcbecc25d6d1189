import { splitVietnameseName } from './names';

/**
 * A stored sort key for Vietnamese list order: plain byte order of `nameSortKey(a)` and
 * `nameSortKey(b)` (SQLite's BINARY collation, or code-point order in JS) equals
 * `compareVietnameseNames(a, b)`, so the database can sort and page names by an index.
 *
 * It mirrors the ICU 'vi' collation that the comparator uses (numeric, tertiary strength) for
 * Vietnamese and Latin letters with their marks, digits, white space and ASCII punctuation:
 * three levels, each a run of one-character weights — letters and symbols (primary), marks
 * (secondary: none < grave < hook < tilde < acute < dot below < others), case (tertiary).
 * Characters outside those sets sort after the letters by code point, which ICU does not
 * promise; they do not occur in names. Keys are stored, so changing a weight here needs a
 * migration that recomputes `child.sort_key`.
 */

/** Lower than every weight: ends a level and ends a name part. */
const levelEnd = '!';
const partEnd = ' ';
const firstWeight = 0x23;

/** Primary order, lowest first; characters in one string share a weight (they differ later). */
const spaces = ' \u3000\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u00a0\u2007\u202f';
const primaryOrder = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  '\u2028',
  '\u2029',
  spaces,
  '_',
  '-',
  '\u2010\u2011',
  '\u2013',
  '\u2014',
  ',',
  ';',
  ':',
  '!',
  '?',
  '\u2026',
  '.',
  '\u00b7',
  "'\u2018\u2019",
  '"\u201c\u201d',
  '\u00ab',
  '\u00bb',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '@',
  '*',
  '/',
  '\\',
  '&',
  '#',
  '%',
  '`',
  '^',
  '+',
  '<',
  '=',
  '>',
  '|',
  '~',
  '$',
  '0', // every run of digits, compared by value (the comparator is numeric)
  'a',
  'ă',
  'â',
  'b',
  'c',
  'd',
  'ð',
  'đ',
  'e',
  'ê',
  'f',
  'g',
  'h',
  'i',
  'j',
  'k',
  'l',
  'm',
  'n',
  'o',
  'ô',
  'ơ',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'ư',
  'v',
  'w',
  'x',
  'y',
  'z',
  '\uffff', // anything else, followed by its code point
];

const weight = (index: number): string => String.fromCharCode(firstWeight + index);

const primaryWeight = new Map<string, string>();
primaryOrder.forEach((chars, index) => {
  for (const ch of chars) primaryWeight.set(ch, weight(index));
});
const digitWeight = weight(primaryOrder.indexOf('0'));
const otherWeight = weight(primaryOrder.length - 1);

const common = weight(0);
/** Variants that differ from their group's first member at the second or third level. */
const secondaryVariant = new Map([
  ['\u2018', weight(1)],
  ['\u201c', weight(1)],
  ['\u2019', weight(2)],
  ['\u201d', weight(2)],
]);
const tertiaryVariant = new Map<string, string>([
  ['\u2011', weight(1)],
  ['\u3000', weight(1)],
  ...[...'\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f'].map((ch) => [ch, weight(2)] as [string, string]),
  ...[...'\u00a0\u2007\u202f'].map((ch) => [ch, weight(3)] as [string, string]),
]);
const upperCase = weight(1);

/** Marks in ICU 'vi' order after the quote variants; the five tones come first. */
const markOrder = [
  '\u0300', '\u0309', '\u0303', '\u0301', '\u0323', '\u0306', '\u0302', '\u030c', '\u030a',
  '\u0308', '\u030b', '\u0307', '\u0327', '\u0328', '\u0304',
];
const markWeight = new Map(markOrder.map((mark, index) => [mark, weight(3 + index)]));
const otherMark = (mark: string): string => weight(3 + markOrder.length) + hex(mark.codePointAt(0) ?? 0);

/** Marks that make a separate letter of the Vietnamese alphabet rather than an accent. */
const letterMarks: Record<string, Record<string, string>> = {
  a: { '\u0306': 'ă', '\u0302': 'â' },
  e: { '\u0302': 'ê' },
  o: { '\u0302': 'ô', '\u031b': 'ơ' },
  u: { '\u031b': 'ư' },
};

// Ignored by the collation altogether: soft hyphen, zero-width space, grapheme joiner.
const ignorable = new Set(['\u00ad', '\u200b', '\u034f']);

const hex = (n: number): string => n.toString(16).toUpperCase().padStart(6, '0');
// Below U+0300 nothing is a mark: the common case, decided without a Unicode property test.
const isMark = (ch: string): boolean => ch.charCodeAt(0) >= 0x300 && /\p{M}/u.test(ch);
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';

interface Levels {
  primary: string[];
  secondary: string[];
  tertiary: string[];
}

function addDigits(levels: Levels, digits: string): void {
  // Leading zeros do not count: ICU's numeric order makes "01" equal to "1".
  const value = digits.replace(/^0+/, '') || '0';
  levels.primary.push(digitWeight + String.fromCharCode(firstWeight + value.length) + value);
  levels.secondary.push(common);
  levels.tertiary.push(common);
}

function addCharacter(levels: Levels, ch: string, marks: string[]): void {
  const lower = ch.toLowerCase();
  const shaped = marks.map((mark) => letterMarks[lower]?.[mark]).find((letter) => letter !== undefined);
  const letter = shaped ?? lower;
  const accents = shaped ? marks.filter((mark) => letterMarks[lower]?.[mark] !== shaped) : marks;
  const known = primaryWeight.get(letter) ?? primaryWeight.get(ch);
  levels.primary.push(known ?? otherWeight + hex(letter.codePointAt(0) ?? 0));
  levels.secondary.push(secondaryVariant.get(ch) ?? common);
  for (const mark of accents) levels.secondary.push(markWeight.get(mark) ?? otherMark(mark));
  levels.tertiary.push(tertiaryVariant.get(ch) ?? (lower !== ch ? upperCase : common));
}

/**
 * Trailing common weights can go: strings compared at the second or third level have equal
 * primaries, so their sequences only differ where a non-common weight stands (ICU does the same).
 */
const trimCommon = (weights: string[]): string => weights.join('').replace(new RegExp(`${common}+$`), '');

function levelsOf(text: string): Levels {
  const chars = [...text.normalize('NFD')].filter((ch) => !ignorable.has(ch));
  const levels: Levels = { primary: [], secondary: [], tertiary: [] };
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] ?? '';
    if (isDigit(ch)) {
      let digits = '';
      while (i < chars.length && isDigit(chars[i] ?? '')) digits += chars[i++];
      addDigits(levels, digits);
      continue;
    }
    i += 1;
    if (isMark(ch)) {
      // A mark with nothing before it weighs only at the second level.
      levels.secondary.push(markWeight.get(ch) ?? otherMark(ch));
      continue;
    }
    const marks: string[] = [];
    while (i < chars.length && isMark(chars[i] ?? '')) marks.push(chars[i++] ?? '');
    addCharacter(levels, ch, marks);
  }
  return levels;
}

/** The key of one string, compared as the ICU 'vi' collation compares it. */
export function collationKey(text: string): string {
  const { primary, secondary, tertiary } = levelsOf(text);
  return [primary.join(''), trimCommon(secondary), trimCommon(tertiary)].join(levelEnd);
}

/** Heavier than any white space; stands for a whole word in `spacingKey`. */
const wordWeight = weight(primaryOrder.indexOf('_'));

/**
 * The last tie-break of `compareVietnameseNames` compares the whole names. It is only reached
 * when given, family and middle names are equal, so the names hold the same words and can
 * differ only in the white space around them: the key keeps that and one weight per word.
 */
function spacingKey(fullName: string): string {
  const primary: string[] = [];
  const tertiary: string[] = [];
  for (const run of fullName.match(/\s+|\S+/g) ?? []) {
    if (!/^\s/.test(run)) {
      primary.push(wordWeight);
      tertiary.push(common);
      continue;
    }
    const levels = levelsOf(run);
    primary.push(...levels.primary);
    tertiary.push(...levels.tertiary);
  }
  return [primary.join(''), trimCommon(tertiary)].join(levelEnd);
}

/**
 * The key of a full name: given name, family name, middle name, then the spacing of the whole
 * name, as `compareVietnameseNames` compares them. Each part ends with a character lower than
 * any weight, so a shorter part sorts first and the next part only counts on a tie.
 */
export function nameSortKey(fullName: string): string {
  const { family, middle, given } = splitVietnameseName(fullName);
  return [collationKey(given), collationKey(family), collationKey(middle), spacingKey(fullName)]
    .map((part) => part + partEnd)
    .join('');
}
