import { describe, expect, it } from 'vitest';
import { defaultCircumstances } from '../../../shared/codes/groups';
import type { ImportField, ImportMapping } from '../../../shared/schemas/import';
import type { OfficeUnit } from '../../../shared/units';
import { soleUnit, unitMatcher } from './match-unit';
import { parseRow, type RowContext } from './parse-row';
import type { CellValue } from './read-sheet';

// The units of tests/fixtures/office.ts `legacyOffice`, as officeUnits lists them.
const officeUnitList: OfficeUnit[] = [
  { id: 'w:11311', name: 'Phường Máy Tơ', kind: 'legacyWard' },
  { id: 'w:11314', name: 'Phường Máy Chai', kind: 'legacyWard' },
  { id: 'w:11329', name: 'Phường Cầu Đất', kind: 'legacyWard' },
  { id: '11311', name: 'Phường Ngô Quyền', kind: 'commune' },
  { id: '11329', name: 'Phường Gia Viên', kind: 'commune' },
];

const fields: ImportField[] = [
  'fullName', 'sex', 'birthDate', 'ethnicity', 'personalId', 'unit', 'village', 'householdStatus',
  'groups', 'groupStartDate', 'guardianName', 'guardianRelation', 'guardianPhone', 'schoolLevel', 'schoolClass', 'atRisk',
];
const mapping: ImportMapping = Object.fromEntries(fields.map((field, column) => [field, column]));
const headers = ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Số định danh', 'Xã/phường', 'Thôn/tổ', 'Hộ nghèo',
  'Nhóm', 'Ngày vào diện', 'Người giám hộ', 'Quan hệ', 'Số điện thoại', 'Cấp học', 'Lớp', 'Nguy cơ'];

const context: RowContext = {
  today: '2026-11-22',
  headers,
  findUnit: unitMatcher(officeUnitList),
  defaultUnit: soleUnit(officeUnitList),
  circumstances: {
    subgroups: defaultCircumstances.flatMap((c) => (c.groupCode ? [{ code: c.code, groupCode: c.groupCode }] : [])),
    atRisk: defaultCircumstances.filter((c) => c.kind === 'atRisk'),
  },
};

const good: Partial<Record<ImportField, CellValue>> = {
  fullName: 'nguyễn  thị HOA',
  sex: 'Nữ',
  birthDate: '05/03/2015',
  ethnicity: 'Kinh',
  personalId: '031215000123',
  unit: 'Phường Máy Tơ',
  village: 'Tổ 7',
  householdStatus: '',
  groups: 'a',
  groupStartDate: '',
  guardianName: 'Lê Văn Hùng',
  guardianRelation: 'Bác ruột',
  guardianPhone: '0912 345 678',
  schoolLevel: '',
  schoolClass: '',
  atRisk: '',
};

function parse(changes: Partial<Record<ImportField, CellValue>> = {}, ctx: RowContext = context) {
  const values = { ...good, ...changes };
  return parseRow({ rowNumber: 7, cells: fields.map((field) => values[field] ?? null) }, mapping, ctx);
}

