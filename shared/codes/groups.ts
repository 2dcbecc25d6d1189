/**
 * The 14 groups of children in special circumstances, Luật Trẻ em 2016 Điều 10 khoản 1,
 * with the letters the law uses. Codes are ASCII ('dd' for đ) because they are stored.
 * Sub-groups (Nghị định 56/2017/NĐ-CP) and the at-risk list are defaults that an office can
 * extend: they are seeded into the database (circumstance_option) and read from there.
 */
export const groupCodes = ['a', 'b', 'c', 'd', 'dd', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o'] as const;
export type GroupCode = (typeof groupCodes)[number];

export interface LegalGroup {
  code: GroupCode;
  letter: string;
  nameVi: string;
  nameEn: string;
}

export const legalGroups: readonly LegalGroup[] = [
  { code: 'a', letter: 'a', nameVi: 'Trẻ em mồ côi cả cha và mẹ', nameEn: 'Orphaned of both parents' },
  { code: 'b', letter: 'b', nameVi: 'Trẻ em bị bỏ rơi', nameEn: 'Abandoned' },
  { code: 'c', letter: 'c', nameVi: 'Trẻ em không nơi nương tựa', nameEn: 'Without anyone to rely on' },
  { code: 'd', letter: 'd', nameVi: 'Trẻ em khuyết tật', nameEn: 'With disabilities' },
  { code: 'dd', letter: 'đ', nameVi: 'Trẻ em nhiễm HIV/AIDS', nameEn: 'Living with HIV/AIDS' },
  { code: 'e', letter: 'e', nameVi: 'Trẻ em vi phạm pháp luật', nameEn: 'In conflict with the law' },
  { code: 'g', letter: 'g', nameVi: 'Trẻ em nghiện ma túy', nameEn: 'Addicted to drugs' },
  {
    code: 'h',
    letter: 'h',
    nameVi: 'Trẻ em phải bỏ học kiếm sống chưa hoàn thành phổ cập giáo dục trung học cơ sở',
    nameEn: 'Left school to earn a living before completing lower secondary education',
  },
  {
    code: 'i',
    letter: 'i',
    nameVi: 'Trẻ em bị tổn hại nghiêm trọng về thể chất và tinh thần do bị bạo lực',
    nameEn: 'Seriously harmed physically and mentally by violence',
  },
  { code: 'k', letter: 'k', nameVi: 'Trẻ em bị bóc lột', nameEn: 'Exploited' },
  { code: 'l', letter: 'l', nameVi: 'Trẻ em bị xâm hại tình dục', nameEn: 'Sexually abused' },
  { code: 'm', letter: 'm', nameVi: 'Trẻ em bị mua bán', nameEn: 'Trafficked' },
  {
    code: 'n',
    letter: 'n',
    nameVi: 'Trẻ em mắc bệnh hiểm nghèo hoặc bệnh phải điều trị dài ngày thuộc hộ nghèo hoặc hộ cận nghèo',
    nameEn: 'With a dangerous or long-term illness, in a poor or near-poor household',
  },
  {
    code: 'o',
    letter: 'o',
    nameVi: 'Trẻ em di cư, trẻ em lánh nạn, tị nạn chưa xác định được cha mẹ hoặc không có người chăm sóc',
    nameEn: 'Migrant, displaced or refugee children whose parents are unknown or who have no carer',
  },
];

export interface CircumstanceDefault {
  code: string;
  kind: 'subgroup' | 'atRisk';
  groupCode: GroupCode | null;
  nameVi: string;
  nameEn: string;
}

/** Seed values; the database copy is what the app uses and what an office edits. */
export const defaultCircumstances: readonly CircumstanceDefault[] = [
  { code: 'a1', kind: 'subgroup', groupCode: 'a', nameVi: 'Không có người chăm sóc', nameEn: 'No carer' },
  { code: 'a2', kind: 'subgroup', groupCode: 'a', nameVi: 'Đang được chăm sóc tại cơ sở trợ giúp xã hội, cơ sở bảo vệ trẻ em', nameEn: 'In a social-assistance or child-protection facility' },
  { code: 'a3', kind: 'subgroup', groupCode: 'a', nameVi: 'Đang sống cùng người thân thích', nameEn: 'Living with relatives' },
  { code: 'a4', kind: 'subgroup', groupCode: 'a', nameVi: 'Đang được chăm sóc thay thế bởi người không phải người thân thích (trừ nhận con nuôi)', nameEn: 'In alternative care with non-relatives (not adoption)' },
  { code: 'b1', kind: 'subgroup', groupCode: 'b', nameVi: 'Chưa được nhận chăm sóc thay thế', nameEn: 'Not yet in alternative care' },
  { code: 'b2', kind: 'subgroup', groupCode: 'b', nameVi: 'Đang được chăm sóc thay thế', nameEn: 'In alternative care' },
  { code: 'c1', kind: 'subgroup', groupCode: 'c', nameVi: 'Cha hoặc mẹ đã chết, người còn lại mất tích', nameEn: 'One parent dead, the other missing' },
  { code: 'c2', kind: 'subgroup', groupCode: 'c', nameVi: 'Cha hoặc mẹ đã chết, người còn lại đang chấp hành án phạt tù', nameEn: 'One parent dead, the other in prison' },
  { code: 'c3', kind: 'subgroup', groupCode: 'c', nameVi: 'Cha hoặc mẹ đã chết, người còn lại đang ở cơ sở cai nghiện, cơ sở giáo dục bắt buộc', nameEn: 'One parent dead, the other in a rehabilitation or compulsory-education facility' },
  { code: 'c4', kind: 'subgroup', groupCode: 'c', nameVi: 'Cha hoặc mẹ đã chết, người còn lại không đủ năng lực, điều kiện chăm sóc', nameEn: 'One parent dead, the other unable to care' },
  { code: 'c5', kind: 'subgroup', groupCode: 'c', nameVi: 'Cả cha và mẹ mất tích, chấp hành án phạt tù hoặc ở cơ sở cai nghiện, cơ sở giáo dục bắt buộc', nameEn: 'Both parents missing, in prison or in a facility' },
  { code: 'r1', kind: 'atRisk', groupCode: null, nameVi: 'Sống trong gia đình có bạo lực', nameEn: 'Living in a family with violence' },
  { code: 'r2', kind: 'atRisk', groupCode: null, nameVi: 'Cha mẹ ly hôn, ly thân hoặc đi làm ăn xa, không có người chăm sóc thường xuyên', nameEn: 'Parents divorced, separated or working away, no regular carer' },
  { code: 'r3', kind: 'atRisk', groupCode: null, nameVi: 'Cha hoặc mẹ nghiện ma túy, đang chấp hành án phạt tù', nameEn: 'A parent addicted to drugs or in prison' },
  { code: 'r4', kind: 'atRisk', groupCode: null, nameVi: 'Thuộc hộ nghèo, có nguy cơ bỏ học', nameEn: 'Poor household, at risk of leaving school' },
  { code: 'r5', kind: 'atRisk', groupCode: null, nameVi: 'Lao động sớm, làm việc trong điều kiện nguy hiểm', nameEn: 'Working early or in dangerous conditions' },
];
