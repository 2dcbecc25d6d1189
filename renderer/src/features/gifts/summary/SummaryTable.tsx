import { useTranslation } from 'react-i18next';
import type { GiftTotals, SummaryLine } from '../../../../../shared/gifts';
import { formatMoney } from '../../../../../shared/format';

interface SummaryTableProps {
  id: string;
  title: string;
  labelHeader: string;
  lines: readonly SummaryLine[];
  total: GiftTotals;
  note?: string;
}

/** One table of the summary: planned and delivered, children and đồng, with the campaign's totals. */
export function SummaryTable({ id, title, labelHeader, lines, total, note }: SummaryTableProps) {
  const { t } = useTranslation();
  const cells = (totals: GiftTotals) => (
    <>
      <td>{totals.plannedChildren.toLocaleString('vi-VN')}</td>
      <td>{formatMoney(totals.plannedAmount)}</td>
      <td>{totals.deliveredChildren.toLocaleString('vi-VN')}</td>
      <td>{formatMoney(totals.deliveredAmount)}</td>
    </>
  );
  return (
    <section className="gift-summary-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <div className="gift-table-box" role="region" aria-labelledby={id} tabIndex={0}>
        <table className="data-table gift-summary-table" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {labelHeader}
              </th>
              <th scope="colgroup" colSpan={2}>
                {t('giftVisit.summary.columns.planned')}
              </th>
              <th scope="colgroup" colSpan={2}>
                {t('giftVisit.summary.columns.delivered')}
              </th>
            </tr>
            <tr>
              <th scope="col">{t('giftVisit.summary.columns.children')}</th>
              <th scope="col">{t('giftVisit.summary.columns.amount')}</th>
              <th scope="col">{t('giftVisit.summary.columns.children')}</th>
              <th scope="col">{t('giftVisit.summary.columns.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.key}>
                <th scope="row">{line.label}</th>
                {cells(line)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('giftVisit.summary.total')}</th>
              {cells(total)}
            </tr>
          </tfoot>
        </table>
      </div>
      {note && <p className="field-hint">{note}</p>}
    </section>
  );
}
