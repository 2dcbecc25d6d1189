import { describe, expect, it } from 'vitest';
import { csvBytes, xlsxBytes, zipBytes } from '../../../tests/fixtures/import/builders';
import { readSheet } from './read-sheet';
import { toTable } from './sheet-table';

const rows = [
  ['Họ và tên', 'Ngày sinh', 'Xã/phường'],
  ['Đỗ Thị Yến', '05/03/2015', 'Phường Máy Tơ'],
  ['Ngô Văn "Bi", em', '2016-01-31', 'Máy Chai'],
];

async function expectUnreadable(fileName: string, bytes: Uint8Array) {
  await expect(readSheet(fileName, bytes)).rejects.toMatchObject({ code: 'errors.importUnreadable' });
}

describe('reading a sheet', () => {
  it('reads the first sheet of an .xlsx, with date cells, numbers and rich text', async () => {
    const sheet = await readSheet('danh-sach.xlsx', await xlsxBytes([
      ['Họ và tên', 'Ngày sinh', 'Số định danh'],
      ['Lý Gia Vy', new Date(Date.UTC(2015, 2, 5)), 31215000123],
    ]));
    expect(sheet).toEqual([
      { rowNumber: 1, cells: ['Họ và tên', 'Ngày sinh', 'Số định danh'] },
      { rowNumber: 2, cells: ['Lý Gia Vy', new Date(Date.UTC(2015, 2, 5)), 31215000123] },
    ]);
  });

  it('reads CSV with a BOM and semicolons, quoted cells and Vietnamese text', async () => {
    const sheet = await readSheet('ds.csv', csvBytes(rows, { delimiter: ';' }));
    expect(sheet.map((row) => row.cells)).toEqual(rows);
    expect(sheet.map((row) => row.rowNumber)).toEqual([1, 2, 3]);
  });

  it('reads CSV with commas without a BOM, and UTF-16 with a BOM', async () => {
    expect((await readSheet('ds.csv', csvBytes(rows, { encoding: 'utf8' }))).map((r) => r.cells)).toEqual(rows);
    expect((await readSheet('ds.csv', csvBytes(rows, { encoding: 'utf16le-bom', delimiter: '\t' }))).map((r) => r.cells)).toEqual(rows);
  });

  it('tells the format by the content, not the name', async () => {
    const sheet = await readSheet('danh-sach.csv', await xlsxBytes(rows));
    expect(sheet[1]?.cells).toEqual(rows[1]);
  });

  it('refuses random bytes, an empty file, a Word file renamed .xlsx and an old .xls', async () => {
    const random = new Uint8Array(2048).map((_, i) => (i * 7919 + 13) % 256);
    await expectUnreadable('ds.xlsx', random);
    await expectUnreadable('ds.csv', random);
    await expectUnreadable('ds.xlsx', new Uint8Array());
    const word = zipBytes({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    await expectUnreadable('ds.xlsx', word);
    await expectUnreadable('ds.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    await expectUnreadable('ds.csv', new Uint8Array([0xef, 0xbb, 0xbf, 0x0d, 0x0a]));
  });

  it('refuses text in the old Vietnamese encodings rather than reading it garbled', async () => {
    // "Họ tên;Nguyễn" in Windows-1258: bytes that are not UTF-8.
    const windows1258 = new Uint8Array([0x48, 0xf2, 0x20, 0x74, 0xea, 0x6e, 0x3b, 0x4e, 0x67, 0x75, 0x79, 0xea, 0xde, 0x6e]);
    await expectUnreadable('ds.csv', windows1258);
  });
});

describe('the table in a sheet', () => {
  it('skips a title above the header and the column-number row under it', async () => {
    const sheet = await readSheet('ds.xlsx', await xlsxBytes([
      ['DANH SÁCH TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT'],
      ['Năm 2026'],
      ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính'],
      ['(1)', '(2)', '(3)', '(4)'],
      [1, 'Bùi Minh Khoa', '01/02/2016', 'Nam'],
      [2, 'Hồ Thu Mai', '03/04/2017', 'Nữ', 'thêm'],
    ]));
    const table = toTable(sheet);
    expect(table.headers).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', '']);
    expect(table.rows.map((row) => row.rowNumber)).toEqual([5, 6]);
  });

  it('does not take a data row for the header when its cells look like headers', async () => {
    const sheet = await readSheet('ds.csv', csvBytes([
      ['Họ tên', 'Nơi ở', 'Ghi chú'],
      ['Lê Văn An', 'Tổ 5', 'Phường Máy Tơ', 'Hộ nghèo', 'Trẻ em khuyết tật'],
    ]));
    expect(toTable(sheet).headers).toEqual(['Họ tên', 'Nơi ở', 'Ghi chú', '', '']);
    expect(toTable(sheet).rows).toHaveLength(1);
  });
});
