/**
 * The 54 ethnic groups of Viet Nam with their codes in both official lists, which disagree:
 * QĐ 1019/QĐ-TCTK (2008, ordered by population; the default) and QĐ 121-TCTK/PPCĐ (1979).
 * A record stores the code together with the list it comes from.
 */
export const ethnicityLists = ['2008', '1979'] as const;
export type EthnicityList = (typeof ethnicityLists)[number];
export const defaultEthnicityList: EthnicityList = '2008';

export interface Ethnicity {
  code2008: string;
  code1979: string;
  name: string;
}

// [2008 code, 1979 code, name]
const rows: readonly [string, string, string][] = [
  ['01', '01', 'Kinh'],
  ['02', '02', 'Tày'],
  ['03', '03', 'Thái'],
  ['04', '06', 'Mường'],
  ['05', '05', 'Khmer'],
  ['06', '04', 'Hoa'],
  ['07', '07', 'Nùng'],
  ['08', '08', 'Mông'],
  ['09', '09', 'Dao'],
  ['10', '10', 'Gia Rai'],
  ['11', '12', 'Ê Đê'],
  ['12', '13', 'Ba Na'],
  ['13', '15', 'Sán Chay'],
  ['14', '17', 'Chăm'],
  ['15', '16', 'Cơ Ho'],
  ['16', '14', 'Xơ Đăng'],
  ['17', '18', 'Sán Dìu'],
  ['18', '19', 'Hrê'],
  ['19', '21', 'Ra Glai'],
  ['20', '20', 'Mnông'],
  ['21', '24', 'Thổ'],
  ['22', '22', 'Xtiêng'],
  ['23', '29', 'Khơ Mú'],
  ['24', '23', 'Bru Vân Kiều'],
  ['25', '26', 'Cơ Tu'],
  ['26', '25', 'Giáy'],
  ['27', '31', 'Tà Ôi'],
  ['28', '28', 'Mạ'],
  ['29', '27', 'Giẻ Triêng'],
  ['30', '30', 'Co'],
  ['31', '32', 'Chơ Ro'],
  ['32', '34', 'Xinh Mun'],
  ['33', '35', 'Hà Nhì'],
  ['34', '36', 'Chu Ru'],
  ['35', '37', 'Lào'],
  ['36', '38', 'La Chí'],
  ['37', '33', 'Kháng'],
  ['38', '40', 'Phù Lá'],
  ['39', '41', 'La Hủ'],
  ['40', '39', 'La Ha'],
  ['41', '46', 'Pà Thẻn'],
  ['42', '42', 'Lự'],
  ['43', '11', 'Ngái'],
  ['44', '44', 'Chứt'],
  ['45', '43', 'Lô Lô'],
  ['46', '45', 'Mảng'],
  ['47', '47', 'Cơ Lao'],
  ['48', '49', 'Bố Y'],
  ['49', '48', 'Cống'],
  ['50', '50', 'Si La'],
  ['51', '51', 'Pu Péo'],
  ['52', '54', 'Rơ Măm'],
  ['53', '52', 'Brâu'],
  ['54', '53', 'Ơ Đu'],
];

export const ethnicities: readonly Ethnicity[] = rows.map(([code2008, code1979, name]) => ({ code2008, code1979, name }));

export function ethnicityByCode(list: EthnicityList, code: string): Ethnicity | undefined {
  return ethnicities.find((e) => (list === '2008' ? e.code2008 : e.code1979) === code);
}
