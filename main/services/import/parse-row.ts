import { defaultEthnicityList } from '../../../shared/codes/ethnicities';
import { childAgeLimit } from '../../../shared/codes/register';
import { ageOn } from '../../../shared/format/date';
import { normalizeName } from '../../../shared/format/names';
import { childCreateSchema, type ChildCreate, type MembershipInput } from '../../../shared/schemas/children';
import type { ImportField, ImportMapping, ImportRowIssue } from '../../../shared/schemas/import';
import type { UnitRef } from '../../../shared/units';
import { importIssues } from './issues';
import { matchAtRisk, matchGroups, type CircumstanceOptions } from './match-circumstances';
import {
  matchEthnicity,
  matchHouseholdStatus,
  matchSchoolLevel,
  matchSex,
  schoolLevelForBirth,
  schoolLevelFromClass,
} from './match-codes';
import type { UnitMatcher } from './match-unit';
import type { CellValue, SheetRow } from './read-sheet';
import { readGuardians } from './read-guardians';
import { readDate, readPersonalId, readPhone, readText } from './read-values';

/** What one row is checked against: the office's units and options, and the import date. */
export interface RowContext {
  today: string;
  headers: readonly string[];
  findUnit: UnitMatcher;
  /** Used when the list has no unit for a row: the office's only unit, if it has one. */
  defaultUnit: UnitRef | null;
  circumstances: CircumstanceOptions;
}

export interface ParsedRow {
  rowNumber: number;
  fullName: string;
  birthDate: string | null;
  /** A well-formed personal ID, even on a row with other issues (for duplicate checks). */
  personalId: string | null;
  issues: ImportRowIssue[];
  /** Set only when the row has no issue. */
  child: ChildCreate | null;
}

// Lists without an ethnicity column are, in practice, lists of Kinh children.
const KINH = '01';

/** Where a schema issue shows in the sheet. */
function fieldOfPath(path: readonly PropertyKey[]): ImportField {
  const [head, , leaf] = path.map(String);
  if (head === 'guardians') return leaf === 'relation' ? 'guardianRelation' : leaf === 'phone' ? 'guardianPhone' : 'guardianName';
  if (head === 'memberships') return leaf === 'startDate' ? 'groupStartDate' : 'groups';
  const fields: Record<string, ImportField> = {
    ethnicityCode: 'ethnicity',
    ethnicityList: 'ethnicity',
    unitId: 'unit',
    disabilityNotes: 'healthNotes',
  };
  return fields[head ?? ''] ?? (head as ImportField);
}

