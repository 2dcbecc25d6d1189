import { measureElement, useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecipientRow } from '../../../../../shared/gifts';
import { formatDate, formatMoney } from '../../../../../shared/format';
import { useGiftVisitLabels } from './labels';

/** A row with its address on two lines, as on a laptop's screen; each row is measured once drawn. */
export const deliveryRowHeight = 56;
/** Up to this many rows the table is drawn whole (the browser's own find sees every name). */
export const virtualFrom = 150;

interface DeliveryTableProps {
  caption: string;
  rows: readonly RecipientRow[];
  selected: ReadonlySet<string>;
  onSelect: (next: ReadonlySet<string>) => void;
  /** What stays stuck to the bottom of the window over the rows: the recording bar. */
  footerRef: RefObject<HTMLElement | null>;
}

export const addressOf = (row: Pick<RecipientRow, 'addressLine' | 'village' | 'unitName'>): string =>
  [row.addressLine, row.village, row.unitName].filter((part) => part !== null && part !== '').join(', ');

/** Where the rows start in the page, and what covers them at the top and bottom of the window. */
interface Layout {
  start: number;
  head: number;
  foot: number;
}

const gap = 8;

/**
 * The children on the list with what happened at the visit; rows are picked with a checkbox.
 * The table scrolls with the page (the header stuck at the top of the window, the recording bar
 * at the bottom), and on a long list only the rows near the window are drawn: spacer rows keep
 * the page's height. Arrow keys, Page Up/Down, Home and End move between the rows' checkboxes.
 */
