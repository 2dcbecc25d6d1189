import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ProvinceReport, ProvinceReportOffice } from '../../../../shared/exchange';
import { formatDate, toIsoDate } from '../../../../shared/format/date';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import { useApi } from '../../api/ApiProvider';
import { errorCode, officeQuery } from '../../api/queries';
import { provinceReportPath } from '../../features/exchange/paths';
import { formatDay } from '../../features/exchange/format';
import { romanNumeral } from '../../../../shared/format/roman';
import { provinceReportQuery } from '../../features/exchange/report/queries';
import {
  endsBeforeReport,
  groupLegend,
  modelsYear,
  officeColumnCount,
  reportSections,
  type ReportSection,
} from '../../features/exchange/report/sections';
import { periodFromSearch, periodSearch } from '../../features/reports/review/periods';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AdministrativeHeader } from '../AdministrativeHeader';
import { DocumentTable, type DocumentColumn, type HeaderCell } from '../DocumentTable';
import { DocumentTitle } from '../DocumentTitle';
import { PrintPage } from '../PrintPage';
import { SignatureBlocks, useOfficeSignatures } from '../SignatureBlocks';
import { useDocumentT } from '../useDocumentT';
import './province-report-print.css';

const officeColumns: DocumentColumn[] = [
  { className: 'province-print-col-number', align: 'center' },
  { className: 'province-print-col-code', align: 'left' },
  { className: 'province-print-col-name', align: 'left' },
  { className: 'province-print-col-date', align: 'center' },
];

/** The day an office's data runs to, marked when its package's period ends before the report's. */
function DataDate({ entry, report }: { entry: ProvinceReportOffice; report: ProvinceReport }) {
  const t = useDocumentT();
  if (!endsBeforeReport(entry, report)) return formatDay(entry.createdAt);
  return (
    <>
      {formatDay(entry.createdAt)} <span className="province-print-stale">{t('provinceReport.stale')}</span>
    </>
  );
}

/** A section of the document: its heading (I … IV), the table with the office columns first, the total row. */
function SectionTable({ section, report, index }: { section: ReportSection; report: ProvinceReport; index: number }) {
  const t = useDocumentT();
  const headingId = `province-print-${section.id}`;
  const rows = section.header.length;
  const header: HeaderCell[][] = section.header.map((cells, rowIndex) =>
    rowIndex === 0
      ? [
          { label: t('provinceReport.columns.number'), rowSpan: rows },
          { label: t('provinceReport.columns.code'), rowSpan: rows },
          { label: t('provinceReport.columns.office'), rowSpan: rows },
          { label: t('provinceReport.columns.dataDate'), rowSpan: rows },
          ...cells,
        ]
      : cells,
  );
  const columns: DocumentColumn[] = [
    ...officeColumns,
    ...section.kinds.map((kind): DocumentColumn => ({ className: `province-print-col-${kind}`, align: 'right' })),
  ];
  return (
    <section className={`province-print-section province-print-section--${section.id}`}>
      <h2 id={headingId} className="document-section">
        {romanNumeral(index + 1)}. {section.title}
      </h2>
      <DocumentTable
        columns={columns}
        header={header}
        rows={report.offices.map((entry, at) => ({
          key: entry.office.id,
          cells: [String(at + 1), entry.office.code, entry.office.name, <DataDate key="date" entry={entry} report={report} />, ...section.cells(entry)],
        }))}
        total={{ labelSpan: officeColumnCount, cells: section.cells(report.total) }}
        labelledBy={headingId}
      />
    </section>
  );
}

/**
 * Báo cáo tổng hợp of the offices' data, A4 landscape, in the administrative format: the
 * province office's header, the title and period, four tables (children, gifts, the fund, the
 * models) with a row per office and the total, notes, and the signatures.
 */
function ProvinceReportDocument({ office, report }: { office: OfficeProfile; report: ProvinceReport }) {
  const t = useDocumentT();
  const signatures = useOfficeSignatures(office);
  const sections = reportSections(t, 'vi', modelsYear(report));
  return (
    <div className="province-print">
      <AdministrativeHeader
        parentAgency={office.parentAgency}
        agency={office.name}
        number={t('provinceReport.print.number')}
        place={office.placeName}
        date={toIsoDate(new Date())}
      />
      <DocumentTitle title={t('provinceReport.print.title')}>
        <p>{t('provinceReport.print.period', { from: formatDate(report.from), to: formatDate(report.to) })}</p>
        <p>{t('provinceReport.print.offices', { count: report.offices.length })}</p>
      </DocumentTitle>
      {report.offices.length === 0 ? (
        <p className="province-print-empty">{t('provinceReport.print.empty')}</p>
      ) : (
        <>
          {sections.map((section, index) => (
            <SectionTable key={section.id} section={section} report={report} index={index} />
          ))}
          <p className="document-note">{t('provinceReport.notes.dataDate')}</p>
          {report.offices.some((entry) => endsBeforeReport(entry, report)) && (
            <p className="document-note">{t('provinceReport.notes.stale', { to: formatDate(report.to) })}</p>
          )}
          <p className="document-note">{t('provinceReport.notes.groups', { legend: groupLegend('vi') })}</p>
          <p className="document-note">{t('provinceReport.notes.supported')}</p>
        </>
      )}
      <div className="province-print-closing">
        <SignatureBlocks blocks={signatures} />
      </div>
    </div>
  );
}

/** /print/province-report?from=YYYY-MM-DD&to=YYYY-MM-DD */
export function ProvinceReportPrintPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [search] = useSearchParams();
  const period = periodFromSearch(search);
  const office = useQuery(officeQuery(api));
  const report = useQuery({ ...provinceReportQuery(api, period ?? { from: '', to: '' }), enabled: period !== null });
  const ready = period !== null && office.isSuccess && office.data !== null && report.isSuccess;

  let body;
  if (!period) body = <p className="print-status">{t('provinceReport.print.badPeriod')}</p>;
  else if (office.isError || report.isError) body = <ErrorAlert code={errorCode(office.error ?? report.error)} />;
  else if (office.isSuccess && office.data === null) body = <ErrorAlert code="errors.officeNotSetUp" />;
  else if (!ready || !office.data || !report.isSuccess) body = <p role="status">{t('print.loading')}</p>;
  else body = <ProvinceReportDocument office={office.data} report={report.data} />;

  return (
    <PrintPage orientation="landscape" ready={ready} backTo={period ? `${provinceReportPath}${periodSearch(period)}` : provinceReportPath}>
      {body}
    </PrintPage>
  );
}
