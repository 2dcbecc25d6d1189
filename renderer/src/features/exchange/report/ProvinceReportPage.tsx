import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDate } from '../../../../../shared/format/date';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PeriodForm } from '../../../ui/PeriodForm';
import { packageImportPath } from '../paths';
import { ProvinceReportActions } from './ProvinceReportActions';
import { reportPeriodInSearch, reportQuickPeriod, reportQuickPeriods, type Period } from './periods';
import { provinceReportQuery } from './queries';
import { ReportTable } from './ReportTable';
import { endsBeforeReport, groupLegend, modelsYear, reportSections } from './sections';
import './province-report.css';

/**
 * Báo cáo toàn tỉnh (/province-report): what every office sent, a row per office and the
 * province's total, over a period that lives in the address (?from=…&to=…) so that back,
 * forward and the print page agree.
 */
export function ProvinceReportPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [search, setSearch] = useSearchParams();
  const period: Period = reportPeriodInSearch(search);
  const report = useQuery(provinceReportQuery(api, period));
  const empty = report.isSuccess && report.data.offices.length === 0;

  const texts = {
    legend: t('provinceReport.period.legend'),
    submit: t('provinceReport.period.show'),
    from: t('provinceReport.period.from'),
    to: t('provinceReport.period.to'),
    hint: t('provinceReport.period.hint'),
    quickLabel: t('provinceReport.period.quickLabel'),
  };
  const quickChoices = reportQuickPeriods.map((id) => ({
    id,
    label: t(`provinceReport.period.${id}`) /* i18n-dynamic: provinceReport.period. */,
    period: (todayIso: string) => reportQuickPeriod(id, todayIso),
  }));

  return (
    <div className="page province-report-page">
      <h1>{t('provinceReport.title')}</h1>
      <PeriodForm
        idPrefix="province-report"
        texts={texts}
        quickChoices={quickChoices}
        period={period}
        onApply={(next) => setSearch({ from: next.from, to: next.to })}
      />
      <div className="province-report-bar">
        <p className="province-report-bar__period">
          {t('provinceReport.period.shown', { from: formatDate(period.from), to: formatDate(period.to) })}
        </p>
        <ProvinceReportActions period={period} disabled={!report.isSuccess || empty} />
      </div>

      {report.isPending && <p role="status">{t('provinceReport.loading')}</p>}
      {report.isError && <ErrorAlert code={errorCode(report.error)} />}
      {empty && (
        <p className="province-report-empty">
          {t('provinceReport.empty')} <Link to={packageImportPath}>{t('provinceReport.emptyLink')}</Link>
        </p>
      )}
      {report.isSuccess && !empty && (
        <>
          <p className="province-report-note">{t('provinceReport.offices', { count: report.data.offices.length })}</p>
          {reportSections(t, i18n.language, modelsYear(report.data)).map((section) => (
            <ReportTable key={section.id} section={section} report={report.data} />
          ))}
          <p className="province-report-note">{t('provinceReport.notes.dataDate')}</p>
          {report.data.offices.some((entry) => endsBeforeReport(entry, report.data)) && (
            <p className="province-report-note province-report-note--stale">{t('provinceReport.notes.stale', { to: formatDate(report.data.to) })}</p>
          )}
          <p className="province-report-note">{t('provinceReport.notes.groups', { legend: groupLegend(i18n.language) })}</p>
          <p className="province-report-note">{t('provinceReport.notes.supported')}</p>
        </>
      )}
    </div>
  );
}
