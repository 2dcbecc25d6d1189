import type { Insertable } from 'kysely';
import { foldVietnamese, normalizeName } from '../../../shared/format/names';
import type { ChildCreate, ChildProfile, GuardianInput } from '../../../shared/schemas/children';
import { newId } from '../../clock';
import type { ChildTable, GuardianTable, MembershipTable } from '../../db/schema';
import { childWords, derivedColumns, statusOf, type OpenMembership } from './derived';
import type { RegisterRules } from './rules';

// Rows per INSERT: well under SQLite's 32,766 bound values (27 columns a child row).
const chunkSize = 500;

export function chunks<T>(items: readonly T[], size = chunkSize): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The words of a profile as entered, to fetch their tokens before the row is made. */
export const profileWords = (profile: ChildProfile): string[] =>
  childWords({ ...profile, fullName: normalizeName(profile.fullName) }, profile.guardians.map((g) => g.fullName));

/** The entered profile as columns of the child row (without id, status and times); `words` as profileWords gives them. */
export function profileColumns(profile: ChildProfile, open: readonly OpenMembership[], tokens: ReadonlyMap<string, string>, words?: readonly string[]) {
  return {
    ...derivedColumns(profile, profile.guardians.map((g) => g.fullName), open, tokens, words),
    sex: profile.sex,
    birth_date: profile.birthDate,
    ethnicity_list: profile.ethnicityList,
    ethnicity_code: profile.ethnicityCode,
    personal_id: profile.personalId,
    birth_certificate_no: profile.birthCertificateNo,
    health_insurance_no: profile.healthInsuranceNo,
    unit_id: profile.unitId,
    village: profile.village,
    address_line: profile.addressLine,
    household_status: profile.householdStatus,
    school_level: profile.schoolLevel,
    school_class: profile.schoolClass,
    health_notes: profile.healthNotes,
    disability_notes: profile.disabilityNotes,
  };
}

export function guardianRows(officeId: string, childId: string, guardians: readonly GuardianInput[]): Insertable<GuardianTable>[] {
  return guardians.map((g, index) => {
    const fullName = normalizeName(g.fullName);
    return {
      id: newId(),
      office_id: officeId,
      child_id: childId,
      full_name: fullName,
      folded_name: foldVietnamese(fullName),
      relation: g.relation,
      phone: g.phone,
      personal_id: g.personalId,
      lives_with_child: g.livesWithChild ? 1 : 0,
      sort_order: index,
    };
  });
}

export interface PreparedChild {
  child: Insertable<ChildTable>;
  guardians: Insertable<GuardianTable>[];
  memberships: Insertable<MembershipTable>[];
  notDuplicateOf: string[];
}

/** Turns a checked input into rows; `words` as profileWords gives them, if the caller has them. */
export function prepareChild(
  rules: RegisterRules,
  input: ChildCreate,
  now: string,
  tokens: ReadonlyMap<string, string>,
  words?: readonly string[],
): PreparedChild {
  const id = newId();
  return {
    child: {
      id,
      office_id: rules.officeId,
      ...profileColumns(input, input.memberships, tokens, words),
      status: statusOf(false, input.memberships),
      left_reason: null,
      left_date: null,
      left_note: null,
      created_at: now,
      updated_at: now,
    },
    guardians: guardianRows(rules.officeId, id, input.guardians),
    memberships: input.memberships.map((m) => ({
      id: newId(),
      office_id: rules.officeId,
      child_id: id,
      kind: m.kind,
      code: m.code,
      subgroup_code: m.subgroupCode,
      start_date: m.startDate,
      end_date: null,
      end_reason: null,
      note: m.note,
      created_at: now,
      updated_at: now,
    })),
    notDuplicateOf: input.notDuplicateOf,
  };
}

