import { useTranslation } from 'react-i18next';
import type { TransparencyReport } from '../../../../../shared/fund';
import { formatAmount } from '../../../../../shared/format/money';
import { useFundLabels } from '../labels';

/** The list the office publishes: who gave what, in public words, and what the fund did with it. */
export function TransparencyView({ report }: { report: TransparencyReport }) {
  const { t } = useTranslation();
  const labels = useFundLabels();

  return (
    <section className="fund-report">
      <h3 id="fund-transparency-title">{t('fund.reports.transparency.name')}</h3>
      <p className="fund-report-unit">{t('fund.reports.transparency.note')}</p>

      <h4 id="fund-transparency-donors">{t('fund.reports.transparency.donors')}</h4>
      {report.donors.length === 0 && <p>{t('fund.reports.transparency.noDonors')}</p>}
      <div className="fund-report-scroll">
        <table className="fund-report-table fund-transparency-table" aria-labelledby="fund-transparency-donors">
          <thead>
            <tr>
              <th scope="col">{t('fund.reports.columns.number')}</th>
              <th scope="col">{t('fund.reports.columns.donor')}</th>
              <th scope="col">{t('fund.reports.columns.address')}</th>
              <th scope="col">{t('fund.reports.columns.cash')}</th>
              <th scope="col">{t('fund.reports.columns.goods')}</th>
              <th scope="col">{t('fund.reports.columns.total')}</th>
              <th scope="col">{t('fund.reports.columns.purposes')}</th>
            </tr>
          </thead>
          <tbody>
            {report.donors.map((donor) => (
              <tr key={donor.number}>
                <td className="fund-report-number">{donor.number}</td>
                <th scope="row">{donor.name}</th>
                <td className="fund-report-text">{donor.address ?? ''}</td>
                <td>{formatAmount(donor.cash)}</td>
                <td>{formatAmount(donor.goods)}</td>
                <td className="fund-report-sum">{formatAmount(donor.total)}</td>
                <td className="fund-report-text">{donor.purposes}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="fund-report-total">
              <th scope="row" colSpan={3}>
                {t('fund.reports.total')}
              </th>
              <td>{formatAmount(report.donorsTotal.cash)}</td>
              <td>{formatAmount(report.donorsTotal.goods)}</td>
              <td>{formatAmount(report.donorsTotal.total)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="fund-report-words">{t('fund.reports.transparency.inWords', { words: report.totalInWords })}</p>

      <h4 id="fund-transparency-spending">{t('fund.reports.transparency.spending')}</h4>
      <div className="fund-report-scroll">
        <table className="fund-report-table fund-spending-table" aria-labelledby="fund-transparency-spending">
          <thead>
            <tr>
              <th scope="col">{t('fund.reports.columns.purpose')}</th>
              <th scope="col">{t('fund.reports.columns.children')}</th>
              <th scope="col">{t('fund.reports.columns.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {report.spending.map((row) => (
              <tr key={row.purpose}>
                <th scope="row">{labels.purpose(row.purpose)}</th>
                <td>{formatAmount(row.children)}</td>
                <td>{formatAmount(row.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="fund-report-total">
              <th scope="row">{t('fund.reports.total')}</th>
              <td>{formatAmount(report.spendingTotal.children)}</td>
              <td>{formatAmount(report.spendingTotal.amount)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
