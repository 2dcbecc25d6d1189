import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../../shared/format';
import type { FloodCostReport } from '../../../../../shared/models';

/** The cost report: per commune, the totals, and the total in words as the printed report has it. */
export function FloodCostReportView({ report }: { report: FloodCostReport }) {
  const { t } = useTranslation();
  const title = t('models.flood.report.title', { year: String(report.year) });
  return (
    <section aria-labelledby="flood-report">
      <h3 id="flood-report">{title}</h3>
      <table className="data-table models-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('models.flood.report.unit')}</th>
            <th scope="col" className="number">
              {t('models.flood.report.points')}
            </th>
            <th scope="col" className="number">
              {t('models.flood.report.children')}
            </th>
            <th scope="col" className="number">
              {t('models.flood.report.childDays')}
            </th>
            <th scope="col" className="number">
              {t('models.flood.report.totalCost')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.byUnit.map((row) => (
            <tr key={row.unitId}>
              <th scope="row">{row.unitName}</th>
              <td className="number">{row.points}</td>
              <td className="number">{row.children}</td>
              <td className="number">{row.childDays}</td>
              <td className="number nowrap">{formatMoney(row.totalCost)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('models.flood.report.total')}</th>
            <td className="number">{report.total.points}</td>
            <td className="number">{report.total.children}</td>
            <td className="number">{report.total.childDays}</td>
            <td className="number nowrap">{formatMoney(report.total.totalCost)}</td>
          </tr>
        </tfoot>
      </table>
      <p>
        {t('models.flood.report.split', { childCost: formatMoney(report.total.childCost), carerCost: formatMoney(report.total.carerCost) })}
      </p>
      <p>{t('models.flood.report.inWords', { words: report.totalInWords })}</p>
    </section>
  );
}
