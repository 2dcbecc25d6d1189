/** The descriptive parts of a demo child's record: school, health, address, ethnicity. */
import type { GroupCode } from '../../shared/codes/groups';
import type { HouseholdStatus, SchoolLevel } from '../../shared/codes/register';
import type { OfficeUnit } from '../../shared/units';
import type { Random } from './random';

/** Ethnic groups (2008 codes) at the shares of a northern lowland city: mostly Kinh. */
export const ethnicityShares: readonly (readonly [string, number])[] = [
  ['01', 92], // Kinh
  ['02', 1.5], // Tày
  ['03', 1], // Thái
  ['04', 1.5], // Mường
  ['05', 0.5], // Khmer
  ['06', 1.5], // Hoa
  ['07', 1], // Nùng
  ['08', 0.5], // Mông
  ['09', 0.5], // Dao
];

export function householdStatus(random: Random, groups: readonly GroupCode[]): HouseholdStatus {
  // Group n requires a poor or near-poor household by definition.
  if (groups.includes('n')) return random.chance(0.6) ? 'poor' : 'nearPoor';
  return random.weighted([['poor', 19], ['nearPoor', 11], ['other', 70]] as const);
}

export function school(
  random: Random,
  age: number,
  groups: readonly GroupCode[],
): { level: SchoolLevel; schoolClass: string | null } {
  const letter = random.pick(['A', 'B', 'C', 'D'] as const);
  if (groups.includes('h') && age >= 11) return { level: 'outOfSchool', schoolClass: null };
  if (age < 3) return { level: 'notYetSchoolAge', schoolClass: null };
  if (age < 6) {
    if (random.chance(0.1)) return { level: 'notYetSchoolAge', schoolClass: null };
    return { level: 'preschool', schoolClass: ['Mẫu giáo bé', 'Mẫu giáo nhỡ', 'Mẫu giáo lớn'][age - 3] ?? null };
  }
  if (groups.includes('d') && random.chance(0.18)) return { level: 'outOfSchool', schoolClass: null };
  if (age <= 10) return { level: 'primary', schoolClass: `${age - 5}${letter}` };
  if (age <= 14) return { level: 'lowerSecondary', schoolClass: `${age - 5}${letter}` };
  const level = random.weighted([['upperSecondary', 70], ['vocational', 15], ['outOfSchool', 15]] as const);
  return { level, schoolClass: level === 'upperSecondary' ? `10${letter}${random.int(1, 6)}` : null };
}

const illnesses = [
  'Tim bẩm sinh, chờ phẫu thuật',
  'Tim bẩm sinh, đã phẫu thuật, theo dõi định kỳ',
  'Bệnh bạch cầu cấp, đang điều trị hóa chất',
  'Thalassemia, truyền máu định kỳ',
  'Suy thận mạn, chạy thận định kỳ',
  'Động kinh, điều trị dài ngày',
  'Hội chứng thận hư',
  'U não, đã phẫu thuật',
  'Hemophilia, điều trị dài ngày',
  'Lao phổi, đang điều trị',
] as const;

const minorHealthNotes = [
  'Hen phế quản',
  'Suy dinh dưỡng thể nhẹ cân',
  'Viêm mũi dị ứng',
  'Cận thị',
  'Thiếu máu nhẹ',
] as const;

const disabilities = [
  'Khuyết tật vận động',
  'Khuyết tật nghe, nói',
  'Khuyết tật nhìn',
  'Khuyết tật thần kinh, tâm thần',
  'Khuyết tật trí tuệ',
  'Khuyết tật khác',
] as const;

const severities = ['mức độ nhẹ', 'mức độ nặng', 'mức độ đặc biệt nặng'] as const;

export function healthNotes(random: Random, groups: readonly GroupCode[]): string | null {
  if (groups.includes('n')) return random.pick(illnesses);
  if (groups.includes('dd')) return 'Đang điều trị ARV';
  return random.chance(0.12) ? random.pick(minorHealthNotes) : null;
}

export function disabilityNotes(random: Random, groups: readonly GroupCode[]): string | null {
  if (!groups.includes('d')) return null;
  const severity = random.weighted([[severities[0], 30], [severities[1], 50], [severities[2], 20]] as const);
  return `${random.pick(disabilities)}, ${severity}`;
}

const streets = [
  'Lạch Tray', 'Văn Cao', 'Đà Nẵng', 'Lê Lợi', 'Cầu Đất', 'Lương Khánh Thiện', 'Trần Phú', 'Nguyễn Trãi',
  'Quang Trung', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Hùng Vương', 'Lê Lai', 'Trần Nguyên Hãn', 'Chu Văn An',
] as const;

const hamlets = [
  'Đông', 'Đoài', 'Trung', 'Thượng', 'Hạ', 'Nam', 'Bắc', 'An Lạc', 'Phú Xuân', 'Tân Lập', 'Hòa Bình',
  'Đồng Tâm', 'Quyết Tiến', 'Thắng Lợi', 'Cao Minh',
] as const;

/** Urban wards are divided into tổ dân phố, communes into thôn. */
export function address(random: Random, unit: OfficeUnit): { village: string | null; addressLine: string | null } {
  if (unit.name.startsWith('Phường') || unit.name.startsWith('Thị trấn')) {
    const alley = random.chance(0.6) ? `, ngõ ${random.int(1, 300)}` : '';
    return {
      village: `Tổ dân phố ${random.int(1, 30)}`,
      addressLine: random.chance(0.85) ? `Số ${random.int(1, 250)}${alley} ${random.pick(streets)}` : null,
    };
  }
  return {
    village: `Thôn ${random.pick(hamlets)}`,
    addressLine: random.chance(0.3) ? `Xóm ${random.int(1, 12)}` : null,
  };
}
