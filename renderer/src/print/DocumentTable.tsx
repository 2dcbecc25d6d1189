import type { ReactNode } from 'react';
import { useDocumentT } from './useDocumentT';

export interface HeaderCell {
  label: ReactNode;
  colSpan?: number;
  rowSpan?: number;
}

export interface DocumentColumn {
  /** A class for the column's width (on <col>) and for its cells' alignment, from the caller's CSS. */
  className?: string;
  align?: 'left' | 'center' | 'right';
}

export interface DocumentRow {
  key: string;
  cells: ReactNode[];
}

/** A row across the whole table that heads the rows after it (a commune's part of a list). */
export interface DocumentHeadingRow {
  key: string;
  heading: ReactNode;
}

interface DocumentTableProps {
  columns: readonly DocumentColumn[];
  /** Header rows, top to bottom; cells may span (a group heading over its columns). */
  header: readonly (readonly HeaderCell[])[];
  rows: readonly (DocumentRow | DocumentHeadingRow)[];
  /** The closing "Tổng cộng" row: the label spans the first `labelSpan` columns, then `cells`. */
  total?: { labelSpan: number; cells: ReactNode[] };
  /** Names the table for assistive technology (the section heading's id). */
  labelledBy?: string;
}

const alignClass = (column: DocumentColumn | undefined) => `cell--${column?.align ?? 'left'}`;

/**
 * A table of an administrative document (DOMAIN.md §9): bold header, a row numbering the
 * columns (1), (2), (3)…, the body, and a closing "Tổng cộng" row. On paper the header and
 * the numbering repeat on every page and no row is split across pages (print.css).
 */
export function DocumentTable({ columns, header, rows, total, labelledBy }: DocumentTableProps) {
  const t = useDocumentT();
  return (
    <table className="document-table" aria-labelledby={labelledBy}>
      <colgroup>
        {columns.map((column, index) => (
          <col key={index} className={column.className} />
        ))}
      </colgroup>
      <thead>
        {header.map((cells, rowIndex) => (
          <tr key={rowIndex}>
            {cells.map((cell, index) => (
              <th key={index} scope="col" colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
                {cell.label}
              </th>
            ))}
          </tr>
        ))}
        <tr className="document-table__numbers">
          {columns.map((_, index) => (
            <td key={index}>({index + 1})</td>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) =>
          'heading' in row ? (
            <tr key={row.key} className="document-table__heading">
              <th scope="rowgroup" colSpan={columns.length}>
                {row.heading}
              </th>
            </tr>
          ) : (
            <tr key={row.key}>
              {row.cells.map((cell, index) => (
                <td key={index} className={alignClass(columns[index])}>
                  {cell}
                </td>
              ))}
            </tr>
          ),
        )}
        {total && (
          <tr className="document-table__total">
            <td colSpan={total.labelSpan} className="cell--center">
              {t('print.table.total')}
            </td>
            {total.cells.map((cell, index) => (
              <td key={index} className={alignClass(columns[total.labelSpan + index])}>
                {cell}
              </td>
            ))}
          </tr>
        )}
      </tbody>
    </table>
  );
}
