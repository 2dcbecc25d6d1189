import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { donorKindDocumentNames, donorOriginDocumentNames, supportTypeDocumentNames } from '../../../../shared/codes/fund';
import type { AssetAmounts, FundStatement } from '../../../../shared/fund';
import { formatAmount } from '../../../../shared/format/money';
import { moneyInWords } from '../../../../shared/format/number-words';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import { useApi } from '../../api/ApiProvider';
import { fundStatementQuery } from '../../features/fund/reports/queries';
import { periodFromSearch, type Period } from '../../features/reports/review/periods';
import { PrintPage } from '../PrintPage';
import { DocumentTable, type DocumentColumn, type DocumentRow, type HeaderCell } from '../DocumentTable';
import { SignatureBlocks, useOfficeSignatures } from '../SignatureBlocks';
import { useDocumentT } from '../useDocumentT';
import { FundDocumentHead } from './FundDocumentHead';
import { fundReportScreenPath } from './fundPrintPath';
import { useFundPrint } from './useFundPrint';
import './fund-print.css';

const columns: DocumentColumn[] = [
  { className: 'fund-print-col-number', align: 'center' },
  { className: 'fund-print-col-label', align: 'left' },
  { className: 'fund-statement-print-col-money', align: 'right' },
  { className: 'fund-statement-print-col-money', align: 'right' },
  { className: 'fund-statement-print-col-money', align: 'right' },
];

const amountCells = (amounts: AssetAmounts) => [amounts.cash, amounts.goods, amounts.total].map(formatAmount);

/** A section's row (I … IV) carries its totals, in bold; its detail rows follow, numbered 1, 2, 3… */
const sectionRow = (key: string, numeral: string, label: string, amounts: AssetAmounts): DocumentRow => ({
  key,
  cells: [numeral, label, ...amountCells(amounts)].map((cell, index) => <strong key={index}>{cell}</strong>),
});

/** Báo cáo thu, chi Quỹ on A4 portrait: I opening, II receipts by donor, III payments by purpose, IV closing. */
function StatementDocument({ office, statement, period }: { office: OfficeProfile; statement: FundStatement; period: Period }) {
  const t = useDocumentT();
  const signatures = useOfficeSignatures(office, { accountant: true });
  const closing = statement.closing.total;
  const words = closing < 0 ? t('print.fund.negativeInWords', { words: moneyInWords(-closing).toLocaleLowerCase('vi') }) : moneyInWords(closing);

  const header: HeaderCell[][] = [
    [
      { label: t('print.table.number') },
      { label: t('print.fund.statement.content') },
      { label: t('print.fund.cash') },
      { label: t('print.fund.goods') },
      { label: t('print.fund.total') },
    ],
  ];
  const rows: DocumentRow[] = [
    sectionRow('opening', 'I', t('print.fund.statement.opening'), statement.opening),
    sectionRow('receipts', 'II', t('print.fund.statement.receipts'), statement.receiptsTotal),
    ...statement.receipts.map((row, index) => ({
      key: `receipt-${row.kind}-${row.origin}`,
      cells: [
        String(index + 1),
        t('print.fund.statement.donorRow', { kind: donorKindDocumentNames[row.kind], origin: donorOriginDocumentNames[row.origin] }),
        ...amountCells(row.amounts),
      ],
    })),
    sectionRow('payments', 'III', t('print.fund.statement.payments'), statement.paymentsTotal),
    ...statement.payments.map((row, index) => ({
      key: `payment-${row.purpose}`,
      cells: [String(index + 1), supportTypeDocumentNames[row.purpose], ...amountCells(row.amounts)],
    })),
    sectionRow('closing', 'IV', t('print.fund.statement.closing'), statement.closing),
  ];

  return (
    <div className="fund-print fund-statement-print">
      <FundDocumentHead office={office} number={t('print.fund.reportNumber')} title={t('print.fund.statement.title')} period={period} />
      <p className="fund-print-unit">{t('print.fund.unitNote')}</p>
      <DocumentTable columns={columns} header={header} rows={rows} />
      <div className="fund-print-closing">
        <p className="fund-print-words">{t('print.fund.statement.inWords', { words })}</p>
        <SignatureBlocks blocks={signatures} />
      </div>
    </div>
  );
}

/** /print/fund-statement?from=YYYY-MM-DD&to=YYYY-MM-DD */
export function StatementPrintPage() {
  const api = useApi();
  const [search] = useSearchParams();
  const period = periodFromSearch(search);
  const report = useQuery({ ...fundStatementQuery(api, period ?? { from: '', to: '' }), enabled: period !== null });
  const { ready, body } = useFundPrint(period, report, (office, data, shown) => <StatementDocument office={office} statement={data} period={shown} />);
  return (
    <PrintPage orientation="portrait" ready={ready} backTo={fundReportScreenPath('statement', period)}>
      {body}
    </PrintPage>
  );
}
