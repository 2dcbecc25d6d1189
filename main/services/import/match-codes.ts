import { ethnicities } from '../../../shared/codes/ethnicities';
import type { HouseholdStatus, SchoolLevel, Sex } from '../../../shared/codes/register';
import { foldVietnamese } from '../../../shared/format/names';

/**
 * Words people write in a register's cells → the app's codes. Everything is compared
 * folded (no diacritics, lower case), since lists are typed with and without marks.
 */

// A list repeats the same few words down a column ("Nam", "Kinh", "Hộ nghèo", a ward's name):
// each is folded once. Bounded, so that a column of names or addresses cannot grow it for ever.
const folded = new Map<string, string>();
const FOLDED_KEPT = 10_000;

/** Folded, punctuation as spaces: "P.Máy Tơ" → "p may to". */
export function foldCell(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    result = foldVietnamese(text.replace(/[^\p{L}\p{N}]+/gu, ' '));
    if (folded.size >= FOLDED_KEPT) folded.clear();
    folded.set(text, result);
  }
  return result;
}

const squeeze = (text: string): string => foldCell(text).replace(/ /g, '');

const sexWords: Record<string, Sex> = {
  nam: 'male', trai: 'male', m: 'male', male: 'male', boy: 'male',
  nu: 'female', gai: 'female', f: 'female', female: 'female', girl: 'female',
};

export function matchSex(text: string): Sex | null {
  return sexWords[foldCell(text).replace(/^(tre |be )/, '')] ?? null;
}

// Other names and spellings in use (the 1979 list's spellings, English, older names).
const ethnicityAliases: Record<string, string> = {
  viet: '01', khome: '05', khmer: '05', han: '06', hmong: '08', meo: '08', jrai: '10', giarai: '10',
  ede: '11', rade: '11', bahnar: '12', caolan: '13', sanchi: '13', cham: '14', koho: '15',
  sedang: '16', raglai: '19', stieng: '22', khmu: '23', bru: '24', vankieu: '24', katu: '25',
  taoi: '27', paco: '27', trieng: '29', gietrieng: '29', xinhmun: '32',
};
const ethnicityByFoldedName = new Map<string, string>([
  ...ethnicities.map((e): [string, string] => [squeeze(e.name), e.code2008]),
  ...Object.entries(ethnicityAliases),
]);

/** A name ("Kinh", "Ê-đê", "H'Mông") or a code of the 2008 list ("1", "01") → the 2008 code. */
export function matchEthnicity(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{1,2}$/.test(trimmed)) {
    const code = trimmed.padStart(2, '0');
    return ethnicities.some((e) => e.code2008 === code) ? code : null;
  }
  const name = squeeze(trimmed).replace(/^dantoc/, '');
  return ethnicityByFoldedName.get(name) ?? null;
}

const MARK = /^(x|co|1|v|yes)$/;

/**
 * "Hộ nghèo", "nghèo", "cận nghèo", "không" … A bare mark ("x") means what the column's header
 * says ("Hộ nghèo" or "Hộ cận nghèo"); under a header naming both it is ambiguous.
 */
export function matchHouseholdStatus(text: string, header: string): HouseholdStatus | null {
  const value = foldCell(text).replace(/^ho /, '');
  if (value === '' || /^(khong|khac|binh thuong|khong ngheo|0)$/.test(value)) return 'other';
  if (/^(can ngheo|hcn)$/.test(value)) return 'nearPoor';
  if (/^(ngheo|hn)$/.test(value)) return 'poor';
  if (MARK.test(value)) {
    const head = foldCell(header);
    const nearPoor = head.includes('can ngheo');
    const poor = /(^| )(?<!can )ngheo/.test(head);
    if (nearPoor !== poor) return poor ? 'poor' : 'nearPoor';
  }
  return null;
}

const schoolWords: readonly (readonly [RegExp, SchoolLevel])[] = [
  [/^(chua di hoc|chua den tuoi)/, 'notYetSchoolAge'],
  [/(bo hoc|khong di hoc|nghi hoc|thoi hoc)/, 'outOfSchool'],
  [/^(mam non|mau giao|nha tre|mn|mg)$/, 'preschool'],
  [/^(tieu hoc|th|cap 1|cap i)$/, 'primary'],
  [/^(trung hoc co so|thcs|cap 2|cap ii)$/, 'lowerSecondary'],
  [/^(trung hoc pho thong|thpt|cap 3|cap iii)$/, 'upperSecondary'],
  [/(nghe|trung cap|cao dang|gdnn)/, 'vocational'],
];

export function matchSchoolLevel(text: string): SchoolLevel | null {
  const value = foldCell(text);
  return schoolWords.find(([test]) => test.test(value))?.[1] ?? null;
}

/** "Lớp 3", "5A", "10A1", "Lá" (kindergarten) → the level that class belongs to. */
export function schoolLevelFromClass(text: string): SchoolLevel | null {
  const value = foldCell(text);
  if (/^(lop )?(la|choi|mam|nha tre|mau giao)( |$)/.test(value)) return 'preschool';
  const grade = Number(/\d{1,2}/.exec(value)?.[0] ?? NaN);
  if (grade >= 1 && grade <= 5) return 'primary';
  if (grade >= 6 && grade <= 9) return 'lowerSecondary';
  if (grade >= 10 && grade <= 12) return 'upperSecondary';
  return null;
}

/**
 * When a list says nothing about school: the usual level for the birth year. Children enter
 * grade 1 in the September of the year they turn 6, so the grade follows from the school year.
 */
export function schoolLevelForBirth(birthDate: string, today: string): SchoolLevel {
  const [year = 0, month = 0] = today.split('-').map(Number);
  const schoolYear = month >= 9 ? year : year - 1;
  const grade = schoolYear - Number(birthDate.slice(0, 4)) - 5;
  if (grade < -2) return 'notYetSchoolAge';
  if (grade < 1) return 'preschool';
  if (grade < 6) return 'primary';
  if (grade < 10) return 'lowerSecondary';
  return 'upperSecondary';
}
