import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplyResult as Applied } from '../../../../../shared/exchange';
import { useExchangeLabels } from '../labels';
import { changeTotals, formatCount, officeLabel } from './figures';
import { ReceiptButton } from './ReceiptButton';

/** What the import took, package by package, each with its receipt to send back to the office; `focus` is set when it is new. */
export function ApplyResult({ result, focus }: { result: Applied; focus: RefObject<boolean> }) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const noticeRef = useRef<HTMLDivElement>(null);

  // Only when the import has just been done: not again each time the tab is opened.
  useEffect(() => {
    if (!focus.current) return;
    focus.current = false;
    noticeRef.current?.focus();
  }, [result, focus]);

  return (
    <section className="province-step province-applied" aria-labelledby="province-applied-title">
      <div className="notice-success" role="status" tabIndex={-1} ref={noticeRef}>
        <h2 id="province-applied-title">{t('exchangeProvince.applied.title')}</h2>
        <p>
          {result.imported.length === 0
            ? t('exchangeProvince.applied.nothing')
            : t('exchangeProvince.applied.done', { count: result.imported.length })}
        </p>
      </div>
      {result.imported.length > 0 && (
        <>
          <p className="province-hint">{t('exchangeProvince.applied.receiptHint')}</p>
          <div className="province-scroll">
            <table className="province-table" aria-labelledby="province-applied-title">
              <thead>
                <tr>
                  <th scope="col">{t('exchangeProvince.columns.office')}</th>
                  <th scope="col">{t('exchangeProvince.columns.sequence')}</th>
                  <th scope="col">{t('exchangeProvince.columns.period')}</th>
                  <th scope="col">{t('exchangeProvince.changes.new')}</th>
                  <th scope="col">{t('exchangeProvince.changes.changed')}</th>
                  <th scope="col">{t('exchangeProvince.changes.gone')}</th>
                  <th scope="col">{t('exchangeProvince.columns.receipt')}</th>
                </tr>
              </thead>
              <tbody>
                {result.imported.map((row) => {
                  const totals = changeTotals(row.tables);
                  return (
                    <tr key={row.id}>
                      <th scope="row">{officeLabel(row.office)}</th>
                      <td>{row.sequence}</td>
                      <td className="province-text">{labels.period(row.period)}</td>
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
        </>
      )}
    </section>
  );
}
