import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { spendingPurposes, supportTypeDocumentNames } from '../../../../shared/codes/fund';
import type { ChildTimesCell, ChildTimesReport } from '../../../../shared/fund';
import { formatAmount } from '../../../../shared/format/money';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import { useApi } from '../../api/ApiProvider';
import { childTimesQuery } from '../../features/fund/reports/queries';
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
  // A pair per purpose, then Cộng: sized by their content (fund-print.css).
  ...Array.from({ length: 2 * (spendingPurposes.length + 1) }, (): DocumentColumn => ({ align: 'right' })),
];

const pair = (cell: ChildTimesCell) => [formatAmount(cell.children), formatAmount(cell.amount)];

/** Lượt trẻ and the fund's money per commune on A4 landscape: a pair of columns per purpose, then Cộng. */
function ChildTimesDocument({ office, report, period }: { office: OfficeProfile; report: ChildTimesReport; period: Period }) {
  const t = useDocumentT();
  const signatures = useOfficeSignatures(office, { accountant: true });

  const pairHeader = () => [{ label: t('print.fund.childTimes.children') }, { label: t('print.fund.childTimes.amount') }];
  const header: HeaderCell[][] = [
    [
      { label: t('print.table.number'), rowSpan: 2 },
      { label: t('print.fund.childTimes.unit'), rowSpan: 2 },
      ...spendingPurposes.map((purpose) => ({ label: supportTypeDocumentNames[purpose], colSpan: 2 })),
      { label: t('print.fund.total'), colSpan: 2 },
    ],
    [...spendingPurposes, 'total'].flatMap(pairHeader),
  ];
  const rows: DocumentRow[] = report.rows.map((row, index) => ({
    key: row.unitId,
    cells: [String(index + 1), row.unitName, ...spendingPurposes.flatMap((purpose) => pair(row.cells[purpose])), ...pair(row.total)],
  }));
  const total = { labelSpan: 2, cells: [...spendingPurposes.flatMap((purpose) => pair(report.totals[purpose])), ...pair(report.total)] };

  return (
    <div className="fund-print fund-times-print">
      <FundDocumentHead office={office} number={t('print.fund.reportNumber')} title={t('print.fund.childTimes.title')} period={period}>
        <p>{t('print.fund.childTimes.subtitle')}</p>
      </FundDocumentHead>
      <p className="fund-print-unit">{t('print.fund.unitNote')}</p>
      <DocumentTable columns={columns} header={header} rows={rows} total={total} />
      <div className="fund-print-notes">
        <p>{t('print.fund.childTimes.giftsNote')}</p>
        <p>{t('print.fund.childTimes.reversedNote')}</p>
      </div>
      <SignatureBlocks blocks={signatures} />
    </div>
  );
}

/** /print/fund-child-times?from=YYYY-MM-DD&to=YYYY-MM-DD */
export function ChildTimesPrintPage() {
  const api = useApi();
  const [search] = useSearchParams();
  const period = periodFromSearch(search);
  const report = useQuery({ ...childTimesQuery(api, period ?? { from: '', to: '' }), enabled: period !== null });
  const { ready, body } = useFundPrint(period, report, (office, data, shown) => <ChildTimesDocument office={office} report={data} period={shown} />);
  return (
    <PrintPage orientation="landscape" ready={ready} backTo={fundReportScreenPath('childTimes', period)}>
      {body}
    </PrintPage>
  );
}
