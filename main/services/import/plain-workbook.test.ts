import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zipBytes } from '../../../tests/fixtures/import/builders';
import { readExcelWorkbook } from './excel-workbook';
import { readPlainWorkbook } from './plain-workbook';
import { readSheet } from './read-sheet';

/** Both readers must give the same rows; the quick one must have read the file itself. */
async function expectSameAsExceljs(bytes: Uint8Array) {
  const plain = readPlainWorkbook(bytes);
  expect(plain).toBeDefined();
  expect(plain).toEqual(await readExcelWorkbook(bytes));
  return plain;
}

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('the quick reader of plain workbooks', () => {
  it('reads text, numbers, dates, true/false and rich text as exceljs does', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Danh sách');
      sheet.addRow(['DANH SÁCH TRẺ EM <2026> & "gia đình"']);
      sheet.addRow([]);
      sheet.addRow(['STT', 'Họ và tên', 'Ngày sinh', 'Ngày vào diện', 'Số định danh', 'Khuyết tật', 'Ghi chú']);
      sheet.addRow([1, 'Đỗ Thị Yến', new Date(Date.UTC(2015, 2, 5)), new Date(Date.UTC(2024, 5, 1)), '031215000123', true, '  có khoảng trắng  ']);
      sheet.addRow([2, { richText: [{ text: 'Ngô ', font: { bold: true } }, { text: 'Văn Bi' }] }, '05/03/2016', null, 31216000124, false, 'dòng 1\ndòng 2']);
      sheet.addRow([3.5, "H'Hen Niê", new Date(Date.UTC(2017, 11, 31, 0, 0, 0, 1)), 45_000, -0.25, { error: '#N/A' }, '']);
      sheet.getColumn(4).numFmt = 'dd/mm/yyyy';
      sheet.getCell('A10').value = 'sau dòng trống';
      sheet.getCell('H10').numFmt = '0.00';
      sheet.getCell('J10').value = 'xa hơn';
    });
    const rows = await expectSameAsExceljs(bytes);
    expect(rows?.map((row) => row.rowNumber)).toEqual([1, 3, 4, 5, 6, 10]);
    expect(rows?.[2]?.cells[2]).toEqual(new Date(Date.UTC(2015, 2, 5)));
    expect(rows?.[4]?.cells[3]).toEqual(new Date(Date.UTC(2023, 2, 15)));
  });

  it('reads the first visible sheet with rows, past hidden and empty ones', async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet('Ẩn', { state: 'hidden' }).addRow(['không đọc']);
      book.addWorksheet('Trống');
      book.addWorksheet('Danh sách').addRow(['Họ và tên', 'Lê Văn An']);
      book.addWorksheet('Khác').addRow(['không đọc']);
    });
    expect(await expectSameAsExceljs(bytes)).toEqual([{ rowNumber: 1, cells: ['Họ và tên', 'Lê Văn An'] }]);
  });

  it('leaves to exceljs what it would read differently: merged cells, formulas and links', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Danh sách');
      sheet.addRow(['Họ và tên', 'Người giám hộ', 'Tổng']);
      sheet.addRow(['Lê Văn An', 'Lê Văn Hùng', { formula: '1+1', result: 2 }]);
      sheet.addRow(['Lê Thị Bình', null, { text: 'trang', hyperlink: 'https://example.org' }]);
      sheet.mergeCells('B2:B3');
    });
    expect(readPlainWorkbook(bytes)).toBeUndefined();
    const rows = await readSheet('ds.xlsx', bytes);
    expect(rows).toEqual(await readExcelWorkbook(bytes));
    // exceljs gives the merged guardian to both siblings.
    expect(rows[2]?.cells).toEqual(['Lê Thị Bình', 'Lê Văn Hùng', 'trang']);
  });

  it('undoes XML escapes, Excel escapes and leaves out phonetic guides in shared strings', async () => {
    const parts = {
      'xl/workbook.xml': '<workbook><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="x"/></Relationships>',
      'xl/sharedStrings.xml':
        '<sst><si><t>Tr&#7847;n &amp; L&#xEA;</t></si><si><t xml:space="preserve"> a_x000D_b </t><rPh sb="0" eb="1"><t>ふ</t></rPh></si>' +
        '<si><r><rPr><b/></rPr><t>Hồ </t></r><r><t>Thu</t></r></si><si/></sst>',
      'xl/styles.xml':
        '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="[$-42A]dd/mm/yyyy;@"/></numFmts>' +
        '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"><alignment/></xf></cellXfs></styleSheet>',
      'xl/worksheets/sheet1.xml':
        '<worksheet><sheetData><row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c>' +
        '<c r="D2" t="s"><v>3</v></c><c r="E2" s="1"><v>42064</v></c><c r="F2" s="2"><v>42064.5</v></c><c r="G2" s="1"/><c r="H2" t="b"><v>1</v></c></row>' +
        '<row r="1" spans="1:2"><c r="B1" t="e"><v>#REF!</v></c><c r="C1"><v>7</v></c></row></sheetData></worksheet>',
    };
    const rows = await expectSameAsExceljs(zipBytes(parts));
    expect(rows).toEqual([
      { rowNumber: 1, cells: [null, null, 7] },
      {
        rowNumber: 2,
        cells: ['Trần & Lê', ' a\rb ', 'Hồ Thu', null, new Date(Date.UTC(2015, 2, 1)), new Date(Date.UTC(2015, 2, 1, 12)), null, true],
      },
    ]);
  });

  it('leaves to exceljs XML it cannot read safely, and files that are not workbooks', () => {
    const prefixed = zipBytes({
      'xl/workbook.xml': '<x:workbook><x:sheets><x:sheet name="DS" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>',
      'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    });
    expect(readPlainWorkbook(prefixed)).toBeUndefined();
    const spaced = zipBytes({
      'xl/workbook.xml': '<workbook><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/sharedStrings.xml': '<sst><si><t>Lê Văn An</t></si></sst>',
      'xl/worksheets/sheet1.xml': '<worksheet><sheetData><row r="1"><c r="A1"\n t="s"><v>0</v></c></row></sheetData></worksheet>',
    });
    expect(readPlainWorkbook(spaced)).toBeUndefined();
    expect(readPlainWorkbook(zipBytes({ 'word/document.xml': '<w:document/>' }))).toBeUndefined();
    expect(readPlainWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeUndefined();
  });
});
