import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { supportTypeDocumentNames } from '../../../../shared/codes/fund';
import type { TransparencyReport } from '../../../../shared/fund';
import { formatAmount } from '../../../../shared/format/money';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import { useApi } from '../../api/ApiProvider';
import { transparencyQuery } from '../../features/fund/reports/queries';
import { periodFromSearch, type Period } from '../../features/reports/review/periods';
import { PrintPage } from '../PrintPage';
import { DocumentTable, type DocumentColumn, type DocumentRow, type HeaderCell } from '../DocumentTable';
import { SignatureBlocks, useOfficeSignatures } from '../SignatureBlocks';
import { useDocumentT } from '../useDocumentT';
import { FundDocumentHead } from './FundDocumentHead';
import { fundReportScreenPath } from './fundPrintPath';
import { useFundPrint } from './useFundPrint';
import './fund-print.css';

const donorColumns: DocumentColumn[] = [
  { className: 'fund-print-col-number', align: 'center' },
  { className: 'fund-transparency-print-col-name', align: 'left' },
  { className: 'fund-transparency-print-col-address', align: 'left' },
  { align: 'right' },
  { align: 'right' },
  { align: 'right' },
  { className: 'fund-transparency-print-col-purposes', align: 'left' },
];

const spendingColumns: DocumentColumn[] = [
  { className: 'fund-print-col-number', align: 'center' },
  { className: 'fund-print-col-label', align: 'left' },
  { className: 'fund-transparency-print-col-figure', align: 'right' },
  { className: 'fund-transparency-print-col-figure', align: 'right' },
];

/**
 * The published list on A4 portrait: donors by their public names (anonymous donors as main
 * names them) with what they gave and for what, the total in words, then what the fund paid for.
 */
function TransparencyDocument({ office, report, period }: { office: OfficeProfile; report: TransparencyReport; period: Period }) {
  const t = useDocumentT();
  const signatures = useOfficeSignatures(office, { accountant: true });

  const donorHeader: HeaderCell[][] = [
    [
      { label: t('print.table.number') },
      { label: t('print.fund.transparency.donor') },
      { label: t('print.fund.transparency.address') },
      { label: t('print.fund.cash') },
      { label: t('print.fund.goods') },
      { label: t('print.fund.total') },
      { label: t('print.fund.transparency.purposes') },
    ],
  ];
  const donorRows: DocumentRow[] = report.donors.map((donor) => ({
    key: String(donor.number),
    cells: [String(donor.number), donor.name, donor.address ?? '', formatAmount(donor.cash), formatAmount(donor.goods), formatAmount(donor.total), donor.purposes],
  }));
  const donorTotal = {
    labelSpan: 3,
    cells: [formatAmount(report.donorsTotal.cash), formatAmount(report.donorsTotal.goods), formatAmount(report.donorsTotal.total), ''],
  };

  const spendingHeader: HeaderCell[][] = [
    [
      { label: t('print.table.number') },
      { label: t('print.fund.transparency.purpose') },
      { label: t('print.fund.transparency.children') },
      { label: t('print.fund.transparency.amount') },
    ],
  ];
  const spendingRows: DocumentRow[] = report.spending.map((row, index) => ({
    key: row.purpose,
    cells: [String(index + 1), supportTypeDocumentNames[row.purpose], formatAmount(row.children), formatAmount(row.amount)],
  }));
  const spendingTotal = { labelSpan: 2, cells: [formatAmount(report.spendingTotal.children), formatAmount(report.spendingTotal.amount)] };

  return (
    <div className="fund-print fund-transparency-print">
      <FundDocumentHead office={office} number={t('print.fund.listNumber')} title={t('print.fund.transparency.title')} period={period} />
      <h2 className="document-section" id="fund-transparency-print-donors">
        {t('print.fund.transparency.donors')}
      </h2>
      <p className="fund-print-unit">{t('print.fund.unitNote')}</p>
      <DocumentTable labelledBy="fund-transparency-print-donors" columns={donorColumns} header={donorHeader} rows={donorRows} total={donorTotal} />
      <p className="fund-print-words">{t('print.fund.transparency.inWords', { words: report.totalInWords })}</p>
      <h2 className="document-section" id="fund-transparency-print-spending">
        {t('print.fund.transparency.spending')}
      </h2>
      <DocumentTable
        labelledBy="fund-transparency-print-spending"
        columns={spendingColumns}
        header={spendingHeader}
        rows={spendingRows}
        total={spendingTotal}
      />
      <SignatureBlocks blocks={signatures} />
    </div>
  );
}

/** /print/fund-transparency?from=YYYY-MM-DD&to=YYYY-MM-DD */
export function TransparencyPrintPage() {
  const api = useApi();
  const [search] = useSearchParams();
  const period = periodFromSearch(search);
  const report = useQuery({ ...transparencyQuery(api, period ?? { from: '', to: '' }), enabled: period !== null });
  const { ready, body } = useFundPrint(period, report, (office, data, shown) => <TransparencyDocument office={office} report={data} period={shown} />);
  return (
    <PrintPage orientation="portrait" ready={ready} backTo={fundReportScreenPath('transparency', period)}>
      {body}
    </PrintPage>
  );
}
