/**
 * Vietnamese names and text: folding for search, tidying for entry, and list order.
 */

// U+00D0/U+00F0 (Icelandic eth) look like Đ/đ and turn up in text converted from old
// TCVN3/VNI fonts; treat them as Đ/đ so such names are found and sorted with the rest.
const fixEth = (text: string): string => text.replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ');

const collapseSpaces = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Search key: no diacritics, đ → d, lower case, single spaces. NFD first, so text typed with
 * combining marks (as some input methods produce) and precomposed text fold alike.
 */
export function foldVietnamese(text: string): string {
  return collapseSpaces(
    fixEth(text)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase(),
  );
}

const capitalise = (word: string): string =>
  word.charAt(0).toLocaleUpperCase('vi') + word.slice(1).toLocaleLowerCase('vi');

/**
 * Tidies a typed name for storage and display: NFC, single spaces, each word capitalised
 * ("nguyễn  thị HOA" → "Nguyễn Thị Hoa"). Letters after '-' or an apostrophe are capitalised
 * too, as in names of the Central Highlands peoples ("H'Hen Niê").
 */
export function normalizeName(text: string): string {
  return collapseSpaces(fixEth(text).normalize('NFC'))
    .split(/([ '’-])/)
    .map(capitalise)
    .join('');
}

/**
 * Vietnamese alphabetical order (a < ă < â < b … d < đ …; tones a < à < ả < ã < á < ạ).
 * `numeric` so that "Tổ 2" comes before "Tổ 10". Relies on the runtime's ICU having the
 * 'vi' collation, which Node's full ICU and Chromium's bundled ICU both do.
 */
const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a.normalize('NFC'), b.normalize('NFC'));
}

export interface NameParts {
  family: string;
  middle: string;
  given: string;
}

/**
 * "Nguyễn Thị Minh Hoa" → family "Nguyễn", middle "Thị Minh", given "Hoa". The family name is
 * taken to be the first word: two-word family names (Tôn Nữ, Âu Dương) cannot be told from a
 * middle name, and it only affects the tie-break in list order.
 */
export function splitVietnameseName(full: string): NameParts {
  const words = collapseSpaces(full).split(' ').filter(Boolean);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  const given = words.pop() ?? '';
  const family = words.shift() ?? '';
  return { family, middle: words.join(' '), given };
}

/**
 * Order of Vietnamese office and school lists: by given name (last word) first, then family
 * name, then middle name, then the whole string so that the order is total:
 * "Trần Văn An" < "Lê Văn Bình" < "Nguyễn Thị Bình" < "Nguyễn Văn Bình".
 */
export function compareVietnameseNames(fullNameA: string, fullNameB: string): number {
  const a = splitVietnameseName(fullNameA);
  const b = splitVietnameseName(fullNameB);
  return (
    compareVietnamese(a.given, b.given) ||
    compareVietnamese(a.family, b.family) ||
    compareVietnamese(a.middle, b.middle) ||
    compareVietnamese(fullNameA, fullNameB)
  );
}
