import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ChildListRow } from '../../../../../shared/register';
import { ageOn, formatDate } from '../../../../../shared/format';
import { childPath } from '../paths';
import { groupLetters } from '../useCodeLabels';

export const rowHeight = 40;

interface ChildTableProps {
  total: number;
  rowAt: (index: number) => ChildListRow | undefined;
  today: string;
  onRangeChange: (first: number, last: number) => void;
  /** Changes when the query changes: the table goes back to the top. */
  queryKey: string;
  busy: boolean;
}

/**
 * The register as a virtualised grid: only the rows on screen exist in the page. One row
 * takes Tab; arrow keys, Page Up/Down, Home and End move between rows, Enter opens one.
 */
export function ChildTable({ total, rowAt, today, onRangeChange, queryKey, busy }: ChildTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusWanted = useRef(false);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => onRangeChange(first, last), [first, last, onRangeChange]);

  useEffect(() => {
    virtualizer.scrollToOffset(0);
    setActive(0);
    // Only a new query resets the position (virtualizer is a new object on every render).
  }, [queryKey]);

  // Move focus to the active row once it is rendered (after a scroll, it may take a frame).
  useEffect(() => {
    if (!focusWanted.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    if (row) {
      row.focus();
      focusWanted.current = false;
    }
  });

  const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);

  const moveTo = (index: number) => {
    const next = Math.min(Math.max(index, 0), total - 1);
    focusWanted.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, row: ChildListRow | undefined) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + pageRows,
      PageUp: index - pageRows,
      Home: 0,
      End: total - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' && row) {
      event.preventDefault();
      void navigate(childPath(row.id));
    }
  };

  const onRowClick = (event: MouseEvent<HTMLDivElement>, row: ChildListRow | undefined) => {
    // The name is a link of its own; a click on it navigates already.
    if (!row || (event.target instanceof Element && event.target.closest('a'))) return;
    void navigate(childPath(row.id));
  };

  const tabStop = items.some((item) => item.index === active) ? active : first;

  return (
    <div
      className="child-table"
      role="grid"
      aria-label={t('children.table.label')}
      aria-rowcount={total + 1}
      aria-busy={busy || undefined}
    >
      <div role="rowgroup" className="child-table-head">
        <div role="row" aria-rowindex={1} className="child-row">
          <span role="columnheader">{t('children.table.number')}</span>
          <span role="columnheader">{t('children.table.name')}</span>
          <span role="columnheader">{t('children.table.birthDate')}</span>
          <span role="columnheader">{t('children.table.age')}</span>
          <span role="columnheader">{t('children.table.sex')}</span>
          <span role="columnheader">{t('children.table.unit')}</span>
          <span role="columnheader">{t('children.table.groups')}</span>
          <span role="columnheader">{t('children.table.status')}</span>
          <span role="columnheader">{t('children.table.flag')}</span>
        </div>
      </div>
      <div ref={scrollRef} className="child-table-scroll">
        <div role="rowgroup" className="child-table-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                tabIndex={item.index === tabStop ? 0 : -1}
                className="child-row child-table-row"
                style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
                onFocus={() => setActive(item.index)}
                onKeyDown={(event) => onRowKeyDown(event, item.index, row)}
                onClick={(event) => onRowClick(event, row)}
              >
                <span role="gridcell" className="cell-number">
                  {item.index + 1}
                </span>
                {row ? <RowCells row={row} today={today} /> : <LoadingCells />}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

// A row's cells change only when its data does, not on every scroll frame.
const RowCells = memo(function RowCells({ row, today }: { row: ChildListRow; today: string }) {
  const { t } = useTranslation();
  const age = ageOn(row.birthDate, today);
  const flag = row.status !== 'left' && row.sixteenOn ? (row.sixteenOn <= today ? 'turned' : 'soon') : null;
  const sex = t(`codes.sex.${row.sex}`); // i18n-dynamic: codes.sex.
  const status = t(`codes.status.${row.status}`); // i18n-dynamic: codes.status.
  const circumstances = [groupLetters(row.groupCodes), row.atRiskCodes.length > 0 ? t('children.table.atRisk') : '']
    .filter(Boolean)
    .join('; ');
  return (
    <>
      <span role="gridcell" className="cell-name">
        <Link to={childPath(row.id)} tabIndex={-1}>
          {row.fullName}
        </Link>
      </span>
      <span role="gridcell">{formatDate(row.birthDate)}</span>
      <span role="gridcell">{age ?? ''}</span>
      <span role="gridcell">{sex}</span>
      <span role="gridcell" className="cell-unit">
        {row.unitName}
      </span>
      <span role="gridcell">{circumstances}</span>
      <span role="gridcell">
        <span className={`status-badge status-${row.status}`}>{status}</span>
      </span>
      <span role="gridcell">
        {flag && (
          <span className={`flag-16 flag-16-${flag}`}>
            {flag === 'turned' ? t('children.flag.turned16') : t('children.flag.turning16')}
          </span>
        )}
      </span>
    </>
  );
});

function LoadingCells() {
  const { t } = useTranslation();
  return (
    <span role="gridcell" className="cell-loading" aria-colspan={8}>
      {t('children.table.loadingRow')}
    </span>
  );
}
