import { useTranslation } from 'react-i18next';
import { spendingPurposes } from '../../../../../shared/codes/fund';
import type { ChildTimesCell, ChildTimesReport } from '../../../../../shared/fund';
import { formatAmount } from '../../../../../shared/format/money';
import { useFundLabels } from '../labels';

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

/**
 * Lượt trẻ and đồng of one purpose. Either may be below zero: a case undone in a later period
 * takes its lượt and its payment back there.
 */
function PairCells({ cell, className }: { cell: ChildTimesCell; className?: string }) {
  return (
    <>
      <td className={classes('fund-times-count', className, cell.children < 0 && 'fund-negative')}>{formatAmount(cell.children)}</td>
      <td className={classes(className, cell.amount < 0 && 'fund-negative')}>{formatAmount(cell.amount)}</td>
    </>
  );
}

/** Lượt trẻ and the fund's money per commune: a pair of columns per purpose, then their sum. */
export function ChildTimesView({ report }: { report: ChildTimesReport }) {
  const { t } = useTranslation();
  const labels = useFundLabels();

  return (
    <section className="fund-report">
      <h3 id="fund-times-title">{t('fund.reports.childTimes.name')}</h3>
      <p className="fund-report-unit">{t('fund.reports.childTimes.note')}</p>
      {report.rows.length === 0 && <p>{t('fund.reports.childTimes.empty')}</p>}
      <div className="fund-report-scroll" role="region" aria-labelledby="fund-times-title" tabIndex={0}>
        <table className="fund-report-table fund-times-table" aria-labelledby="fund-times-title">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('fund.reports.columns.unit')}
              </th>
              {spendingPurposes.map((purpose) => (
                <th key={purpose} scope="colgroup" colSpan={2}>
                  {labels.purpose(purpose)}
                </th>
              ))}
              <th scope="colgroup" colSpan={2}>
                {t('fund.reports.columns.total')}
              </th>
            </tr>
            <tr>
              {[...spendingPurposes, 'total'].map((key) => (
                <PairHeaders key={key} />
              ))}
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.unitId}>
                <th scope="row">{row.unitName}</th>
                {spendingPurposes.map((purpose) => (
                  <PairCells key={purpose} cell={row.cells[purpose]} />
                ))}
                <PairCells cell={row.total} className="fund-report-sum" />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="fund-report-total">
              <th scope="row">{t('fund.reports.total')}</th>
              {spendingPurposes.map((purpose) => (
                <PairCells key={purpose} cell={report.totals[purpose]} />
              ))}
              <PairCells cell={report.total} className="fund-report-sum" />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="fund-report-unit fund-report-after">{t('fund.reports.childTimes.giftsNote')}</p>
      <p className="fund-report-unit">{t('fund.reports.childTimes.reversedNote')}</p>
    </section>
  );
}

function PairHeaders() {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col">{t('fund.reports.columns.children')}</th>
      <th scope="col">{t('fund.reports.columns.amount')}</th>
    </>
  );
}
