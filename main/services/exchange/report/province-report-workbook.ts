import ExcelJS from 'exceljs';
import { legalGroups } from '../../../../shared/codes/groups';
import { builtinModelDocumentNames, builtinModelTypes } from '../../../../shared/codes/models';
import type { ProvinceReport, ProvinceReportOffice } from '../../../../shared/exchange';
import type { FileOutput } from '../../../../shared/register';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import { administrativeHeader, borderRow, columnLetter, merged, put, setUpPrint, workbookFile } from '../../documents/sheet';
import { amountInWords, moneyCell, noteLine, numberingRow, signatures, signaturesWithAccountant, titleBlock } from '../../documents/workbook-parts';

/**
 * Báo cáo toàn tỉnh as an .xlsx in the administrative format: one sheet per section (children,
 * gifts, fund, models), each with the province office's header, the title and the period, a row
 * per office (its code and name) in the report's order, Tổng cộng, notes and signatures, so
 * that each sheet prints on its own with its table header repeated on every page.
 */

const documentTitle = 'BÁO CÁO TỔNG HỢP TOÀN TỈNH';
const rows = { group: 9, label: 10, numbers: 11, firstBody: 12 };
/** STT, code, name. */
const leadWidths = [5, 11, 30];

interface Column {
  /** The heading over several columns (row 9), or none: the label then takes both rows. */
  group?: string;
  label: string;
}

interface SectionSheet {
  sheetName: string;
  title: string;
  unitNote: string;
  orientation: 'portrait' | 'landscape';
  /** Widths of the columns after STT, code and name. */
  widths: number[];
  columns: Column[];
  /** Of the row of column labels: as much as the longest label needs, so that the sheet fits its page. */
  labelHeight: number;
  values: (row: Pick<ProvinceReportOffice, 'children' | 'gifts' | 'fund' | 'models'>) => number[];
  header: { left: string; right: string };
  notes: string[];
  signers: { accountant: false; columns: readonly [string, string] } | { accountant: true; columns: readonly [string, string, string] };
}

function tableHeader(sheet: ExcelJS.Worksheet, columns: readonly Column[], labelHeight: number): void {
  const bold = { bold: true, wrap: true };
  merged(sheet, `A${rows.group}:A${rows.label}`, 'STT', bold);
  merged(sheet, `B${rows.group}:B${rows.label}`, 'Mã đơn vị', bold);
  merged(sheet, `C${rows.group}:C${rows.label}`, 'Đơn vị', bold);
  let at = 0;
  while (at < columns.length) {
    const column = columns[at];
    if (!column) break;
    const letter = columnLetter(4 + at);
    if (column.group === undefined) {
      merged(sheet, `${letter}${rows.group}:${letter}${rows.label}`, column.label, bold);
      at++;
      continue;
    }
    let last = at;
    while (columns[last + 1]?.group === column.group) last++;
    const end = columnLetter(4 + last);
    if (last > at) merged(sheet, `${letter}${rows.group}:${end}${rows.group}`, column.group, bold);
    else put(sheet, `${letter}${rows.group}`, column.group, bold);
    for (let n = at; n <= last; n++) put(sheet, `${columnLetter(4 + n)}${rows.label}`, columns[n]?.label ?? '', bold);
    at = last + 1;
  }
  sheet.getRow(rows.group).height = 32;
  sheet.getRow(rows.label).height = labelHeight;
  borderRow(sheet, rows.group, 3 + columns.length);
  borderRow(sheet, rows.label, 3 + columns.length);
  numberingRow(sheet, rows.numbers, 3 + columns.length);
}

function bodyRow(sheet: ExcelJS.Worksheet, rowNumber: number, values: readonly number[], bold: boolean): void {
  values.forEach((value, index) => moneyCell(sheet, `${columnLetter(4 + index)}${rowNumber}`, value, bold));
  sheet.getRow(rowNumber).height = 22;
  borderRow(sheet, rowNumber, 3 + values.length);
}

