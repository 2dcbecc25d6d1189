import { foldVietnamese } from '../../../shared/format/names';
import type { ImportField, ImportMapping } from '../../../shared/schemas/import';

/**
 * Guesses which column holds which register field from the header texts offices use
 * ("Họ và tên", "Ngày, tháng, năm sinh", "Số CCCD", "Thôn/tổ" …). Headers are folded (no
 * diacritics, lower case, punctuation as spaces) and tried against the rules in order, so
 * the specific ones ("Họ tên cha/mẹ", "Ngày vào diện") come before the general ones ("Họ
 * tên", "Ngày sinh").
 */

/** Folded header: diacritics and punctuation gone, words single-spaced. */
export function foldHeader(text: string): string {
  return foldVietnamese(text.replace(/[^\p{L}\p{N}]+/gu, ' '));
}

type Rule = readonly [field: ImportField, test: RegExp];

// Each pattern runs on a folded header with a leading and trailing space, so ' xa ' is a word.
const rules: readonly Rule[] = [
  ['guardianPhone', / (dien thoai|sdt|so dt|dt lien he)( |$)/],
  ['guardianRelation', / quan he /],
  ['guardianName', / (giam ho|cha me|bo me|me cha|phu huynh|nguoi cham soc|nguoi nuoi|ho ten cha|ho ten me|ten cha|ten me|nguoi dai dien|chu ho) /],
  ['groupStartDate', / (ngay bat dau|ngay vao|thoi diem|tu ngay|ngay huong|ngay xac dinh|ngay phat hien|ngay dua vao|ngay ghi nhan) /],
  ['birthDate', / (ngay sinh|nam sinh|sinh ngay|ngay thang nam sinh|ngay thang sinh) /],
  ['personalId', / (dinh danh|cccd|can cuoc|cmnd|ddcn|so dd|ma dd) /],
  ['birthCertificateNo', / (khai sinh|gks) /],
  ['healthInsuranceNo', / (bhyt|bao hiem) /],
  ['atRisk', / nguy co /],
  ['householdStatus', / (ho ngheo|ho can ngheo|hoan canh gia dinh|hoan canh kinh te|kinh te ho|phan loai ho|thuoc ho|dien ho) /],
  ['groups', / (nhom|doi tuong|dien|hoan canh|hcdb|loai) /],
  ['fullName', / (ho va ten|ho ten|ten tre) /],
  ['sex', / (gioi tinh|gioi|nam nu|phai) /],
  ['ethnicity', / dan toc /],
  ['schoolLevel', / (cap hoc|bac hoc|hoc van|trinh do) /],
  ['schoolClass', / (lop|truong) /],
  ['healthNotes', / (suc khoe|benh|khuyet tat) /],
  ['addressLine', / (dia chi|noi o|cho o|so nha|cu tru|thuong tru|tam tru) /],
  ['village', / (thon|to dan pho|to|ap|ban|xom|khu pho|khu|khoi|cum dan cu) /],
  ['unit', / (xa|phuong|thi tran|dac khu|don vi|dia ban) /],
  // A bare "Tên" last, so that "Tên thôn" or "Tên trường" find their own fields first.
  ['fullName', /^ ten( tre( em)?)? $/],
];

/** The field a header names, or null when none fits. */
export function recogniseHeader(text: string): ImportField | null {
  const folded = ` ${foldHeader(text)} `;
  if (folded.trim() === '') return null;
  return rules.find(([, test]) => test.test(folded))?.[0] ?? null;
}

/** Each field goes to the leftmost column that names it; a column serves one field. */
export function suggestMapping(headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  headers.forEach((header, column) => {
    const field = recogniseHeader(header);
    if (field && mapping[field] === undefined) mapping[field] = column;
  });
  return mapping;
}
