import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../../shared/format/date';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useModalFocus } from '../../../ui/useModalFocus';
import { useReviewLabels } from './labels';
import type { Period } from './periods';
import { reviewChildrenQuery, type ReviewCell } from './queries';

interface DrillDownDialogProps {
  period: Period;
  cell: ReviewCell;
  rowLabel: string;
  onClose: () => void;
}

// A cell can hold most of the register: show it a page at a time.
const pageSize = 200;

/**
 * The children behind one number of the report, each a link to their record. Modal: focus
 * starts on the close button, stays inside, Escape closes, and focus goes back to the number.
 */
export function DrillDownDialog({ period, cell, rowLabel, onClose }: DrillDownDialogProps) {
  const { t } = useTranslation();
  const labels = useReviewLabels();
  const api = useApi();
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [shown, setShown] = useState(pageSize);
  const children = useQuery(reviewChildrenQuery(api, period, cell));

  const onKeyDown = useModalFocus(dialogRef, onClose, closeRef);

  const rows = children.data ?? [];
  const repeated = new Set(rows.map((row) => row.id)).size < rows.length;

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog review-drill"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-period`}
        onKeyDown={onKeyDown}
      >
        <div className="review-drill__head">
          <h2 id={`${id}-title`}>{t('review.drill.title', { measure: labels.measure(cell.measure), row: rowLabel })}</h2>
          <button ref={closeRef} type="button" className="button button-secondary" onClick={onClose}>
            {t('review.drill.close')}
          </button>
        </div>
        <p id={`${id}-period`} className="review-drill__period">
          {t('review.drill.period', { from: formatDate(period.from), to: formatDate(period.to) })}
        </p>
        {children.isPending && <p role="status">{t('review.drill.loading')}</p>}
        {children.isError && <ErrorAlert code={errorCode(children.error)} />}
        {children.isSuccess && (
          <>
            <p role="status">{t('review.drill.count', { count: rows.length })}</p>
            {repeated && <p className="review-drill__note">{t('review.drill.repeatNote')}</p>}
            {rows.length === 0 ? (
              <p>{t('review.drill.empty')}</p>
            ) : (
              <div className="review-drill__list" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
                <table className="review-drill__table">
                  <thead>
                    <tr>
                      <th scope="col">{t('review.drill.name')}</th>
                      <th scope="col">{t('review.drill.birthDate')}</th>
                      <th scope="col">{t('review.drill.unit')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.slice(0, shown).map((row, index) => (
                      <tr key={`${row.id}-${index}`}>
                        <th scope="row">
                          <Link to={`/children/${row.id}`}>{row.fullName}</Link>
                        </th>
                        <td>{formatDate(row.birthDate)}</td>
                        <td>{row.village ? `${row.village}, ${row.unitName}` : row.unitName}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {rows.length > shown && (
              <div className="review-drill__more">
                <span>{t('review.drill.shownOf', { shown, total: rows.length })}</span>
                <button type="button" className="button button-secondary button-small" onClick={() => setShown((n) => n + pageSize)}>
                  {t('review.drill.showMore')}
                </button>
              </div>
            )}
          </>
        )}
      </div>
    </div>
  );
}
