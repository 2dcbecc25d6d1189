import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../../shared/format/date';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useExchangeLabels } from '../labels';
import { packageImportPath } from '../paths';
import { formatCount } from './figures';
import { sourcesQuery } from './queries';
import './province.css';

/** Các đơn vị (/exchange/offices): every office the province holds data from, with its newest package. */
export function SourceOfficesPage() {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const sources = useQuery(sourcesQuery(useApi()));
  const offices = sources.data ? [...sources.data].sort((a, b) => a.office.code.localeCompare(b.office.code, 'vi')) : [];

  return (
    <section className="province-list">
      <h2 id="province-offices-title">{t('exchangeProvince.offices.title')}</h2>
      {sources.isPending && <p role="status">{t('exchangeProvince.loading')}</p>}
      {sources.isError && <ErrorAlert code={errorCode(sources.error)} />}
      {sources.isSuccess && offices.length === 0 && (
        <p>
          {t('exchangeProvince.offices.empty')} <Link to={packageImportPath}>{t('exchangeProvince.offices.importLink')}</Link>
        </p>
      )}
      {offices.length > 0 && (
        <>
          <p className="province-hint">{t('exchangeProvince.offices.note', { count: offices.length })}</p>
          <div className="province-scroll" role="region" aria-labelledby="province-offices-title" tabIndex={0}>
            <table className="province-table" aria-labelledby="province-offices-title">
              <thead>
                <tr>
                  <th scope="col">{t('exchangeProvince.columns.code')}</th>
                  <th scope="col">{t('exchangeProvince.columns.name')}</th>
                  <th scope="col">{t('exchangeProvince.columns.sequence')}</th>
                  <th scope="col">{t('exchangeProvince.columns.period')}</th>
                  <th scope="col">{t('exchangeProvince.columns.createdAt')}</th>
                  <th scope="col">{t('exchangeProvince.columns.importedAt')}</th>
                  <th scope="col">{t('exchangeProvince.columns.children')}</th>
                </tr>
              </thead>
              <tbody>
                {offices.map((source) => (
                  <tr key={source.office.id}>
                    <td className="province-text">{source.office.code}</td>
                    <th scope="row">{source.office.name}</th>
                    <td>{source.sequence}</td>
                    <td className="province-text">{labels.period(source.period)}</td>
                    <td className="province-text">{formatDateTime(source.createdAt)}</td>
                    <td className="province-text">{formatDateTime(source.importedAt)}</td>
                    <td>{formatCount(source.children)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