function addSection(workbook: ExcelJS.Workbook, report: ProvinceReport, office: OfficeProfile, today: string, spec: SectionSheet): void {
  const lastColumn = columnLetter(3 + spec.columns.length);
  const sheet = workbook.addWorksheet(spec.sheetName);
  // As workbook-parts' reportSheet, for a workbook of several sheets.
  setUpPrint(sheet, { widths: [...leadWidths, ...spec.widths], orientation: spec.orientation, titleRows: { first: rows.group, last: rows.numbers } });
  administrativeHeader(sheet, office, today, { ...spec.header, numberLine: 'Số:        /BC' });
  sheet.getRow(1).height = 32;
  sheet.getRow(2).height = 32;
  titleBlock(sheet, lastColumn, spec.title, report, spec.unitNote);
  sheet.getRow(6).height = 44;
  tableHeader(sheet, spec.columns, spec.labelHeight);

  let rowNumber = rows.firstBody;
  report.offices.forEach((row, index) => {
    put(sheet, `A${rowNumber}`, index + 1);
    put(sheet, `B${rowNumber}`, row.office.code);
    put(sheet, `C${rowNumber}`, row.office.name, { align: 'left', wrap: true });
    bodyRow(sheet, rowNumber++, spec.values(row), false);
  });
  merged(sheet, `A${rowNumber}:C${rowNumber}`, 'Tổng cộng', { bold: true });
  bodyRow(sheet, rowNumber++, spec.values(report.total), true);
  const tableWidth = [...leadWidths, ...spec.widths].reduce((sum, width) => sum + width, 0);
  for (const note of spec.notes) {
    noteLine(sheet, rowNumber, lastColumn, note);
    // A long note wraps over several lines; Excel does not grow a merged row by itself.
    sheet.getRow(rowNumber++).height = Math.max(24, Math.ceil(note.length / tableWidth) * 17);
  }
  const top = rowNumber + 1;
  if (spec.signers.accountant) signaturesWithAccountant(sheet, top, office, spec.signers.columns);
  else signatures(sheet, top, office, spec.signers.columns);
}

const groupsNote = `Các nhóm theo khoản 1 Điều 10 Luật Trẻ em: ${legalGroups.map((group) => `${group.letter}) ${group.nameVi}`).join('; ')}.`;

