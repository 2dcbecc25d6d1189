import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SourceOffice } from '../../../../../shared/exchange';
import { formatDateTime } from '../../../../../shared/format/date';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useExchangeLabels } from '../labels';
import { packageImportPath } from '../paths';
import { formatCount, officeLabel } from './figures';
import { sourcesQuery, useRemoveSource } from './queries';
import './province.css';

/**
 * Các đơn vị (/exchange/offices): every office the province holds data from, with its newest
 * package, and "Bỏ số liệu" to take one out (a reinstalled app sending under a second id, a test office).
 */
export function SourceOfficesPage() {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const sources = useQuery(sourcesQuery(useApi()));
  const offices = sources.data ? [...sources.data].sort((a, b) => a.office.code.localeCompare(b.office.code, 'vi')) : [];
  const remove = useRemoveSource();
  const [asking, setAsking] = useState<SourceOffice | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  const confirm = (source: SourceOffice) => {
    setAsking(null);
    setRemoved(null);
    remove.mutate(source.office.id, {
      onSuccess: () => {
        setRemoved(officeLabel(source.office));
        // The row and its button are gone: the list's heading is the place to go on from.
        titleRef.current?.focus();
      },
    });
  };

  return (
    <section className="province-list">
      <h2 id="province-offices-title" ref={titleRef} tabIndex={-1}>
        {t('exchangeProvince.offices.title')}
      </h2>
      {sources.isPending && <p role="status">{t('exchangeProvince.loading')}</p>}
      {sources.isError && <ErrorAlert code={errorCode(sources.error)} />}
      <p role="status" className="province-actions__status">
        {remove.isPending && t('exchangeProvince.remove.working')}
        {removed && t('exchangeProvince.remove.done', { office: removed })}
      </p>
      {remove.isError && <ErrorAlert code={errorCode(remove.error)} lead={t('exchangeProvince.remove.failed')} />}
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
                  <th scope="col">
                    <span className="visually-hidden">{t('exchangeProvince.columns.actions')}</span>
                  </th>
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
                    <td className="province-text">
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-label={t('exchangeProvince.remove.buttonFor', { office: officeLabel(source.office) })}
                        aria-disabled={remove.isPending || undefined}
                        onClick={() => {
                          if (remove.isPending) return;
                          remove.reset();
                          setRemoved(null);
                          setAsking(source);
                        }}
                      >
                        {t('exchangeProvince.remove.button')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {asking && (
        <ConfirmDialog
          title={t('exchangeProvince.remove.title', { office: officeLabel(asking.office) })}
          text={t('exchangeProvince.remove.text', { office: officeLabel(asking.office), sequence: asking.sequence, children: formatCount(asking.children) })}
          cancelLabel={t('exchangeProvince.remove.cancel')}
          confirmLabel={t('exchangeProvince.remove.confirm')}
          onCancel={() => setAsking(null)}
          onConfirm={() => confirm(asking)}
        />
      )}
    </section>
  );
}
