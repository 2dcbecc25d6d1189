import { useTranslation } from 'react-i18next';
import type { TableChanges } from '../../../../../shared/exchange';
import { useExchangeLabels } from '../labels';
import { changeTotals, formatCount, hasRows } from './figures';

/** Per table of a package: rows new, changed, unchanged and gone against what the province holds. Empty tables are left out. */
export function ChangesTable({ tables, label }: { tables: readonly TableChanges[]; label: string }) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const shown = tables.filter(hasRows);
  if (shown.length === 0) return <p className="province-hint">{t('exchangeProvince.changes.none')}</p>;
  const totals = changeTotals(shown);
  const counts = (figures: { new: number; changed: number; unchanged: number; gone: number }) =>
    [figures.new, figures.changed, figures.unchanged, figures.gone].map((count, index) => (
      <td key={index} className={index === 3 && count > 0 ? 'province-gone' : undefined}>
        {formatCount(count)}
      </td>
    ));
  return (
    <div className="province-scroll">
      <table className="province-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{t('exchangeProvince.changes.table')}</th>
            <th scope="col">{t('exchangeProvince.changes.new')}</th>
            <th scope="col">{t('exchangeProvince.changes.changed')}</th>
            <th scope="col">{t('exchangeProvince.changes.unchanged')}</th>
            <th scope="col">{t('exchangeProvince.changes.gone')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((table) => (
            <tr key={table.table}>
              <th scope="row">{labels.table(table.table)}</th>
              {counts(table)}
            </tr>
          ))}
          <tr className="province-total">
            <th scope="row">{t('exchangeProvince.changes.total')}</th>
            {counts(totals)}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