function sections(report: ProvinceReport): SectionSheet[] {
  const year = Number(report.to.slice(0, 4));
  return [
    {
      sheetName: 'Trẻ em',
      title: `${documentTitle}\nTRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT`,
      unitNote: 'Đơn vị tính: trẻ em',
      orientation: 'landscape',
      widths: [9, 7, 7, ...legalGroups.map(() => 6), 10, 10],
      columns: [
        { group: 'Trẻ em có hoàn cảnh đặc biệt cuối kỳ', label: 'Tổng số' },
        { group: 'Trẻ em có hoàn cảnh đặc biệt cuối kỳ', label: 'Nam' },
        { group: 'Trẻ em có hoàn cảnh đặc biệt cuối kỳ', label: 'Nữ' },
        ...legalGroups.map((group) => ({ group: 'Chia theo nhóm', label: group.letter })),
        { label: 'Trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt' },
        { label: 'Được hỗ trợ trong kỳ' },
      ],
      labelHeight: 64,
      values: ({ children }) => [
        children.total,
        children.male,
        children.female,
        ...legalGroups.map((group) => children.byGroup[group.code] ?? 0),
        children.atRisk,
        children.supported,
      ],
      header: { left: 'A:C', right: 'K:V' },
      notes: [
        'Số trẻ em tại ngày cuối kỳ. Một trẻ em có thể thuộc nhiều nhóm; Tổng số tính mỗi trẻ em một lần và không gồm trẻ em có nguy cơ. Được hỗ trợ: trẻ em có hoàn cảnh đặc biệt đã nhận quà hoặc được Quỹ Bảo trợ trẻ em chi hỗ trợ trong kỳ.',
        groupsNote,
      ],
      signers: { accountant: false, columns: ['A:C', 'M:V'] },
    },
    {
      sheetName: 'Tặng quà',
      title: `${documentTitle}\nTHĂM, TẶNG QUÀ TRẺ EM`,
      unitNote: 'Đơn vị tính: đợt; lượt trẻ; đồng',
      orientation: 'portrait',
      widths: [12, 14, 18],
      columns: [{ label: 'Số đợt tặng quà' }, { label: 'Lượt trẻ nhận quà' }, { label: 'Giá trị quà (tiền và hiện vật)' }],
      labelHeight: 36,
      values: ({ gifts }) => [gifts.campaigns, gifts.giftsDelivered, gifts.value],
      header: { left: 'A:C', right: 'D:F' },
      notes: [`Tổng giá trị quà bằng chữ: ${amountInWords(report.total.gifts.value)}.`],
      signers: { accountant: true, columns: ['A:B', 'C', 'D:F'] },
    },
    {
      sheetName: 'Quỹ Bảo trợ trẻ em',
      title: `${documentTitle}\nTHU, CHI QUỸ BẢO TRỢ TRẺ EM`,
      unitNote: 'Đơn vị tính: đồng; lượt trẻ',
      orientation: 'landscape',
      widths: [16, 16, 16, 11, 16],
      columns: [
        { group: 'Tiền mặt', label: 'Thu trong kỳ' },
        { group: 'Tiền mặt', label: 'Chi trong kỳ' },
        { group: 'Tiền mặt', label: 'Tồn quỹ cuối kỳ' },
        { group: 'Hỗ trợ trẻ em từ Quỹ', label: 'Lượt trẻ' },
        { group: 'Hỗ trợ trẻ em từ Quỹ', label: 'Số tiền' },
      ],
      labelHeight: 24,
      values: ({ fund }) => [fund.received, fund.paid, fund.balance, fund.childTimes, fund.supportPaid],
      header: { left: 'A:C', right: 'E:H' },
      notes: [
        `Tồn quỹ cuối kỳ bằng chữ: ${amountInWords(report.total.fund.balance)}.`,
        'Hỗ trợ trẻ em: các khoản chi phẫu thuật, điều trị, học bổng và hỗ trợ khẩn cấp; mỗi khoản chi trong kỳ tính một lượt trẻ, mỗi khoản chi bị hủy trong kỳ trừ một lượt; không gồm tặng quà.',
      ],
      signers: { accountant: true, columns: ['A:C', 'D:E', 'F:H'] },
    },
    {
      sheetName: 'Mô hình',
      title: `${documentTitle}\nMÔ HÌNH BẢO VỆ, CHĂM SÓC TRẺ EM NĂM ${year}`,
      unitNote: 'Đơn vị tính: xã, phường',
      orientation: 'landscape',
      widths: [10, ...builtinModelTypes.map(() => 14)],
      columns: [
        { label: 'Tổng số xã, phường' },
        ...builtinModelTypes.map((code) => ({ group: 'Số xã, phường có mô hình', label: builtinModelDocumentNames[code] })),
      ],
      labelHeight: 48,
      values: ({ models }) => [models.communes, ...builtinModelTypes.map((code) => models.covered[code] ?? 0)],
      header: { left: 'A:C', right: 'F:J' },
      notes: [
        `Số liệu năm ${year}, năm của ngày cuối kỳ. Xã, phường có mô hình: đang thí điểm, đang triển khai hoặc được công nhận trong năm, hoặc có hồ sơ của mô hình trong năm.`,
      ],
      signers: { accountant: false, columns: ['A:C', 'G:J'] },
    },
  ];
}

/** "Bao-cao-toan-tinh_2026-10-01_2026-12-31.xlsx": ASCII, so every system saves it. */
export const provinceReportFileName = (report: Pick<ProvinceReport, 'from' | 'to'>): string => `Bao-cao-toan-tinh_${report.from}_${report.to}.xlsx`;

/** The report as a workbook signed by the province's office; `today` dates the document. */
export async function provinceReportWorkbook(report: ProvinceReport, office: OfficeProfile, today: string): Promise<FileOutput> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = office.name;
  workbook.title = `${documentTitle} ${report.from} – ${report.to}`;
  for (const spec of sections(report)) addSection(workbook, report, office, today, spec);
  return workbookFile(workbook, provinceReportFileName(report));
}
