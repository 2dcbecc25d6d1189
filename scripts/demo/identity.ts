/**
 * Fake identifiers in the real formats, so that screens, search and imports see what an office
 * sees. None of them belongs to anyone: the random digits are drawn, and each is used once.
 */
import type { HouseholdStatus, Sex } from '../../shared/codes/register';
import type { Random } from './random';

/** Mobile prefixes in use since the 2018 renumbering (Viettel, Vinaphone, Mobifone, …). */
const mobilePrefixes = [
  '032', '033', '034', '035', '036', '037', '038', '039', '056', '058', '059', '070', '076', '077', '078', '079',
  '081', '082', '083', '084', '085', '086', '088', '089', '090', '091', '093', '094', '096', '097', '098',
] as const;

export const phoneNumber = (random: Random): string => random.pick(mobilePrefixes) + random.digits(7);

/** Old (pre-2025) province codes of the places children elsewhere were registered at birth. */
const otherBirthProvinces = ['001', '079', '030', '033', '034', '022', '036', '038', '040', '037'] as const;

/**
 * Số định danh cá nhân: province of birth registration (3 digits), a digit for sex and century
 * (0/1 male/female born 1900–1999, 2/3 born 2000–2099), the last two digits of the birth year,
 * then six digits. `used` keeps them unique across a whole register.
 */
export function personalId(
  random: Random,
  used: Set<string>,
  provinceCode: string,
  sex: Sex,
  birthYear: number,
): string {
  const centuryDigit = (birthYear >= 2000 ? 2 : 0) + (sex === 'female' ? 1 : 0);
  const yy = String(birthYear % 100).padStart(2, '0');
  for (;;) {
    const province = random.chance(0.85) ? `0${provinceCode}` : random.pick(otherBirthProvinces);
    const id = `${province}${centuryDigit}${yy}${random.digits(6)}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

/**
 * A health-insurance card number: a two-letter beneficiary code (TE children under 6, HN poor
 * households, CN near-poor, HS pupils), a benefit level, the province and ten digits.
 */
export function healthInsuranceNo(
  random: Random,
  provinceCode: string,
  age: number,
  household: HouseholdStatus,
): string | null {
  let prefix: string | null = null;
  if (age < 6) prefix = random.chance(0.9) ? 'TE1' : null;
  else if (household === 'poor') prefix = random.chance(0.85) ? 'HN2' : null;
  else if (household === 'nearPoor') prefix = random.chance(0.7) ? 'CN3' : null;
  else prefix = random.chance(0.45) ? 'HS4' : null;
  return prefix ? `${prefix}${provinceCode}${random.digits(10)}` : null;
}

/** "Số 125/2016": the entry number in the year's birth register book. */
export const birthCertificateNo = (random: Random, birthYear: number): string | null =>
  random.chance(0.55) ? `${random.int(1, 420)}/${birthYear}` : null;
