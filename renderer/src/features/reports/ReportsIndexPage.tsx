import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
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
      </ul>
    </div>
  );
}
