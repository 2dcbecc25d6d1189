import { defaultEthnicityList, type EthnicityList } from '../../../../../shared/codes/ethnicities';
import { legalGroups } from '../../../../../shared/codes/groups';
import type { HouseholdStatus, MembershipKind, SchoolLevel, Sex } from '../../../../../shared/codes/register';
import { normalizeName } from '../../../../../shared/format';
import type { ChildDetail } from '../../../../../shared/register';
import { dateForField, dateForSchema } from '../dateText';

export interface GuardianValues {
  fullName: string;
  relation: string;
  phone: string;
  personalId: string;
  livesWithChild: boolean;
}

export interface MembershipValues {
  kind: MembershipKind;
  code: string;
  subgroupCode: string;
  startDate: string;
  note: string;
}

/** The create/edit form as typed: dates 'dd/mm/yyyy', choices '' until made. */
export interface ChildFormValues {
  fullName: string;
  sex: Sex | '';
  birthDate: string;
  ethnicityList: EthnicityList;
  ethnicityCode: string;
  personalId: string;
  birthCertificateNo: string;
  healthInsuranceNo: string;
  unitId: string;
  village: string;
  addressLine: string;
  householdStatus: HouseholdStatus | '';
  schoolLevel: SchoolLevel | '';
  schoolClass: string;
  healthNotes: string;
  disabilityNotes: string;
  guardians: GuardianValues[];
  /** Only on create: why the child is on the register (at least one). */
  memberships: MembershipValues[];
}

export const emptyGuardian: GuardianValues = { fullName: '', relation: '', phone: '', personalId: '', livesWithChild: true };

const kinhCode = '01';

export function emptyChildValues(unitId: string): ChildFormValues {
  return {
    fullName: '',
    sex: '',
    birthDate: '',
    ethnicityList: defaultEthnicityList,
    ethnicityCode: kinhCode,
    personalId: '',
    birthCertificateNo: '',
    healthInsuranceNo: '',
    unitId,
    village: '',
    addressLine: '',
    householdStatus: '',
    schoolLevel: '',
    schoolClass: '',
    healthNotes: '',
    disabilityNotes: '',
    guardians: [],
    memberships: [],
  };
}

export function childToFormValues(child: ChildDetail): ChildFormValues {
  return {
    fullName: child.fullName,
    sex: child.sex,
    birthDate: dateForField(child.birthDate),
    ethnicityList: child.ethnicityList,
    ethnicityCode: child.ethnicityCode,
    personalId: child.personalId ?? '',
    birthCertificateNo: child.birthCertificateNo ?? '',
    healthInsuranceNo: child.healthInsuranceNo ?? '',
    unitId: child.unitId,
    village: child.village ?? '',
    addressLine: child.addressLine ?? '',
    householdStatus: child.householdStatus,
    schoolLevel: child.schoolLevel,
    schoolClass: child.schoolClass ?? '',
    healthNotes: child.healthNotes ?? '',
    disabilityNotes: child.disabilityNotes ?? '',
    guardians: child.guardians.map((g) => ({
      fullName: g.fullName,
      relation: g.relation,
      phone: g.phone ?? '',
      personalId: g.personalId ?? '',
      livesWithChild: g.livesWithChild,
    })),
    memberships: [],
  };
}

const choice = <T extends string>(value: T | ''): T | undefined => (value === '' ? undefined : value);

/** Names are tidied on submit too ("nguyễn  thị hoa" → "Nguyễn Thị Hoa"), never while typing. */
const tidyName = (name: string): string => normalizeName(name);

/** What the shared schemas check: the values converted, not yet trusted. */
export function toSchemaInput(values: ChildFormValues): Record<string, unknown> {
  return {
    ...values,
    fullName: tidyName(values.fullName),
    sex: choice(values.sex),
    birthDate: dateForSchema(values.birthDate),
    householdStatus: choice(values.householdStatus),
    schoolLevel: choice(values.schoolLevel),
    guardians: values.guardians.map((g) => ({ ...g, fullName: tidyName(g.fullName) })),
    memberships: values.memberships.map((m) => ({ ...m, startDate: dateForSchema(m.startDate) })),
  };
}

/** Groups in the law's order, then at-risk entries in the order of their list. */
export function membershipRank(kind: MembershipKind, code: string, atRiskCodes: readonly string[]): number {
  if (kind === 'group') return legalGroups.findIndex((group) => group.code === code);
  const index = atRiskCodes.indexOf(code);
  return legalGroups.length + (index === -1 ? atRiskCodes.length : index);
}