describe('one imported row', () => {
  it('turns a good row into a child for the register', () => {
    const row = parse();
    expect(row.issues).toEqual([]);
    expect(row.rowNumber).toBe(7);
    expect(row.child).toMatchObject({
      fullName: 'Nguyễn Thị Hoa',
      sex: 'female',
      birthDate: '2015-03-05',
      ethnicityList: '2008',
      ethnicityCode: '01',
      personalId: '031215000123',
      unitId: 'w:11311',
      village: 'Tổ 7',
      householdStatus: 'other',
      // Born 2015, nothing said about school: grade 6 in the school year 2026–2027.
      schoolLevel: 'lowerSecondary',
      memberships: [{ kind: 'group', code: 'a', subgroupCode: null, startDate: '2026-11-22', note: null }],
      guardians: [{ fullName: 'Lê Văn Hùng', relation: 'Bác ruột', phone: '0912345678', personalId: null, livesWithChild: true }],
    });
  });

  it('reads dates as dd/mm/yyyy text, Excel date cells, serial numbers and yyyy-mm-dd', () => {
    expect(parse({ birthDate: '5/3/2015' }).birthDate).toBe('2015-03-05');
    expect(parse({ birthDate: '05.03.2015' }).birthDate).toBe('2015-03-05');
    expect(parse({ birthDate: new Date(Date.UTC(2015, 2, 5)) }).birthDate).toBe('2015-03-05');
    expect(parse({ birthDate: 42068 }).birthDate).toBe('2015-03-05');
    expect(parse({ birthDate: '2015-03-05' }).birthDate).toBe('2015-03-05');
    expect(parse({ groupStartDate: new Date(Date.UTC(2024, 5, 1)) }).child?.memberships[0]?.startDate).toBe('2024-06-01');
  });

  it('refuses dates that are not real days, bare years and future dates', () => {
    expect(parse({ birthDate: '31/02/2015' }).issues).toEqual([{ field: 'birthDate', message: 'import.badDate' }]);
    expect(parse({ birthDate: 2015 }).issues).toEqual([{ field: 'birthDate', message: 'import.badDate' }]);
    expect(parse({ birthDate: '03/05/15' }).issues).toEqual([{ field: 'birthDate', message: 'import.badDate' }]);
    expect(parse({ birthDate: '01/01/2027' }).issues).toEqual([{ field: 'birthDate', message: 'import.futureDate' }]);
    expect(parse({ birthDate: '' }).issues).toEqual([{ field: 'birthDate', message: 'validation.required' }]);
    expect(parse({ birthDate: '22/11/2010' }).issues).toEqual([{ field: 'birthDate', message: 'import.over16' }]);
    expect(parse({ birthDate: '23/11/2010' }).issues).toEqual([]);
    expect(parse({ groupStartDate: '01/01/2014' }).issues).toEqual([{ field: 'groupStartDate', message: 'import.startBeforeBirth' }]);
    expect(parse({ groupStartDate: 'tháng 6' }).issues).toEqual([{ field: 'groupStartDate', message: 'import.badDate' }]);
    expect(parse({ birthDate: 'abc' }).child).toBeNull();
  });

  it('reads sex as Nam/Nữ, M/F, with or without marks', () => {
    expect(parse({ sex: 'Nam' }).child?.sex).toBe('male');
    expect(parse({ sex: 'nữ' }).child?.sex).toBe('female');
    expect(parse({ sex: 'NU' }).child?.sex).toBe('female');
    expect(parse({ sex: 'M' }).child?.sex).toBe('male');
    expect(parse({ sex: 'F' }).child?.sex).toBe('female');
    expect(parse({ sex: 'x' }).issues).toEqual([{ field: 'sex', message: 'import.unknownSex' }]);
    expect(parse({ sex: '' }).issues).toEqual([{ field: 'sex', message: 'validation.required' }]);
  });

  it('reads ethnicity by name (folded, other spellings) or by code of the 2008 list', () => {
    expect(parse({ ethnicity: 'Mường' }).child?.ethnicityCode).toBe('04');
    expect(parse({ ethnicity: 'muong' }).child?.ethnicityCode).toBe('04');
    expect(parse({ ethnicity: 'Ê-đê' }).child?.ethnicityCode).toBe('11');
    expect(parse({ ethnicity: "H'Mông" }).child?.ethnicityCode).toBe('08');
    expect(parse({ ethnicity: 'Khơ-me' }).child?.ethnicityCode).toBe('05');
    expect(parse({ ethnicity: 'Dân tộc Tày' }).child?.ethnicityCode).toBe('02');
    expect(parse({ ethnicity: '06' }).child?.ethnicityCode).toBe('06');
    expect(parse({ ethnicity: 7 }).child?.ethnicityCode).toBe('07');
    expect(parse({ ethnicity: '' }).child?.ethnicityCode).toBe('01');
    expect(parse({ ethnicity: '55' }).issues).toEqual([{ field: 'ethnicity', message: 'import.unknownEthnicity' }]);
    expect(parse({ ethnicity: 'Kinhh' }).issues).toEqual([{ field: 'ethnicity', message: 'import.unknownEthnicity' }]);
  });

  it('reads groups as letters, names and sub-groups', () => {
    const codes = (groups: string) => parse({ groups }).child?.memberships.map((m) => [m.code, m.subgroupCode]);
    expect(codes('a, đ')).toEqual([['a', null], ['dd', null]]);
    expect(codes('a,đ')).toEqual([['a', null], ['dd', null]]);
    expect(codes('d')).toEqual([['d', null]]);
    expect(codes('A; DD')).toEqual([['a', null], ['dd', null]]);
    expect(codes('a)')).toEqual([['a', null]]);
    expect(codes('Trẻ em khuyết tật')).toEqual([['d', null]]);
    expect(codes('khuyet tat, HIV/AIDS')).toEqual([['d', null], ['dd', null]]);
    expect(codes('mồ côi cả cha và mẹ')).toEqual([['a', null]]);
    expect(codes('Trẻ em di cư, trẻ em lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc')).toEqual([['o', null]]);
    expect(codes('a3')).toEqual([['a', 'a3']]);
    expect(parse({ groups: 'f' }).issues).toEqual([{ field: 'groups', message: 'import.unknownGroup' }]);
    expect(parse({ groups: 'a, trẻ ngoan' }).issues).toEqual([{ field: 'groups', message: 'import.unknownGroup' }]);
    expect(parse({ groups: 'a9' }).issues).toEqual([{ field: 'groups', message: 'import.unknownGroup' }]);
  });

  it('needs a group or an at-risk option, which it reads by code or name', () => {
    expect(parse({ groups: '' }).issues).toEqual([{ field: 'groups', message: 'validation.membershipRequired' }]);
    const atRisk = parse({ groups: '', atRisk: 'Sống trong gia đình có bạo lực; r4' });
    expect(atRisk.child?.memberships.map((m) => [m.kind, m.code])).toEqual([['atRisk', 'r1'], ['atRisk', 'r4']]);
    expect(parse({ groups: '', atRisk: 'x' }).issues).toEqual([{ field: 'atRisk', message: 'import.unknownAtRisk' }]);
  });

  it('finds the unit by name, with or without the prefix, folded', () => {
    const unit = (text: string) => parse({ unit: text }).child?.unitId;
    expect(unit('Phường Máy Chai')).toBe('w:11314');
    expect(unit('Máy Chai')).toBe('w:11314');
    expect(unit('P. Máy Chai')).toBe('w:11314');
    expect(unit('phuong may chai')).toBe('w:11314');
    expect(unit('MÁY CHAI')).toBe('w:11314');
    expect(unit('Cầu Đất, quận Ngô Quyền')).toBe('w:11329');
    expect(unit('Gia Viên')).toBe('11329');
    expect(unit('Phường Ngô Quyền')).toBe('11311');
    expect(parse({ unit: 'Phường Lạc Viên' }).issues).toEqual([{ field: 'unit', message: 'import.unknownUnit' }]);
    expect(parse({ unit: '' }).issues).toEqual([{ field: 'unit', message: 'validation.required' }]);
  });

  it('uses the office’s only unit when the list names none', () => {
    const only: OfficeUnit[] = [{ id: '11359', name: 'Phường Đông Khê', kind: 'commune' }];
    const ctx = { ...context, findUnit: unitMatcher(only), defaultUnit: soleUnit(only) };
    expect(parse({ unit: '' }, ctx).child?.unitId).toBe('11359');
  });

  it('reads household status as words or a mark under the header that names it', () => {
    expect(parse({ householdStatus: 'Hộ nghèo' }).child?.householdStatus).toBe('poor');
    expect(parse({ householdStatus: 'cận nghèo' }).child?.householdStatus).toBe('nearPoor');
    expect(parse({ householdStatus: 'Không' }).child?.householdStatus).toBe('other');
    // The header of that column in this test is "Hộ nghèo".
    expect(parse({ householdStatus: 'x' }).child?.householdStatus).toBe('poor');
    const both = { ...context, headers: headers.map((h) => (h === 'Hộ nghèo' ? 'Hộ nghèo/cận nghèo' : h)) };
    expect(parse({ householdStatus: 'x' }, both).issues).toEqual([{ field: 'householdStatus', message: 'import.unknownHouseholdStatus' }]);
  });

  it('reads school level, or takes it from the class or the age', () => {
    expect(parse({ schoolLevel: 'THCS' }).child?.schoolLevel).toBe('lowerSecondary');
    expect(parse({ schoolLevel: 'Mẫu giáo' }).child?.schoolLevel).toBe('preschool');
    expect(parse({ schoolLevel: 'Đã bỏ học' }).child?.schoolLevel).toBe('outOfSchool');
    expect(parse({ schoolClass: '7A' }).child?.schoolLevel).toBe('lowerSecondary');
    expect(parse({ birthDate: '01/01/2022' }).child?.schoolLevel).toBe('preschool');
    expect(parse({ schoolLevel: 'đại học' }).issues).toEqual([{ field: 'schoolLevel', message: 'import.unknownSchoolLevel' }]);
  });

  it('keeps the zeros Excel drops from personal IDs and phone numbers', () => {
    const row = parse({ personalId: 31215000123, guardianPhone: 912345678 });
    expect(row.child?.personalId).toBe('031215000123');
    expect(row.child?.guardians[0]?.phone).toBe('0912345678');
    expect(parse({ personalId: '0312150' }).issues).toEqual([{ field: 'personalId', message: 'validation.personalId' }]);
  });

  it('reads two guardians from one cell, and says so when only a phone is given', () => {
    const row = parse({ guardianName: 'Cha: Lê Văn Hùng; Mẹ: trần thị lan', guardianRelation: '' });
    expect(row.child?.guardians.map((g) => [g.fullName, g.relation, g.phone])).toEqual([
      ['Lê Văn Hùng', 'Cha', '0912345678'],
      ['Trần Thị Lan', 'Mẹ', null],
    ]);
    expect(parse({ guardianRelation: '' }).child?.guardians[0]?.relation).toBe('Người giám hộ');
    expect(parse({ guardianName: '' }).issues).toEqual([{ field: 'guardianName', message: 'validation.required' }]);
    expect(parse({ guardianName: '', guardianRelation: '', guardianPhone: '' }).child?.guardians).toEqual([]);
    expect(parse({ guardianPhone: '12' }).issues).toEqual([{ field: 'guardianPhone', message: 'validation.phone' }]);
  });

  it('names every problem of a bad row, one per field', () => {
    const row = parse({ fullName: '', sex: 'không rõ', unit: 'Xã Ma', ethnicity: 'Kinhh', groups: 'z' });
    expect(row.child).toBeNull();
    expect(row.issues).toEqual(
      expect.arrayContaining([
        { field: 'fullName', message: 'validation.required' },
        { field: 'sex', message: 'import.unknownSex' },
        { field: 'unit', message: 'import.unknownUnit' },
        { field: 'ethnicity', message: 'import.unknownEthnicity' },
        { field: 'groups', message: 'import.unknownGroup' },
      ]),
    );
    expect(row.issues).toHaveLength(5);
  });
});
