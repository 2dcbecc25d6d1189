import { legalGroups, type GroupCode } from '../../../shared/codes/groups';
import { foldCell } from './match-codes';

/**
 * The groups cell ("a, đ", "a,d", "Trẻ em khuyết tật", "a1") and the at-risk cell ("r2",
 * "Sống trong gia đình có bạo lực") → membership codes. Sub-group and at-risk options come
 * from the database, since an office can extend them.
 */

export interface CircumstanceOptions {
  subgroups: readonly { code: string; groupCode: string }[];
  atRisk: readonly { code: string; nameVi: string }[];
}

export interface GroupPick {
  code: GroupCode;
  subgroupCode: string | null;
}

const letterToCode = new Map<string, GroupCode>(legalGroups.map((g) => [g.letter, g.code]));
letterToCode.set('dd', 'dd');

const withoutPrefix = (folded: string): string => folded.replace(/^(tre em|tre|nhom|diem|dien) /, '');

const groupNames = legalGroups.map((g) => ({ code: g.code, name: withoutPrefix(foldCell(g.nameVi)) }));

/**
 * Cells list several values with commas, semicolons, slashes, pluses or new lines. Names may
 * hold commas themselves, so callers try the whole cell as one name first.
 */
export const splitList = (text: string): string[] =>
  text
    .replace(/HIV\s*\/\s*AIDS/giu, 'HIV AIDS')
    .split(/[,;/+\n]/u)
    .map((part) => part.trim())
    .filter(Boolean);

/** A folded name, or a distinctive part of one ("khuyết tật", "HIV"), naming one entry. */
function byName<T extends { name: string }>(entries: readonly T[], folded: string): T | null {
  const exact = entries.find((entry) => entry.name === folded);
  if (exact) return exact;
  if (folded.length < 3) return null;
  const containing = entries.filter((entry) => ` ${entry.name} `.includes(` ${folded} `));
  return containing.length === 1 ? (containing[0] ?? null) : null;
}

function matchGroup(token: string, options: CircumstanceOptions): GroupPick | null {
  // Letters are read before folding, which would turn đ into d.
  const letter = /^\(?(đ|dd|[abcdeghiklmno])[).]?\s*(\d)?\)?$/u.exec(token.toLocaleLowerCase('vi').replace(/^(nhóm|điểm)\s+/u, ''));
  if (letter) {
    const code = letterToCode.get(letter[1] ?? '');
    if (!code) return null;
    if (!letter[2]) return { code, subgroupCode: null };
    const subgroupCode = `${code}${letter[2]}`;
    return options.subgroups.some((s) => s.code === subgroupCode && s.groupCode === code) ? { code, subgroupCode } : null;
  }
  const named = byName(groupNames, withoutPrefix(foldCell(token)));
  return named ? { code: named.code, subgroupCode: null } : null;
}

/** The groups a cell names, or null when any part of it names none. */
export function matchGroups(text: string, options: CircumstanceOptions): GroupPick[] | null {
  const whole = byName(groupNames, withoutPrefix(foldCell(text)));
  if (whole) return [{ code: whole.code, subgroupCode: null }];
  const picks: GroupPick[] = [];
  for (const token of splitList(text)) {
    const pick = matchGroup(token, options);
    if (!pick) return null;
    if (!picks.some((p) => p.code === pick.code)) picks.push(pick);
  }
  return picks;
}

// The folded names of an office's at-risk options, worked out once per list of options.
const atRiskEntries = new WeakMap<CircumstanceOptions['atRisk'], { code: string; name: string }[]>();

/** The at-risk options a cell names (by code or name), or null when any part names none. */
export function matchAtRisk(text: string, options: CircumstanceOptions): string[] | null {
  let entries = atRiskEntries.get(options.atRisk);
  if (!entries) {
    entries = options.atRisk.map((o) => ({ code: o.code, name: foldCell(o.nameVi) }));
    atRiskEntries.set(options.atRisk, entries);
  }
  const whole = byName(entries, foldCell(text));
  if (whole) return [whole.code];
  const codes: string[] = [];
  for (const token of splitList(text)) {
    const folded = foldCell(token);
    const code = entries.find((e) => e.code === folded.replace(/ /g, ''))?.code ?? byName(entries, folded)?.code;
    if (!code) return null;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}
