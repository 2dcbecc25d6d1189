import { memo, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecipientRow } from '../../../../../shared/gifts';
import { formatDate, formatMoney } from '../../../../../shared/format';
import { useGiftVisitLabels } from './labels';

interface DeliveryTableProps {
  caption: string;
  rows: readonly RecipientRow[];
  selected: ReadonlySet<string>;
  onSelect: (next: ReadonlySet<string>) => void;
}

export const addressOf = (row: Pick<RecipientRow, 'addressLine' | 'village' | 'unitName'>): string =>
  [row.addressLine, row.village, row.unitName].filter((part) => part !== null && part !== '').join(', ');

/** The children on the list with what happened at the visit; rows are picked with a checkbox. */
export function DeliveryTable({ caption, rows, selected, onSelect }: DeliveryTableProps) {
  const { t } = useTranslation();
  const allRef = useRef<HTMLInputElement>(null);
  const chosen = rows.filter((row) => selected.has(row.id)).length;
  const all = chosen === rows.length;

  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = chosen > 0 && !all;
  }, [chosen, all]);

  // Stable, so that ticking one box re-renders one row, not a commune's hundreds.
  const latest = useRef({ selected, onSelect });
  latest.current = { selected, onSelect };
  const toggle = useCallback((id: string, checked: boolean) => {
    const next = new Set(latest.current.selected);
    if (checked) next.add(id);
    else next.delete(id);
    latest.current.onSelect(next);
  }, []);
  const toggleAll = (checked: boolean) => {
    const next = new Set(selected);
    for (const row of rows) {
      if (checked) next.add(row.id);
      else next.delete(row.id);
    }
    onSelect(next);
  };

  return (
    <div className="gift-table-box gift-delivery-box" role="region" aria-label={caption}>
      <table className="data-table gift-delivery-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="gift-col-check">
              <input
                ref={allRef}
                type="checkbox"
                aria-label={t('giftVisit.delivery.selectAll')}
                checked={rows.length > 0 && all}
                onChange={(event) => toggleAll(event.target.checked)}
              />
            </th>
            <th scope="col" className="gift-number">
              {t('giftVisit.delivery.columns.number')}
            </th>
            <th scope="col">{t('giftVisit.delivery.columns.name')}</th>
            <th scope="col">{t('giftVisit.delivery.columns.birthDate')}</th>
            <th scope="col">{t('giftVisit.delivery.columns.address')}</th>
            <th scope="col" className="gift-amount">
              {t('giftVisit.delivery.columns.amount')}
            </th>
            <th scope="col">{t('giftVisit.delivery.columns.status')}</th>
            <th scope="col">{t('giftVisit.delivery.columns.date')}</th>
            <th scope="col">{t('giftVisit.delivery.columns.receivedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <DeliveryRow key={row.id} row={row} number={index + 1} checked={selected.has(row.id)} onToggle={toggle} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface DeliveryRowProps {
  row: RecipientRow;
  number: number;
  checked: boolean;
  onToggle: (id: string, checked: boolean) => void;
}

const DeliveryRow = memo(function DeliveryRow({ row, number, checked, onToggle }: DeliveryRowProps) {
  const { t } = useTranslation();
  const labels = useGiftVisitLabels();
  return (
    <tr className={checked ? 'gift-row-selected' : undefined}>
      <td className="gift-col-check">
        <input
          type="checkbox"
          aria-label={t('giftVisit.delivery.selectRow', { name: row.fullName })}
          checked={checked}
          onChange={(event) => onToggle(row.id, event.target.checked)}
        />
      </td>
      <td className="gift-number">{number}</td>
      <th scope="row">{row.fullName}</th>
      <td>{formatDate(row.birthDate)}</td>
      <td>{addressOf(row)}</td>
      <td className="gift-amount">{formatMoney(row.amount)}</td>
      <td>
        <span className={`gift-status gift-status-${row.status}`}>{labels.status(row.status)}</span>
      </td>
      <td>{formatDate(row.deliveredOn)}</td>
      <td>
        {row.receivedBy ?? ''}
        {row.deliveryNote && <span className="gift-note">{row.deliveryNote}</span>}
      </td>
    </tr>
  );
});