export function DeliveryTable({ caption, rows, selected, onSelect, footerRef }: DeliveryTableProps) {
  const { t } = useTranslation();
  const allRef = useRef<HTMLInputElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const chosen = rows.filter((row) => selected.has(row.id)).length;
  const all = chosen === rows.length;
  const virtual = rows.length > virtualFrom;

  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = chosen > 0 && !all;
  }, [chosen, all]);

  // Measured after every render: what is above the table (counts, notices) can change its place.
  const [layout, setLayout] = useState<Layout>({ start: 0, head: 0, foot: 0 });
  useLayoutEffect(() => {
    const next = {
      start: Math.round((bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY),
      head: Math.round(headRef.current?.getBoundingClientRect().height ?? 0),
      foot: Math.round(footerRef.current?.getBoundingClientRect().height ?? 0),
    };
    setLayout((last) => (last.start === next.start && last.head === next.head && last.foot === next.foot ? last : next));
  });

  const keyOf = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  const virtualizer = useWindowVirtualizer({
    count: virtual ? rows.length : 0,
    estimateSize: () => deliveryRowHeight,
    // A row not laid out (no layout engine, or not yet drawn) counts as one line.
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || deliveryRowHeight,
    getItemKey: keyOf,
    overscan: 10,
    scrollMargin: layout.start,
    scrollPaddingStart: layout.head + gap,
    scrollPaddingEnd: layout.foot + gap,
  });
  const drawn = virtual ? virtualizer.getVirtualItems() : [];
  const items = virtual ? drawn : rows.map((_, index) => ({ index }));
  const first = drawn[0];
  const last = drawn.at(-1);
  const padTop = first ? first.start - layout.start : 0;
  const padBottom = last ? virtualizer.getTotalSize() - (last.end - layout.start) : 0;

  // Stable, so that ticking one box re-renders one row, not a commune's hundreds.
  const latest = useRef({ selected, onSelect });
  latest.current = { selected, onSelect };
  const toggle = useCallback((id: string, checked: boolean) => {
    const next = new Set(latest.current.selected);
    if (checked) next.add(id);
    else next.delete(id);
    latest.current.onSelect(next);
  }, []);
  // Every child the filters match, drawn or not.
  const toggleAll = (checked: boolean) => {
    const next = new Set(selected);
    for (const row of rows) {
      if (checked) next.add(row.id);
      else next.delete(row.id);
    }
    onSelect(next);
  };

  const checkboxAt = (index: number) => bodyRef.current?.querySelector<HTMLInputElement>(`tr[data-index="${index}"] input[type="checkbox"]`);

  // A row reached from the keyboard may be off the drawn part: it is focused once drawn.
  const wanted = useRef<number | null>(null);
  useEffect(() => {
    if (wanted.current === null) return;
    const box = checkboxAt(wanted.current);
    if (box) {
      wanted.current = null;
      box.focus();
    }
  });

  const moveTo = (index: number) => {
    const target = Math.min(Math.max(index, 0), rows.length - 1);
    const box = checkboxAt(target);
    if (box) {
      box.focus();
      return;
    }
    wanted.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const from = event.target instanceof HTMLInputElement ? event.target.closest('tr')?.dataset.index : undefined;
    if (from === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const index = Number(from);
    const page = Math.max(1, Math.floor((window.innerHeight - layout.head - layout.foot) / deliveryRowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  // The browser scrolls a focused box into the window, not out from under the stuck header or
  // bar. Only for the keyboard: a click moves no row under the pointer.
  const reveal = (target: EventTarget) => {
    const row = target instanceof HTMLElement && target.matches(':focus-visible') ? target.closest('tr') : null;
    if (!row) return;
    requestAnimationFrame(() => {
      const box = row.getBoundingClientRect();
      // The header's cells are what sticks, not the header itself.
      const top = headRef.current?.querySelector('th')?.getBoundingClientRect().bottom ?? 0;
      const bottom = footerRef.current?.getBoundingClientRect().top ?? window.innerHeight;
      if (box.bottom > bottom) window.scrollBy(0, box.bottom - bottom + gap);
      else if (box.top < top) window.scrollBy(0, box.top - top - gap);
    });
  };

  return (
    <div className="gift-table-box gift-delivery-box" role="region" aria-label={caption}>
      {/* Fixed columns on a long list: widths taken from the rows drawn would shift as it scrolls. */}
      <table className={virtual ? 'data-table gift-delivery-table gift-delivery-fixed' : 'data-table gift-delivery-table'} aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          <col className="gift-delivery-col-check" />
          <col className="gift-delivery-col-number" />
          <col className="gift-delivery-col-name" />
          <col className="gift-delivery-col-date" />
          <col />
          <col className="gift-delivery-col-amount" />
          <col className="gift-delivery-col-status" />
          <col className="gift-delivery-col-date" />
          <col className="gift-delivery-col-by" />
        </colgroup>
        <thead ref={headRef}>
          <tr aria-rowindex={1}>
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
        <tbody ref={bodyRef} onKeyDown={onKeyDown} onFocus={(event) => reveal(event.target)}>
          {padTop > 0 && (
            <tr aria-hidden="true" className="gift-delivery-spacer">
              <td colSpan={9} style={{ height: padTop }} />
            </tr>
          )}
          {items.map(({ index }) => {
            const row = rows[index];
            return row ? (
              <DeliveryRow
                key={row.id}
                row={row}
                index={index}
                checked={selected.has(row.id)}
                onToggle={toggle}
                measure={virtual ? virtualizer.measureElement : undefined}
              />
            ) : null;
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" className="gift-delivery-spacer">
              <td colSpan={9} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

interface DeliveryRowProps {
  row: RecipientRow;
  index: number;
  checked: boolean;
  onToggle: (id: string, checked: boolean) => void;
  measure: ((element: HTMLTableRowElement | null) => void) | undefined;
}

const DeliveryRow = memo(function DeliveryRow({ row, index, checked, onToggle, measure }: DeliveryRowProps) {
  const { t } = useTranslation();
  const labels = useGiftVisitLabels();
  return (
    <tr ref={measure} data-index={index} aria-rowindex={index + 2} className={checked ? 'gift-row-selected' : undefined}>
      <td className="gift-col-check">
        <input
          type="checkbox"
          aria-label={t('giftVisit.delivery.selectRow', { name: row.fullName })}
          checked={checked}
          onChange={(event) => onToggle(row.id, event.target.checked)}
        />
      </td>
      <td className="gift-number">{index + 1}</td>
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
