import { foldVietnamese, normalizeName } from '../../../shared/format/names';
import { nameSortKey } from '../../../shared/format/sort-key';
import type { GroupCode } from '../../../shared/codes/groups';
import type { MembershipKind, RegisterStatus } from '../../../shared/codes/register';
import type { ChildProfile } from '../../../shared/schemas/children';

/**
 * The words search works on: folded (no diacritics, đ → d, lower case), apostrophes dropped
 * ("H'Hen" → "hhen") and any other mark a word break. Stored text and typed text both go through
 * it, so they match alike.
 */
export function searchWords(text: string): string[] {
  return foldVietnamese(text)
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Marks the start of each stored word, so that the trigram index can find a one- or
 * two-letter token as "^^x" or "^xy": a short token matches the start of a word, a longer one
 * anywhere (see search.ts).
 */
export const wordStart = '^^';

// One letter per legal group, so that each group's mark is a single trigram ("~GD").
const groupLetters: Record<GroupCode, string> = {
  a: 'A', b: 'B', c: 'C', d: 'D', dd: 'Z', e: 'E', g: 'G', h: 'H', i: 'I', k: 'K', l: 'L', m: 'M', n: 'N', o: 'O',
};

/**
 * A code spelt in upper-case letters only ('A'–'P', one per four bits), which no search can type
 * (searches are folded to lower case): two letters a character for codes in Latin-1, behind
 * 'R', four behind 'W' otherwise, so that no mark is the beginning of another.
 */
function spell(code: string): string {
  const short = [...code].every((ch) => ch.charCodeAt(0) < 256);
  const shifts = short ? [4, 0] : [12, 8, 4, 0];
  const letters = [...code]
    .map((ch) => shifts.map((shift) => String.fromCharCode(65 + ((ch.charCodeAt(0) >> shift) & 15))).join(''))
    .join('');
  return `${short ? 'R' : 'W'}${letters}`;
}

/**
 * The mark an open membership leaves in search_text, so that the list can filter by group or
 * at-risk reason through the same trigram index as the search: "~GD" for group d (one trigram),
 * "~RHCDB~" for at-risk option r1.
 */
export function membershipMark(kind: MembershipKind, code: string): string {
  const letter = kind === 'group' ? groupLetters[code as GroupCode] : undefined;
  return letter ? `~G${letter}` : `~${kind === 'group' ? 'X' : ''}${spell(code)}~`;
}

export interface OpenMembership {
  kind: MembershipKind;
  code: string;
}

type SearchedProfile = Pick<ChildProfile, 'fullName' | 'personalId' | 'birthCertificateNo'>;

/** The distinct words a child is found by: name, personal ID, birth certificate, guardians' names. */
export function childWords(profile: SearchedProfile, guardianNames: readonly string[]): string[] {
  return [
    ...new Set([
      ...searchWords(profile.fullName),
      ...(profile.personalId ? [profile.personalId] : []),
      ...searchWords(profile.birthCertificateNo ?? ''),
      ...guardianNames.flatMap(searchWords),
    ]),
  ];
}

/**
 * child.search_text: each word marked at its start and followed by its token (words of letters,
 * see vocabulary.ts), then the marks of the open memberships.
 */
export function searchText(words: readonly string[], tokens: ReadonlyMap<string, string>, open: readonly OpenMembership[]): string {
  const parts = words.flatMap((word) => {
    const token = tokens.get(word);
    return token ? [wordStart + word, token] : [wordStart + word];
  });
  return [...parts, ...new Set(open.map((m) => membershipMark(m.kind, m.code)))].join(' ');
}

/**
 * The columns a child row derives from what was entered and the memberships still open.
 * `words`: the profile's childWords, when the caller already has them (a bulk insert fetches
 * their tokens first).
 */
export function derivedColumns(
  profile: SearchedProfile,
  guardianNames: readonly string[],
  open: readonly OpenMembership[],
  tokens: ReadonlyMap<string, string>,
  words?: readonly string[],
) {
  const fullName = normalizeName(profile.fullName);
  return {
    full_name: fullName,
    folded_name: foldVietnamese(fullName),
    sort_key: nameSortKey(fullName),
    search_text: searchText(words ?? childWords({ ...profile, fullName }, guardianNames), tokens, open),
  };
}

/** 'left' when closed; 'active' with an open group membership; otherwise on the at-risk list. */
export function statusOf(closed: boolean, open: readonly { kind: MembershipKind }[]): RegisterStatus {
  if (closed) return 'left';
  return open.some((m) => m.kind === 'group') ? 'active' : 'atRisk';
}
