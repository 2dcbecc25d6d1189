/**
 * Fictional Vietnamese names drawn with realistic frequencies. Family-name shares follow the
 * commonly cited national figures (Nguyễn about 38 %, Trần 11 %, Lê 9.5 % …); Hoàng/Huỳnh and
 * Vũ/Võ are one name spelt the northern or southern way, split here as in a northern city.
 */
import type { Sex } from '../../shared/codes/register';
import { weightedTable, type Random } from './random';

export const familyNameShares: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 4],
  ['Huỳnh', 1],
  ['Phan', 4.5],
  ['Vũ', 3],
  ['Võ', 0.9],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  // The rest, about 11.5 % together.
  ['Trương', 1.2],
  ['Đinh', 1.1],
  ['Đoàn', 1],
  ['Mai', 0.9],
  ['Hà', 0.9],
  ['Lương', 0.8],
  ['Trịnh', 0.8],
  ['Cao', 0.7],
  ['Lâm', 0.6],
  ['Tô', 0.5],
  ['Lưu', 0.5],
  ['Tạ', 0.4],
  ['Vương', 0.3],
  ['Phùng', 0.3],
  ['Chu', 0.3],
  ['Quách', 0.2],
  ['Kiều', 0.2],
  ['Triệu', 0.2],
  ['Khúc', 0.2],
  ['Thái', 0.1],
  ['La', 0.1],
];

const middleNames: Record<Sex, readonly (readonly [string, number])[]> = {
  male: [
    ['Văn', 22],
    ['Đức', 12],
    ['Minh', 12],
    ['Quang', 7],
    ['Hữu', 6],
    ['Gia', 6],
    ['Công', 4],
    ['Thành', 4],
    ['Xuân', 3],
    ['Tiến', 3],
    ['Hoàng', 4],
    ['Anh', 3],
    ['Bảo', 4],
    ['Đình', 3],
    ['Trung', 2],
    ['Duy', 3],
    ['Mạnh', 2],
    ['Tuấn', 2],
    ['Nhật', 2],
    ['Thanh', 2],
  ],
  female: [
    ['Thị', 24],
    ['Ngọc', 12],
    ['Thu', 6],
    ['Thanh', 6],
    ['Thùy', 5],
    ['Phương', 5],
    ['Minh', 5],
    ['Khánh', 5],
    ['Bảo', 5],
    ['Hải', 3],
    ['Mai', 3],
    ['Diệu', 2],
    ['Hồng', 3],
    ['Kim', 3],
    ['Quỳnh', 3],
    ['Lan', 2],
    ['Tuệ', 2],
    ['Hà', 2],
    ['Gia', 2],
    ['Yến', 1],
  ],
};

const givenNames: Record<Sex, readonly (readonly [string, number])[]> = {
  male: [
    ['Anh', 6], ['Minh', 6], ['Huy', 5], ['Nam', 5], ['Khang', 4], ['Bảo', 4], ['Phúc', 4], ['Long', 4],
    ['Quân', 4], ['Khôi', 4], ['An', 3], ['Bình', 2], ['Cường', 2], ['Dũng', 2], ['Duy', 3], ['Dương', 2],
    ['Đạt', 3], ['Đức', 3], ['Giang', 1], ['Hải', 3], ['Hào', 1], ['Hiếu', 3], ['Hoàng', 3], ['Hùng', 2],
    ['Hưng', 3], ['Khải', 1], ['Khánh', 2], ['Khoa', 3], ['Kiên', 2], ['Lâm', 2], ['Lộc', 2], ['Lợi', 1],
    ['Nghĩa', 2], ['Nhật', 2], ['Phát', 3], ['Phong', 2], ['Quang', 2], ['Sơn', 2], ['Tài', 2], ['Thắng', 2],
    ['Thành', 2], ['Thịnh', 2], ['Tiến', 2], ['Trí', 2], ['Trung', 2], ['Tuấn', 3], ['Tùng', 2], ['Việt', 2],
    ['Vinh', 2], ['Vũ', 2], ['Lực', 1], ['Toàn', 1], ['Thiện', 1], ['Ngọc', 1], ['Quý', 1], ['Tín', 1],
  ],
  female: [
    ['Anh', 6], ['Linh', 6], ['Ngọc', 4], ['Nhi', 4], ['Thư', 4], ['Vy', 4], ['Hân', 4], ['Trang', 4],
    ['My', 3], ['An', 3], ['Châu', 2], ['Chi', 3], ['Diệp', 1], ['Dung', 1], ['Giang', 2], ['Hà', 3],
    ['Hạnh', 2], ['Hằng', 2], ['Hiền', 2], ['Hoa', 2], ['Hồng', 1], ['Huyền', 2], ['Hương', 3], ['Lan', 2],
    ['Ly', 2], ['Mai', 3], ['Nga', 1], ['Ngân', 3], ['Nhung', 1], ['Oanh', 1], ['Phương', 3], ['Quyên', 1],
    ['Quỳnh', 3], ['Tâm', 2], ['Thảo', 3], ['Thu', 1], ['Thủy', 2], ['Trâm', 2], ['Uyên', 2], ['Vân', 2],
    ['Yến', 2], ['Tú', 1], ['Nhàn', 1], ['Loan', 1], ['Diệu', 1], ['Ánh', 2], ['Đào', 1], ['Duyên', 1],
  ],
};

