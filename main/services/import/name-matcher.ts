import { splitVietnameseName } from '../../../shared/format/names';
import { editDistance } from '../children/duplicates';

/**
 * The register's test of two folded names being alike (children/duplicates.ts similarNames),
 * made fast for comparing thousands of names with thousands: each name's given and family name
 * are found once, and most unlike pairs are told apart by counting letters before the edit
 * distance is worked out. The answer is always similarNames's.
 */

export interface ComparableName {
  folded: string;
  given: string;
  family: string;
}

// Words separated by single spaces, as foldVietnamese leaves them: the first and last word are
// then the family and given names (others go through splitVietnameseName).
const PLAIN = /^\S+( \S+)*$/;

export function comparableName(folded: string): ComparableName {
  if (!PLAIN.test(folded)) {
    const { given, family } = splitVietnameseName(folded);
    return { folded, given, family };
  }
  const first = folded.indexOf(' ');
  if (first < 0) return { folded, given: folded, family: '' };
  return { folded, given: folded.slice(folded.lastIndexOf(' ') + 1), family: folded.slice(0, first) };
}

export function similarName(a: ComparableName, b: ComparableName): boolean {
  if (a.folded === b.folded) return true;
  if (a.given !== '' && a.given === b.given && a.family === b.family) return true;
  return withinTwoEdits(a.folded, b.folded);
}

// Letter counts, kept at zero between calls.
const counts = new Int32Array(65_536);

/**
 * Each edit changes the counts of at most two letters by one, so names whose letter counts
 * differ by more than four in all are more than two edits apart.
 */
function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)] = (counts[a.charCodeAt(i)] ?? 0) + 1;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i)] = (counts[b.charCodeAt(i)] ?? 0) - 1;
  const apart = clearCounts(a) + clearCounts(b);
  return apart <= 4 && editDistance(a, b, 2) <= 2;
}

/** The counts left for the letters of `text`, set back to zero. */
function clearCounts(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    sum += Math.abs(counts[code] ?? 0);
    counts[code] = 0;
  }
  return sum;
}
