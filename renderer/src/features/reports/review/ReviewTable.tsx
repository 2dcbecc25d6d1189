import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { membershipEndReasons } from '../../../../../shared/codes/register';
import type { ReviewCounts, ReviewMeasure } from '../../../../../shared/register';
import { useReviewLabels } from './labels';
import type { ReviewCell, ReviewDimension } from './queries';

export interface ReviewTableRow {
  key: string;
  /** The law's letter of a group, or the row's number; may be empty. */
  number: string;
  label: string;
  counts: ReviewCounts;
}

interface ReviewTableProps {
  /** The id of the section heading that names the table. */
  labelledBy: string;
  dimension: Exclude<ReviewDimension, 'total'>;
  labelHeader: string;
  rows: readonly ReviewTableRow[];
  total: ReviewCounts;
  onOpen: (cell: ReviewCell, rowLabel: string) => void;
}

const measures: readonly ReviewMeasure[] = ['start', 'increases', 'decreases', 'end'];

/** One table of the review report; every non-zero count opens the list of children behind it. */
export function ReviewTable({ labelledBy, dimension, labelHeader, rows, total, onOpen }: ReviewTableProps) {
  const { t } = useTranslation();
  const labels = useReviewLabels();

  const count = (cell: ReviewCell, value: number, rowLabel: string) =>
    value === 0 ? (
      <span className="review-zero">0</span>
    ) : (
      <button
        type="button"
        className="review-count"
        aria-label={t('review.cellButton', { measure: labels.measure(cell.measure), row: rowLabel, count: value })}
        onClick={() => onOpen(cell, rowLabel)}
      >
        {value.toLocaleString('vi-VN')}
      </button>
    );

  const cells = (dim: ReviewDimension, key: string, counts: ReviewCounts, rowLabel: string) => {
    const byMeasure = Object.fromEntries(
      measures.map((measure) => [measure, count({ dimension: dim, key, measure }, counts[measure], rowLabel)]),
    ) as Record<ReviewMeasure, ReactNode>;
    return (
      <>
        <td>{byMeasure.start}</td>
        <td>{byMeasure.increases}</td>
        <td className="review-decrease-total">{byMeasure.decreases}</td>
        {membershipEndReasons.map((reason) => (
          <td key={reason} className="review-reason">
            {counts.decreasesByReason[reason].toLocaleString('vi-VN')}
          </td>
        ))}
        <td>{byMeasure.end}</td>
      </>
    );
  };

  return (
    <div className="review-table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="review-table" aria-labelledby={labelledBy}>
        <colgroup>
          <col className="review-col-number" />
          <col className="review-col-label" />
          <col className="review-col-count" />
          <col className="review-col-count" />
          <col className="review-col-count" />
          {membershipEndReasons.map((reason) => (
            <col key={reason} className="review-col-reason" />
          ))}
          <col className="review-col-count" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} colSpan={2}>
              {labelHeader}
            </th>
            <th scope="col" rowSpan={2}>
              {t('review.columns.start')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('review.columns.increases')}
            </th>
            <th scope="colgroup" colSpan={1 + membershipEndReasons.length}>
              {t('review.columns.decreases')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('review.columns.end')}
            </th>
          </tr>
          <tr>
            <th scope="col">{t('review.columns.decreasesTotal')}</th>
            {membershipEndReasons.map((reason) => (
              <th scope="col" key={reason}>
                {labels.reason(reason)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td className="review-number">{row.number}</td>
              <th scope="row">{row.label}</th>
              {cells(dimension, row.key, row.counts, row.label)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="review-total">
            <th scope="row" colSpan={2}>
              {t('review.total')}
            </th>
            {cells('total', 'total', total, t('review.total'))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
