import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDate, toIsoDate } from '../../../../../shared/format/date';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { paths } from '../../../app/paths';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import '../../../ui/dialog.css';
import { DrillDownDialog } from './DrillDownDialog';
import { groupLetter, useReviewLabels } from './labels';
import { PeriodForm } from './PeriodForm';
import { periodFromSearch, quickPeriod, type Period } from './periods';
import { reviewQuery, type ReviewCell } from './queries';
import { ReviewActions } from './ReviewActions';
import { ReviewTable } from './ReviewTable';
import './review.css';

/**
 * Rà soát, biến động: the register over a period, per group and per commune. The period
 * lives in the address (?from=…&to=…), so back and forward and the print route agree.
 */
export function ReviewPage() {
  const { t } = useTranslation();
  const api = useApi();
  const labels = useReviewLabels();
  const [search, setSearch] = useSearchParams();
  const period: Period = periodFromSearch(search) ?? quickPeriod('thisYear', toIsoDate(new Date()));
  const report = useQuery(reviewQuery(api, period));
  const [open, setOpen] = useState<{ cell: ReviewCell; rowLabel: string } | null>(null);

  const apply = (next: Period) => setSearch({ from: next.from, to: next.to });
  const onOpen = (cell: ReviewCell, rowLabel: string) => setOpen({ cell, rowLabel });

  return (
    <div className="page review-page">
      <p className="review-back">
        <Link to={paths.reports}>{t('review.back')}</Link>
      </p>
      <h1>{t('review.title')}</h1>
      <PeriodForm period={period} onApply={apply} />

      <div className="review-bar">
        <p className="review-bar__period">
          {t('review.period.shown', { from: formatDate(period.from), to: formatDate(period.to) })}
        </p>
        <ReviewActions period={period} />
      </div>

      {report.isPending && <p role="status">{t('review.loading')}</p>}
      {report.isError && <ErrorAlert code={errorCode(report.error)} />}
      {report.isSuccess && (
        <>
          <section className="review-section" aria-labelledby="review-by-group">
            <h2 id="review-by-group">{t('review.byGroup')}</h2>
            <ReviewTable
              labelledBy="review-by-group"
              dimension="group"
              labelHeader={t('review.columns.group')}
              rows={report.data.byGroup.map((row) => ({ key: row.key, number: groupLetter(row.key), label: labels.groupName(row), counts: row.counts }))}
              total={report.data.total}
              onOpen={onOpen}
            />
            <p className="review-note">{t('review.totalNote')}</p>
          </section>
          <section className="review-section" aria-labelledby="review-by-unit">
            <h2 id="review-by-unit">{t('review.byUnit')}</h2>
            {report.data.byUnit.length === 0 ? (
              <p>{t('review.noUnits')}</p>
            ) : (
              <ReviewTable
                labelledBy="review-by-unit"
                dimension="unit"
                labelHeader={t('review.columns.unit')}
                rows={report.data.byUnit.map((row, index) => ({ key: row.key, number: String(index + 1), label: row.label, counts: row.counts }))}
                total={report.data.total}
                onOpen={onOpen}
              />
            )}
          </section>
          <details className="review-rules">
            <summary>{t('review.rules.summary')}</summary>
            <ul>
              <li>{t('review.rules.start')}</li>
              <li>{t('review.rules.increases')}</li>
              <li>{t('review.rules.end')}</li>
              <li>{t('review.rules.units')}</li>
            </ul>
          </details>
        </>
      )}

      {open && <DrillDownDialog period={period} cell={open.cell} rowLabel={open.rowLabel} onClose={() => setOpen(null)} />}
    </div>
  );
}
