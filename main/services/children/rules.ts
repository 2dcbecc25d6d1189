import type { Kysely } from 'kysely';
import { groupCodes } from '../../../shared/codes/groups';
import { childAgeLimit } from '../../../shared/codes/register';
import type { FieldIssue } from '../../../shared/errors';
import { toIsoDate } from '../../../shared/format/date';
import type { MembershipInput } from '../../../shared/schemas/children';
import { AppFailure } from '../../failure';
import type { Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { getOffice, officeUnits } from '../office';
import type { UnitCatalog } from '../units';
import { birthday } from './dates';

/** What a record is checked against, read once per call (or once per import). */
export interface RegisterRules {
  officeId: string;
  /** The local date: memberships cannot start after it. */
  today: string;
  unitIds: ReadonlySet<string>;
  /** Active at-risk options. */
  atRiskCodes: ReadonlySet<string>;
  /** Sub-group code → its group. */
  subgroupGroups: ReadonlyMap<string, string | null>;
}

const knownGroups: ReadonlySet<string> = new Set(groupCodes);

export async function loadRules(db: Kysely<Database>, units: UnitCatalog, clock: Clock): Promise<RegisterRules> {
  const office = await getOffice(db);
  if (!office) throw new AppFailure('errors.officeNotSetUp');
  const [unitList, options] = await Promise.all([
    officeUnits(db, units),
    db.selectFrom('circumstance_option').select(['code', 'kind', 'group_code', 'active']).execute(),
  ]);
  return {
    officeId: office.id,
    today: toIsoDate(clock.now()),
    unitIds: new Set(unitList.map((u) => u.id)),
    atRiskCodes: new Set(options.filter((o) => o.kind === 'atRisk' && o.active === 1).map((o) => o.code)),
    subgroupGroups: new Map(options.filter((o) => o.kind === 'subgroup' && o.active === 1).map((o) => [o.code, o.group_code])),
  };
}

/**
 * The unit must be one of the office's. A record may keep the unit it already has, so that an
 * office that changes its area can still correct other fields of older records.
 */
export function unitIssues(rules: RegisterRules, unitId: string, current: string | null = null): FieldIssue[] {
  return rules.unitIds.has(unitId) || unitId === current ? [] : [{ path: 'unitId', message: 'validation.required' }];
}

/** A date of the register's history (a start, an end, a leaving) cannot lie in the future. */
export const futureDateIssues = (rules: Pick<RegisterRules, 'today'>, date: string, path: string): FieldIssue[] =>
  date > rules.today ? [{ path, message: 'validation.date' }] : [];

/**
 * A membership starts while the person is a child: on or after the birth date and before the
 * 16th birthday (a child is a person under 16, Luật Trẻ em Điều 1). A later start would leave
 * the record closing at 16 before its memberships began.
 */
export function childhoodIssues(birthDate: string, startDate: string, path: string): FieldIssue[] {
  if (startDate < birthDate) return [{ path, message: 'validation.startBeforeBirth' }];
  if (startDate >= birthday(birthDate, childAgeLimit)) return [{ path, message: 'validation.startAfter16' }];
  return [];
}

/**
 * Codes must name a legal group (with one of its sub-groups) or an active at-risk option, and
 * the membership starts no later than today, within the child's childhood.
 */
export function membershipIssues(rules: RegisterRules, membership: MembershipInput, birthDate: string, path = ''): FieldIssue[] {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const { kind, code, subgroupCode } = membership;
  const future = futureDateIssues(rules, membership.startDate, at('startDate'));
  const issues = future.length > 0 ? future : childhoodIssues(birthDate, membership.startDate, at('startDate'));
  if (kind === 'atRisk') {
    if (!rules.atRiskCodes.has(code)) issues.push({ path: at('code'), message: 'validation.invalid' });
    if (subgroupCode !== null) issues.push({ path: at('subgroupCode'), message: 'validation.invalid' });
  } else if (!knownGroups.has(code)) {
    issues.push({ path: at('code'), message: 'validation.invalid' });
  } else if (subgroupCode !== null && rules.subgroupGroups.get(subgroupCode) !== code) {
    issues.push({ path: at('subgroupCode'), message: 'validation.invalid' });
  }
  return issues;
}

/** Two open memberships of the same group (or option) would count the child twice. */
export function repeatedMembershipIssues(memberships: readonly MembershipInput[]): FieldIssue[] {
  const seen = new Set<string>();
  return memberships.flatMap((m, index) => {
    const key = `${m.kind} ${m.code}`;
    if (seen.has(key)) return [{ path: `memberships.${index}.code`, message: 'validation.invalid' }];
    seen.add(key);
    return [];
  });
}

export const personalIdTaken: FieldIssue = { path: 'personalId', message: 'validation.personalIdTaken' };

/** Throws the first kind of problem found: the unit, then the codes (areaMismatch before invalidInput). */
export function refuse(unit: FieldIssue[], codes: FieldIssue[]): void {
  if (unit.length > 0) throw new AppFailure('errors.areaMismatch', unit);
  if (codes.length > 0) throw new AppFailure('errors.invalidInput', codes);
}
