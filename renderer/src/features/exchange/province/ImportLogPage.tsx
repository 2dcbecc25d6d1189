import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../../shared/format/date';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useExchangeLabels } from '../labels';
import { packageImportPath } from '../paths';
import { changeTotals, formatCount, officeLabel } from './figures';
import { importsQuery } from './queries';
import { ReceiptButton } from './ReceiptButton';
import './province.css';

/** Nhật ký nhập (/exchange/imports): every package imported, newest first, each with its receipt. */
export function ImportLogPage() {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const imports = useQuery(importsQuery(useApi()));
  // ISO timestamps sort as text; the id (UUIDv7) breaks ties within one batch.
  const rows = imports.data
    ? [...imports.data].sort((a, b) => b.importedAt.localeCompare(a.importedAt) || b.id.localeCompare(a.id))
    : [];

  return (
    <section className="province-list">
      <h2 id="province-imports-title">{t('exchangeProvince.imports.title')}</h2>
      {imports.isPending && <p role="status">{t('exchangeProvince.loading')}</p>}
      {imports.isError && <ErrorAlert code={errorCode(imports.error)} />}
      {imports.isSuccess && rows.length === 0 && (
        <p>
          {t('exchangeProvince.imports.empty')} <Link to={packageImportPath}>{t('exchangeProvince.offices.importLink')}</Link>
        </p>
      )}
      {rows.length > 0 && (
        <div className="province-scroll" role="region" aria-labelledby="province-imports-title" tabIndex={0}>
          <table className="province-table" aria-labelledby="province-imports-title">
            <thead>
              <tr>
                <th scope="col">{t('exchangeProvince.columns.importedAt')}</th>
                <th scope="col">{t('exchangeProvince.columns.office')}</th>
                <th scope="col">{t('exchangeProvince.columns.sequence')}</th>
                <th scope="col">{t('exchangeProvince.columns.period')}</th>
                <th scope="col">{t('exchangeProvince.columns.file')}</th>
                <th scope="col">{t('exchangeProvince.columns.note')}</th>
                <th scope="col">{t('exchangeProvince.changes.new')}</th>
                <th scope="col">{t('exchangeProvince.changes.changed')}</th>
                <th scope="col">{t('exchangeProvince.changes.gone')}</th>
                <th scope="col">{t('exchangeProvince.columns.receipt')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const totals = changeTotals(row.tables);
                return (
                  <tr key={row.id}>
                    <td className="province-text">{formatDateTime(row.importedAt)}</td>
                    <th scope="row">{officeLabel(row.office)}</th>
                    <td>{row.sequence}</td>
                    <td className="province-text">{labels.period(row.period)}</td>
                    <td className="province-text province-file-name">{row.fileName}</td>
                    <td className="province-text">{row.forced ? t('exchangeProvince.imports.forced') : ''}</td>
                    <td>{formatCount(totals.new)}</td>
                    <td>{formatCount(totals.changed)}</td>
                    <td>{formatCount(totals.gone)}</td>
                    <td className="province-text">
                      <ReceiptButton row={row} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
