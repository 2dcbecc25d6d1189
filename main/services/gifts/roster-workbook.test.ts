import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { campaignInput, fictionalName, giftContext, seedGiftChildren, type GiftContext } from '../../../tests/fixtures/gifts';
import { legacyOffice } from '../../../tests/fixtures/office';
import { deliveryMarkSchema, recipientQuerySchema, rosterQuerySchema, selectionRulesSchema } from '../../../shared/schemas/gifts';
import type { OfficeProfile } from '../../../shared/schemas/office';
import { workbookMimeType } from '../documents/sheet';
import { getOffice } from '../office';
import { createCampaign, freezeCampaign } from './campaigns';
import { markDelivery } from './delivery';
import { listRecipients } from './recipients';
import { rosterWorkbook } from './roster-workbook';
import { applySelection } from './selection';

let t: GiftContext;
let office: OfficeProfile;
let campaignId: string;
const childCount = 30;
const names = Array.from({ length: childCount }, (_, index) => fictionalName(index));

beforeEach(async () => {
  t = await giftContext();
  const saved = await getOffice(t.db);
  if (!saved) throw new Error('no office');
  office = saved;
  await seedGiftChildren(
    t,
    names.map((fullName, index) => ({ fullName, unitId: index % 3 === 0 ? 'w:11329' : 'w:11311', groups: [index % 2 === 0 ? 'a' : 'd'] })),
  );
  campaignId = (await createCampaign(t.db, t.clock, campaignInput())).id;
  await applySelection(t.db, t.units, t.clock, { campaignId, rules: selectionRulesSchema.parse({}) });
  await freezeCampaign(t.db, t.clock, campaignId);
});
afterEach(() => t.close());

const build = (query: Record<string, unknown> = {}) =>
  rosterWorkbook(t.db, t.units, office, rosterQuerySchema.parse({ campaignId, ...query }), '2027-01-05');

async function open(base64: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as never);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

const text = (sheet: ExcelJS.Worksheet, address: string): string => String(sheet.getCell(address).value ?? '');

function rowOf(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  for (let n = 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    for (let c = 1; c <= 9; c++) if (row.getCell(c).value === label) return row;
  }
  throw new Error(`no row ${label}`);
}

/** The names in column B of the numbered rows between the column numbers and Tổng cộng (unit headings skipped). */
function childNames(sheet: ExcelJS.Worksheet): string[] {
  const total = rowOf(sheet, 'Tổng cộng').number;
  const out: string[] = [];
  for (let n = 12; n < total; n++) if (typeof sheet.getCell(`A${n}`).value === 'number') out.push(text(sheet, `B${n}`));
  return out;
}