/** Names of the parents' generation: "Thị" and "Văn" were far more usual then. */
const adultMiddleNames: Record<Sex, readonly (readonly [string, number])[]> = {
  male: [
    ['Văn', 40], ['Đức', 9], ['Minh', 8], ['Quang', 6], ['Hữu', 6], ['Công', 5], ['Xuân', 5], ['Đình', 5],
    ['Tiến', 3], ['Thanh', 4], ['Mạnh', 2], ['Trọng', 2], ['Ngọc', 2], ['Duy', 2], ['Anh', 2], ['Viết', 1],
  ],
  female: [
    ['Thị', 52], ['Thu', 6], ['Thanh', 6], ['Ngọc', 5], ['Hồng', 4], ['Kim', 4], ['Minh', 3], ['Phương', 3],
    ['Hải', 2], ['Bích', 2], ['Thúy', 2], ['Mai', 2], ['Lan', 2], ['Diệu', 1], ['Hoài', 1], ['Quỳnh', 1],
  ],
};

const adultGivenNames: Record<Sex, readonly (readonly [string, number])[]> = {
  male: [
    ['Hùng', 4], ['Dũng', 4], ['Tuấn', 4], ['Hải', 4], ['Thắng', 3], ['Cường', 3], ['Sơn', 3], ['Hưng', 3],
    ['Bình', 3], ['Thành', 3], ['Long', 3], ['Quang', 2], ['Tùng', 2], ['Trung', 2], ['Hòa', 2], ['Tâm', 2],
    ['Lâm', 2], ['Phong', 2], ['Toàn', 2], ['Việt', 2], ['Khoa', 1], ['Nghĩa', 2], ['Đông', 1], ['Chiến', 2],
    ['Thịnh', 1], ['Vinh', 2], ['Lợi', 1], ['Mạnh', 2], ['Tiến', 2], ['Đức', 2], ['Tư', 1], ['Hậu', 1],
    ['An', 1], ['Bảo', 1], ['Cảnh', 1], ['Công', 1], ['Định', 1], ['Giang', 1], ['Hiếu', 1], ['Hoàng', 1],
    ['Huy', 1], ['Khải', 1], ['Khánh', 1], ['Kiên', 1], ['Luân', 1], ['Minh', 2], ['Nam', 2], ['Phúc', 1],
    ['Quân', 1], ['Sinh', 1], ['Tài', 1], ['Thái', 1], ['Thiện', 1], ['Thuận', 1], ['Trọng', 1], ['Tú', 1],
    ['Tuyên', 1], ['Vượng', 1], ['Xuân', 1], ['Dương', 1], ['Hà', 1], ['Thạch', 0.5], ['Quyết', 1], ['Thủy', 0.5],
  ],
  female: [
    ['Hương', 4], ['Lan', 4], ['Hoa', 4], ['Hằng', 4], ['Nga', 3], ['Hạnh', 3], ['Thủy', 3], ['Huyền', 3],
    ['Trang', 3], ['Thảo', 3], ['Mai', 3], ['Dung', 3], ['Phương', 3], ['Liên', 2], ['Yến', 2], ['Loan', 2],
    ['Nhung', 2], ['Oanh', 2], ['Tâm', 2], ['Hiền', 2], ['Vân', 2], ['Thơm', 1], ['Hồng', 2], ['Xuân', 2],
    ['Tuyết', 1], ['Ngân', 1], ['Lụa', 1], ['Bích', 1], ['Hà', 2], ['Thu', 2], ['Quyên', 1], ['Duyên', 1],
    ['Hường', 1], ['Huệ', 1], ['Lệ', 1], ['Mận', 0.5], ['Nguyệt', 1], ['Nhàn', 1], ['Phượng', 1], ['Sen', 0.5],
    ['Thắm', 1], ['Thúy', 1], ['Trinh', 1], ['Tươi', 0.5], ['Uyên', 1], ['Ánh', 1], ['Chi', 1], ['Diệp', 0.5],
    ['Gấm', 0.5], ['Hoài', 1], ['Khuyên', 0.5], ['Linh', 2], ['Ly', 1], ['My', 1], ['Ngọc', 2], ['Quỳnh', 1],
    ['Thanh', 2], ['Thoa', 1], ['Thương', 1], ['Vui', 0.5], ['Xoan', 0.5], ['Hậu', 1], ['Hải', 1], ['Vinh', 0.5],
  ],
};

const drawFamily = weightedTable(familyNameShares);
const drawMiddle = { male: weightedTable(middleNames.male), female: weightedTable(middleNames.female) };
const drawGiven = { male: weightedTable(givenNames.male), female: weightedTable(givenNames.female) };
const drawAdultMiddle = { male: weightedTable(adultMiddleNames.male), female: weightedTable(adultMiddleNames.female) };
const drawAdultGiven = { male: weightedTable(adultGivenNames.male), female: weightedTable(adultGivenNames.female) };

export const familyName = (random: Random): string => drawFamily(random);

/** A child's full name; about one in eight has a two-word middle name ("Nguyễn Ngọc Bảo Anh"). */
export function childName(random: Random, family: string, sex: Sex): string {
  const given = drawGiven[sex](random);
  let middle = drawMiddle[sex](random);
  if (middle === given) middle = sex === 'male' ? 'Văn' : 'Thị';
  if (random.chance(0.12)) {
    const second = drawMiddle[sex](random);
    if (second !== middle && second !== given && second !== 'Văn' && second !== 'Thị') middle = `${middle} ${second}`;
  }
  return `${family} ${middle} ${given}`;
}

export function adultName(random: Random, family: string, sex: Sex): string {
  const given = drawAdultGiven[sex](random);
  let middle = drawAdultMiddle[sex](random);
  if (middle === given) middle = sex === 'male' ? 'Văn' : 'Thị';
  return `${family} ${middle} ${given}`;
}
