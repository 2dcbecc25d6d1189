import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { membershipEndReasons } from '../../../../shared/codes/register';
import { formatDate, toIsoDate } from '../../../../shared/format/date';
import type { ReviewCounts, ReviewReport } from '../../../../shared/register';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import { useApi } from '../../api/ApiProvider';
import { errorCode, officeQuery } from '../../api/queries';
import { paths } from '../../app/paths';
import { groupLetter, reviewLabels } from '../../features/reports/review/labels';
import { periodFromSearch, periodSearch, type Period } from '../../features/reports/review/periods';
import { reviewQuery } from '../../features/reports/review/queries';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AdministrativeHeader } from '../AdministrativeHeader';
import { DocumentTable, type DocumentColumn, type DocumentRow, type HeaderCell } from '../DocumentTable';
import { DocumentTitle } from '../DocumentTitle';
import { PrintPage } from '../PrintPage';
import { SignatureBlocks, useOfficeSignatures } from '../SignatureBlocks';
import { useDocumentT } from '../useDocumentT';
import './review-print.css';

const columns: DocumentColumn[] = [
  { className: 'review-print-col-number', align: 'center' },
  { className: 'review-print-col-label', align: 'left' },
  ...['start', 'increases', 'decreases'].map((): DocumentColumn => ({ className: 'review-print-col-count', align: 'right' })),
  ...membershipEndReasons.map((): DocumentColumn => ({ className: 'review-print-col-reason', align: 'right' })),
  { className: 'review-print-col-count', align: 'right' },
];

const number = (value: number) => value.toLocaleString('vi-VN');

const countCells = (counts: ReviewCounts) => [
  counts.start,
  counts.increases,
  counts.decreases,
  ...membershipEndReasons.map((reason) => counts.decreasesByReason[reason]),
  counts.end,
].map(number);

/** The review report as an A4 landscape document in the administrative format. */
function ReviewDocument({ office, report, period }: { office: OfficeProfile; report: ReviewReport; period: Period }) {
  const t = useDocumentT();
  const labels = reviewLabels(t, 'vi');
  const signatures = useOfficeSignatures(office);

  const header = (labelHeader: string): HeaderCell[][] => [
    [
      { label: t('print.table.number'), rowSpan: 2 },
      { label: labelHeader, rowSpan: 2 },
      { label: t('review.columns.start'), rowSpan: 2 },
      { label: t('review.columns.increases'), rowSpan: 2 },
      { label: t('review.columns.decreases'), colSpan: 1 + membershipEndReasons.length },
      { label: t('review.columns.end'), rowSpan: 2 },
    ],
    [{ label: t('review.columns.decreasesTotal') }, ...membershipEndReasons.map((reason) => ({ label: labels.reason(reason) }))],
  ];
  const groupRows: DocumentRow[] = report.byGroup.map((row) => ({
    key: row.key,
    cells: [groupLetter(row.key), labels.groupName(row), ...countCells(row.counts)],
  }));
  const unitRows: DocumentRow[] = report.byUnit.map((row, index) => ({
    key: row.key,
    cells: [String(index + 1), row.label, ...countCells(row.counts)],
  }));
  const total = { labelSpan: 2, cells: countCells(report.total) };

  return (
    <>
      <AdministrativeHeader
        parentAgency={office.parentAgency}
        agency={office.name}
        number={t('review.document.number')}
        place={office.placeName}
        date={toIsoDate(new Date())}
      />
      <DocumentTitle title={t('review.document.title')}>
        <p>{t('review.period.shown', { from: formatDate(period.from), to: formatDate(period.to) })}</p>
      </DocumentTitle>
      <h2 className="document-section" id="review-print-groups">
        {t('review.document.byGroup')}
      </h2>
      <DocumentTable labelledBy="review-print-groups" columns={columns} header={header(t('review.columns.group'))} rows={groupRows} total={total} />
      <p className="document-note">{t('review.document.note')}</p>
      <h2 className="document-section" id="review-print-units">
        {t('review.document.byUnit')}
      </h2>
      <DocumentTable labelledBy="review-print-units" columns={columns} header={header(t('review.columns.unit'))} rows={unitRows} total={total} />
      <SignatureBlocks blocks={signatures} />
    </>
  );
}

/** /print/review?from=YYYY-MM-DD&to=YYYY-MM-DD */
export function ReviewPrintPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [search] = useSearchParams();
  const period = periodFromSearch(search);
  const office = useQuery(officeQuery(api));
  const report = useQuery({ ...reviewQuery(api, period ?? { from: '', to: '' }), enabled: period !== null });
  const backTo = `${paths.reports}/review${period ? periodSearch(period) : ''}`;
  const ready = period !== null && office.isSuccess && office.data !== null && report.isSuccess;

  let body;
  if (!period) body = <p className="print-status">{t('review.document.badPeriod')}</p>;
  else if (office.isError || report.isError) body = <ErrorAlert code={errorCode(office.error ?? report.error)} />;
  else if (office.isSuccess && office.data === null) body = <ErrorAlert code="errors.officeNotSetUp" />;
  else if (!ready || !office.data || !report.data) body = <p role="status">{t('print.loading')}</p>;
  else body = <ReviewDocument office={office.data} report={report.data} period={period} />;

  return (
    <PrintPage orientation="landscape" ready={ready} backTo={backTo}>
      {body}
    </PrintPage>
  );
}