describe('rosterWorkbook', () => {
  it('is an .xlsx with an ASCII name after the campaign and the unit', async () => {
    const file = await build({ unitId: 'w:11311' });
    expect(file.mimeType).toBe(workbookMimeType);
    expect(file.fileName).toBe('danh-sach-nhan-qua_tang-qua-tet-nguyen-dan-dinh-mui-2027_phuong-may-to.xlsx');
    expect((await build()).fileName).toBe('danh-sach-nhan-qua_tang-qua-tet-nguyen-dan-dinh-mui-2027_toan-dia-ban.xlsx');
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('opens with the administrative header, the title, the unit and the gift', async () => {
    const sheet = await open((await build({ unitId: 'w:11311' })).base64);
    expect(text(sheet, 'A1')).toBe('UBND QUẬN NGÔ QUYỀN');
    expect(text(sheet, 'A2')).toBe(legacyOffice.name);
    expect(sheet.getCell('A2').font?.bold).toBe(true);
    expect(text(sheet, 'E1')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(sheet, 'E2')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(text(sheet, 'E4')).toBe('Ngô Quyền, ngày 05 tháng 01 năm 2027');
    expect(sheet.getCell('E4').font?.italic).toBe(true);
    expect(text(sheet, 'A6')).toBe('DANH SÁCH TRẺ EM NHẬN QUÀ TẾT NGUYÊN ĐÁN NĂM 2027');
    expect(sheet.getCell('A6').font).toMatchObject({ bold: true, size: 13 });
    expect(text(sheet, 'A7')).toBe('Phường Máy Tơ');
    expect(text(sheet, 'A8')).toBe('Mỗi suất quà: 300.000 đồng tiền mặt và Bánh kẹo, sữa trị giá 200.000 đồng');
  });

  it('has the nine columns, the numbered row (1)…(9), borders, a wide empty Ký nhận and Times New Roman throughout', async () => {
    const sheet = await open((await build()).base64);
    expect(sheet.getRow(10).values).toEqual([
      undefined,
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Địa chỉ',
      'Hoàn cảnh',
      'Người nhận thay',
      'Số tiền (đồng)',
      'Ký nhận',
    ]);
    expect(sheet.getCell('B10').font?.bold).toBe(true);
    expect(sheet.getRow(11).values).toEqual([undefined, '(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)']);
    expect(sheet.getCell('I13').border?.right?.style).toBe('thin');
    expect(sheet.getCell('A13').border?.left?.style).toBe('thin');
    expect(text(sheet, 'I13')).toBe('');
    // Ký nhận is the widest column.
    const widths = Array.from({ length: 9 }, (_, i) => sheet.getColumn(i + 1).width ?? 0);
    expect(Math.max(...widths.slice(0, 8))).toBeLessThan(widths[8] ?? 0);
    // Tall enough to sign in.
    expect(sheet.getRow(13).height).toBeGreaterThanOrEqual(30);

    const fonts = new Set<string | undefined>();
    const sizes = new Set<number | undefined>();
    sheet.eachRow((row) => row.eachCell((cell) => void (fonts.add(cell.font?.name), sizes.add(cell.font?.size))));
    expect([...fonts]).toEqual(['Times New Roman']);
    // The rules under the header are drawn smaller; every text is 12 or 13.
    expect([...sizes].filter((s) => s !== 8).every((s) => s === 12 || s === 13)).toBe(true);
  });

  it('lists every child with the row as printed, then Tổng cộng and the total in words', async () => {
    const sheet = await open((await build()).base64);
    expect(childNames(sheet).sort()).toEqual([...names].sort());
    // The whole area: each unit named once, in a row above its children.
    expect(text(sheet, 'A12')).toBe('Phường Cầu Đất');
    expect(sheet.getCell('A12').font?.bold).toBe(true);
    const first = sheet.getRow(13);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(3).value).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(['Nam', 'Nữ']).toContain(first.getCell(4).value);
    expect(first.getCell(5).value).toBe('Tổ 5');
    expect(first.getCell(8).value).toBe(500_000);
    expect(first.getCell(8).numFmt).toBe('#,##0');

    const total = rowOf(sheet, 'Tổng cộng');
    expect(total.number).toBe(12 + 2 + childCount);
    expect(text(sheet, `A${12 + 1 + childCount / 3}`)).toBe('Phường Máy Tơ');
    expect(total.getCell(1).font?.bold).toBe(true);
    expect(total.getCell(8).value).toBe(15_000_000);
    expect(text(sheet, `A${total.number + 1}`)).toBe('Bằng chữ: Mười lăm triệu đồng chẵn.');
  });

  it('signs off with the preparer, the accountant and the head of office', async () => {
    const sheet = await open((await build()).base64);
    const preparer = rowOf(sheet, 'NGƯỜI LẬP BIỂU');
    expect(text(sheet, `D${preparer.number}`)).toBe('KẾ TOÁN');
    expect(text(sheet, `G${preparer.number}`)).toBe('TRƯỞNG PHÒNG');
    for (const column of ['A', 'D', 'G']) expect(text(sheet, `${column}${preparer.number + 1}`)).toBe('(Ký, ghi rõ họ tên)');
    expect(text(sheet, `A${preparer.number + 6}`)).toBe('Vũ Minh Tuấn');
    expect(text(sheet, `G${preparer.number + 6}`)).toBe('Phạm Thị Thu Hằng');
    expect(preparer.number).toBeGreaterThan(rowOf(sheet, 'Tổng cộng').number + 1);
  });

  it('prints on A4 landscape, one page wide, repeating the table header, numbered from page 2', async () => {
    const sheet = await open((await build()).base64);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe('10:11');
    expect(sheet.headerFooter).toMatchObject({ differentFirst: true });
    expect(sheet.headerFooter.oddHeader).toContain('&P');
  });

  it('gives the follow-up list its own title and only the absent children', async () => {
    const rows = await listRecipients(t.db, t.units, recipientQuerySchema.parse({ campaignId }));
    const absent = rows.slice(0, 2);
    await markDelivery(
      t.db,
      t.clock,
      deliveryMarkSchema.parse({ recipientIds: absent.map((r) => r.id), status: 'absent', date: '2027-01-25', receivedBy: null, note: null }),
    );
    const file = await build({ followUp: true });
    expect(file.fileName).toMatch(/^danh-sach-vang-mat_/);
    const sheet = await open(file.base64);
    expect(text(sheet, 'A6')).toBe('DANH SÁCH TRẺ EM VẮNG MẶT CẦN TẶNG QUÀ BỔ SUNG TẾT NGUYÊN ĐÁN NĂM 2027');
    expect(childNames(sheet).sort()).toEqual(absent.map((r) => r.fullName).sort());
    expect(text(sheet, `A${rowOf(sheet, 'Tổng cộng').number + 1}`)).toBe('Bằng chữ: Một triệu đồng chẵn.');
  });
});
