/**
 * A register list as offices keep it in Excel, for the import benchmark: Vietnamese headers,
 * dates as date cells or typed text, groups by letter, the guardian in one column.
 */
import ExcelJS from 'exceljs';
import { ethnicityByCode } from '../../shared/codes/ethnicities';
import { formatDate } from '../../shared/format/date';
import type { OfficeUnit } from '../../shared/units';
import type { DemoChild } from './generate';

const headers = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Dân tộc',
  'Số định danh cá nhân',
  'Phường/xã',
  'Tổ dân phố/thôn',
  'Địa chỉ',
  'Hộ nghèo/cận nghèo',
  'Lớp',
  'Nhóm hoàn cảnh đặc biệt',
  'Ngày vào diện',
  'Nguy cơ',
  'Họ tên cha/mẹ hoặc người giám hộ',
  'Quan hệ',
  'Số điện thoại',
  'Sức khỏe',
];

const householdWords = { poor: 'Hộ nghèo', nearPoor: 'Hộ cận nghèo', other: '' } as const;

/** Group letters as the law writes them ("a3", "đ"), a sub-group by its number. */
const groupCell = (child: DemoChild): string =>
  child.input.memberships
    .filter((m) => m.kind === 'group')
    .map((m) => {
      const letter = m.code === 'dd' ? 'đ' : m.code;
      return m.subgroupCode ? `${letter}${m.subgroupCode.slice(m.code.length)}` : letter;
    })
    .join(', ');

export async function registerWorkbook(children: readonly DemoChild[], units: readonly OfficeUnit[]): Promise<Buffer> {
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(headers);
  children.forEach((child, index) => {
    const { input } = child;
    const guardian = input.guardians[0];
    const start = input.memberships.reduce((min, m) => (m.startDate < min ? m.startDate : min), input.memberships[0]?.startDate ?? '');
    sheet.addRow([
      index + 1,
      input.fullName,
      // Some offices type dates as text, most let Excel keep them as dates.
      index % 4 === 0 ? formatDate(input.birthDate) : new Date(`${input.birthDate}T00:00:00Z`),
      input.sex === 'male' ? 'Nam' : 'Nữ',
      ethnicityByCode('2008', input.ethnicityCode)?.name ?? 'Kinh',
      input.personalId ?? '',
      unitNames.get(input.unitId) ?? '',
      input.village ?? '',
      input.addressLine ?? '',
      householdWords[input.householdStatus],
      input.schoolClass ?? '',
      groupCell(child),
      formatDate(start),
      input.memberships.filter((m) => m.kind === 'atRisk').map((m) => m.code).join(', '),
      guardian?.fullName ?? '',
      guardian?.relation ?? '',
      guardian?.phone ?? '',
      input.healthNotes ?? '',
    ]);
  });
  sheet.getColumn(6).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
