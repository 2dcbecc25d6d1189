import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { fundReportsPath } from '../fund/paths';
import { fundReportKinds } from '../fund/reports/reportKinds';
import { coveragePath } from '../models/paths';
import './reports.css';

/** The reports there are; each opens its own screen. */
export function ReportsIndexPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('nav.reports')}</h1>
      <p>{t('reports.intro')}</p>
      <ul className="report-list" aria-label={t('reports.listLabel')}>
        <li className="report-card">
          <h2>
            <Link to={`${paths.reports}/review`}>{t('reports.review.name')}</Link>
          </h2>
          <p>{t('reports.review.description')}</p>
        </li>
        {fundReportKinds.map((kind) => (
          <li className="report-card" key={kind}>
            <h2>
              <Link to={fundReportsPath(kind)}>{t(`fund.reports.${kind}.name`) /* i18n-dynamic: fund.reports. */}</Link>
            </h2>
            <p>{t(`fund.reports.${kind}.description`) /* i18n-dynamic: fund.reports. */}</p>
          </li>
        ))}
        <li className="report-card">
          <h2>
            <Link to={coveragePath}>{t('models.coverage.reportName')}</Link>
          </h2>
          <p>{t('models.coverage.reportDescription')}</p>
        </li>
      </ul>
    </div>
  );
}
