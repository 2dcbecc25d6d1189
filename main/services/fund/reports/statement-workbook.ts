import type ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DonorKind, DonorOrigin } from '../../../../shared/codes/fund';
import { donorKindDocumentNames, donorOriginDocumentNames, supportTypeDocumentNames } from '../../../../shared/codes/fund';
import type { AssetAmounts, FundStatement } from '../../../../shared/fund';
import type { FileOutput } from '../../../../shared/register';
import type { FundPeriod } from '../../../../shared/schemas/fund';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import type { Database } from '../../../db/schema';
import { borderRow, put, workbookFile } from '../../documents/sheet';
import { amountInWords, moneyCell, noteLine, numberingRow, periodFileName, reportSheet, signaturesWithAccountant, titleBlock } from '../../documents/workbook-parts';
import { fundStatement } from './statement';

/**
 * Báo cáo thu, chi Quỹ as an .xlsx on A4 portrait, as printed: I opening, II receipts by kind of
 * donor, III payments by purpose, IV closing, for cash, goods and their total.
 */

const title = 'BÁO CÁO THU, CHI QUỸ BẢO TRỢ TRẺ EM';
const headers = ['STT', 'Nội dung', 'Tiền mặt', 'Hiện vật (giá trị ước tính)', 'Tổng cộng'];
const widths = [6, 40, 18, 16, 17];
const lastColumn = 'E';
const rows = { header: 9, numbers: 10, firstBody: 11 };

/** "Doanh nghiệp trong nước", "Tổ chức nước ngoài". */
const donorClassLabel = (kind: DonorKind, origin: DonorOrigin): string =>
  `${donorKindDocumentNames[kind]} ${donorOriginDocumentNames[origin].toLocaleLowerCase('vi')}`;

function line(sheet: ExcelJS.Worksheet, rowNumber: number, number: string, label: string, amounts: AssetAmounts, bold = false): void {
  put(sheet, `A${rowNumber}`, number, { bold });
  put(sheet, `B${rowNumber}`, label, { bold, align: 'left', wrap: true });
  moneyCell(sheet, `C${rowNumber}`, amounts.cash, bold);
  moneyCell(sheet, `D${rowNumber}`, amounts.goods, bold);
  moneyCell(sheet, `E${rowNumber}`, amounts.total, bold);
  sheet.getRow(rowNumber).height = 20;
  borderRow(sheet, rowNumber, headers.length);
}

function table(sheet: ExcelJS.Worksheet, statement: FundStatement): number {
  headers.forEach((header, index) => put(sheet, `${String.fromCharCode(65 + index)}${rows.header}`, header, { bold: true, wrap: true }));
  sheet.getRow(rows.header).height = 36;
  borderRow(sheet, rows.header, headers.length);
  numberingRow(sheet, rows.numbers, headers.length);
  let rowNumber = rows.firstBody;
  line(sheet, rowNumber++, 'I', 'Số dư đầu kỳ', statement.opening, true);
  line(sheet, rowNumber++, 'II', 'Thu trong kỳ', statement.receiptsTotal, true);
  statement.receipts.forEach((row, index) => line(sheet, rowNumber++, String(index + 1), donorClassLabel(row.kind, row.origin), row.amounts));
  line(sheet, rowNumber++, 'III', 'Chi trong kỳ', statement.paymentsTotal, true);
  statement.payments.forEach((row, index) => line(sheet, rowNumber++, String(index + 1), supportTypeDocumentNames[row.purpose], row.amounts));
  line(sheet, rowNumber++, 'IV', 'Số dư cuối kỳ (IV = I + II − III)', statement.closing, true);
  return rowNumber;
}

/** Builds the statement's workbook for the period; `today` dates the document. */
export async function statementWorkbook(db: Kysely<Database>, office: OfficeProfile, period: FundPeriod, today: string): Promise<FileOutput> {
  const statement = await fundStatement(db, period);
  const { workbook, sheet } = reportSheet(office, today, title, {
    sheetName: 'Báo cáo thu, chi',
    widths,
    orientation: 'portrait',
    titleRows: { first: rows.header, last: rows.numbers },
    header: { left: 'A:B', right: 'C:E', numberLine: 'Số:        /BC' },
  });
  titleBlock(sheet, lastColumn, title, period, 'Đơn vị tính: đồng');
  const after = table(sheet, statement);
  noteLine(sheet, after, lastColumn, `Số dư cuối kỳ bằng chữ: ${amountInWords(statement.closing.total)}.`);
  signaturesWithAccountant(sheet, after + 2, office, ['A:B', 'C', 'D:E']);
  return workbookFile(workbook, periodFileName('Bao-cao-thu-chi-Quy', period));
}
