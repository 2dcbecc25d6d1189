import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '../../../../../shared/format';
import type { RecipientRow } from '../../../../../shared/gifts';
import { childPath } from '../../children/paths';
import { groupLetter } from '../../children/useCodeLabels';
import type { CodeLabels } from '../../children/useCodeLabels';
import { useGiftLabels } from '../labels';

export const recipientRowHeight = 52;
/** Up to this many rows the table is rendered whole (the page's own search finds any name). */
export const virtualFrom = 150;

export type RecipientAction = 'remove' | 'restore' | 'gift';

interface RecipientTableProps {
  rows: readonly RecipientRow[];
  labels: CodeLabels;
  busy: boolean;
  onAction: (action: RecipientAction, row: RecipientRow) => void;
}

/**
 * The list as a real table (so screen readers announce its columns), with rows outside the
 * scroll box left out when the list is long: spacer rows keep the scroll height right.
 */
export function RecipientTable({ rows, labels, busy, onAction }: RecipientTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = rows.length > virtualFrom;
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => recipientRowHeight,
    overscan: 12,
  });
  const items = virtual
    ? virtualizer.getVirtualItems().map((item) => ({ index: item.index, start: item.start, end: item.end }))
    : rows.map((_, index) => ({ index, start: index * recipientRowHeight, end: (index + 1) * recipientRowHeight }));
  const padTop = virtual ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtual ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  return (
    <div ref={scrollRef} className={virtual ? 'gift-table-scroll gift-table-virtual' : 'gift-table-scroll'}>
      <table className="data-table gift-recipient-table" aria-rowcount={rows.length + 1} aria-busy={busy || undefined}>
        <caption className="visually-hidden">{t('gifts.recipients.title')}</caption>
        <colgroup>
          <col className="col-number" />
          <col className="col-name" />
          <col className="col-date" />
          <col className="col-unit" />
          <col className="col-group" />
          <col className="col-gift" />
          <col className="col-proxy" />
          <col className="col-note" />
          <col className="col-actions" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="number">
              {t('gifts.table.number')}
            </th>
            <th scope="col">{t('gifts.table.name')}</th>
            <th scope="col">{t('gifts.table.birthDate')}</th>
            <th scope="col">{t('gifts.fields.unit')}</th>
            <th scope="col">{t('gifts.table.group')}</th>
            <th scope="col" className="number">
              {t('gifts.table.gift')}
            </th>
            <th scope="col">{t('gifts.table.proxy')}</th>
            <th scope="col">{t('gifts.table.note')}</th>
            <th scope="col">{t('gifts.table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true" className="gift-spacer">
              <td colSpan={9} style={{ height: padTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            return row ? <Row key={row.id} row={row} index={item.index} labels={labels} onAction={onAction} /> : null;
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" className="gift-spacer">
              <td colSpan={9} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: RecipientRow;
  index: number;
  labels: CodeLabels;
  onAction: (action: RecipientAction, row: RecipientRow) => void;
}

const Row = memo(function Row({ row, index, labels, onAction }: RowProps) {
  const { t } = useTranslation();
  const giftLabels = useGiftLabels();
  const group = row.groupCode ? (
    <abbr title={labels.groupLabel(row.groupCode)}>{groupLetter(row.groupCode)}</abbr>
  ) : row.atRiskCode ? (
    <abbr title={labels.circumstanceName(row.atRiskCode)}>{t('gifts.table.atRisk')}</abbr>
  ) : null;
  const note = !row.included
    ? t('gifts.table.removedBecause', { reason: row.removeReason ?? '' })
    : row.status !== 'pending'
      ? giftLabels.deliveryStatus(row.status)
      : row.origin === 'manual'
        ? t('gifts.table.addedByHand')
        : '';

  return (
    <tr aria-rowindex={index + 2} className={row.included ? undefined : 'gift-row-removed'} style={{ height: recipientRowHeight }}>
      <td className="number">{index + 1}</td>
      <th scope="row" className="gift-cell-name">
        <Link to={childPath(row.childId)} title={row.fullName}>
          {row.fullName}
        </Link>
      </th>
      <td className="nowrap">{formatDate(row.birthDate)}</td>
      <td title={row.unitName}>{row.unitName}</td>
      <td>{group}</td>
      <td className="number nowrap">
        {formatMoney(row.amount)}
        <span className="gift-amount-source">{giftLabels.amountSource(row.amountSource)}</span>
      </td>
      <td title={row.proxyName ?? undefined}>{row.proxyName ?? ''}</td>
      <td className="gift-cell-note" title={note || undefined}>
        {note}
      </td>
      <td>
        <div className="gift-cell-actions">
        {row.included ? (
          <>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-label={t('gifts.table.editGiftFor', { name: row.fullName })}
              onClick={() => onAction('gift', row)}
            >
              {t('gifts.table.editGift')}
            </button>
            {row.status === 'pending' && (
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={t('gifts.table.removeFor', { name: row.fullName })}
                onClick={() => onAction('remove', row)}
              >
                {t('gifts.table.remove')}
              </button>
            )}
          </>
        ) : (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={t('gifts.table.restoreFor', { name: row.fullName })}
            onClick={() => onAction('restore', row)}
          >
            {t('gifts.table.restore')}
          </button>
        )}
        </div>
      </td>
    </tr>
  );
});