export function parseRow(row: SheetRow, mapping: ImportMapping, context: RowContext): ParsedRow {
  const cell = (field: ImportField): CellValue | undefined => {
    const column = mapping[field];
    return column === null || column === undefined ? undefined : (row.cells[column] ?? null);
  };
  const text = (field: ImportField): string => readText(cell(field));
  const header = (field: ImportField): string => context.headers[mapping[field] ?? -1] ?? '';
  const issues: ImportRowIssue[] = [];
  const flag = (field: ImportField, message: string): void => {
    if (!issues.some((issue) => issue.field === field)) issues.push({ field, message });
  };

  const fullName = normalizeName(text('fullName'));

  const sexText = text('sex');
  const sex = sexText === '' ? undefined : matchSex(sexText);
  if (sex === null) flag('sex', importIssues.unknownSex);

  const birth = readDate(cell('birthDate'));
  const birthDate = typeof birth === 'string' ? birth : null;
  if (birth === undefined) flag('birthDate', importIssues.badDate);
  const age = birthDate ? ageOn(birthDate, context.today) : null;
  if (birthDate && age === null) flag('birthDate', importIssues.futureDate);
  if (age !== null && age >= childAgeLimit) flag('birthDate', importIssues.over16);

  const ethnicityText = text('ethnicity');
  const ethnicityCode = ethnicityText === '' ? KINH : matchEthnicity(ethnicityText);
  if (ethnicityCode === null) flag('ethnicity', importIssues.unknownEthnicity);

  const unitText = text('unit');
  const unitId = unitText === '' ? context.defaultUnit : context.findUnit(unitText);
  if (unitText !== '' && unitId === null) flag('unit', importIssues.unknownUnit);

  const householdStatus = matchHouseholdStatus(text('householdStatus'), header('householdStatus'));
  if (householdStatus === null) flag('householdStatus', importIssues.unknownHouseholdStatus);

  const schoolClass = text('schoolClass');
  const levelText = text('schoolLevel');
  const schoolLevel =
    levelText !== ''
      ? matchSchoolLevel(levelText)
      : (schoolLevelFromClass(schoolClass) ?? (birthDate && age !== null ? schoolLevelForBirth(birthDate, context.today) : undefined));
  if (schoolLevel === null) flag('schoolLevel', importIssues.unknownSchoolLevel);

  const start = readDate(cell('groupStartDate'));
  const startDate = start === null ? context.today : start;
  if (startDate === undefined) flag('groupStartDate', importIssues.badDate);
  else if (startDate > context.today) flag('groupStartDate', importIssues.futureDate);
  else if (birthDate && !issues.some((i) => i.field === 'birthDate') && startDate < birthDate) flag('groupStartDate', importIssues.startBeforeBirth);

  const groupText = text('groups');
  const groups = groupText === '' ? [] : matchGroups(groupText, context.circumstances);
  if (groups === null) flag('groups', importIssues.unknownGroup);
  const atRiskText = text('atRisk');
  const atRisk = atRiskText === '' ? [] : matchAtRisk(atRiskText, context.circumstances);
  if (atRisk === null) flag('atRisk', importIssues.unknownAtRisk);
  const memberships: MembershipInput[] = [
    ...(groups ?? []).map((g) => ({ kind: 'group' as const, code: g.code, subgroupCode: g.subgroupCode, startDate: startDate ?? '', note: null })),
    ...(atRisk ?? []).map((code) => ({ kind: 'atRisk' as const, code, subgroupCode: null, startDate: startDate ?? '', note: null })),
  ];

  const guardianName = text('guardianName');
  const guardianRelation = text('guardianRelation');
  const guardianPhone = readPhone(cell('guardianPhone'));
  const guardians = guardianName === '' ? [] : readGuardians(guardianName, guardianRelation, guardianPhone, header('guardianName'));
  if (guardianName === '' && (guardianRelation !== '' || guardianPhone !== '')) flag('guardianName', 'validation.required');

  const personalId = readPersonalId(cell('personalId')).replace(/\s+/g, '');
  const parsed = childCreateSchema.safeParse({
    fullName,
    sex: sex ?? undefined,
    birthDate: birthDate ?? undefined,
    ethnicityList: defaultEthnicityList,
    ethnicityCode: ethnicityCode ?? KINH,
    personalId,
    birthCertificateNo: text('birthCertificateNo'),
    healthInsuranceNo: text('healthInsuranceNo'),
    unitId: unitId ?? '',
    village: text('village'),
    addressLine: text('addressLine'),
    householdStatus: householdStatus ?? 'other',
    schoolLevel: schoolLevel ?? 'notYetSchoolAge',
    schoolClass,
    healthNotes: text('healthNotes'),
    disabilityNotes: '',
    guardians,
    memberships,
    notDuplicateOf: [],
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOfPath(issue.path);
      // An unreadable at-risk cell already says why the row has no membership.
      if (field === 'groups' && atRisk === null) continue;
      flag(field, issue.message.startsWith('validation.') ? issue.message : 'validation.invalid');
    }
  }
  const ok = parsed.success && issues.length === 0;
  return {
    rowNumber: row.rowNumber,
    fullName,
    birthDate,
    personalId: /^\d{12}$/.test(personalId) ? personalId : null,
    issues,
    child: ok ? parsed.data : null,
  };
}
