import { useTranslation } from 'react-i18next';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useSafeHomeRollup } from './queries';

/** Per commune: households assessed and recognised as safe homes in the year. */
export function RollupView({ year }: { year: number }) {
  const { t } = useTranslation();
  const rollup = useSafeHomeRollup(year);
  const rows = rollup.data ?? [];
  const sum = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return (
    <section aria-labelledby="safe-home-rollup">
      <h3 id="safe-home-rollup">{t('models.safeHome.rollup.title', { year })}</h3>
      {rollup.isPending && <p role="status">{t('models.safeHome.common.loading')}</p>}
      {rollup.error && <ErrorAlert code={errorCode(rollup.error)} lead={t('models.safeHome.common.loadFailed')} />}
      {rollup.data &&
        (rows.length === 0 ? (
          <p>{t('models.safeHome.rollup.empty', { year })}</p>
        ) : (
          <table className="data-table models-table">
            <caption className="visually-hidden">{t('models.safeHome.rollup.title', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('models.safeHome.rollup.unit')}</th>
                <th scope="col" className="number">
                  {t('models.safeHome.rollup.assessed')}
                </th>
                <th scope="col" className="number">
                  {t('models.safeHome.rollup.recognised')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.unitId}>
                  <th scope="row">{row.unitName}</th>
                  <td className="number">{row.assessed}</td>
                  <td className="number">{row.recognised}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('models.safeHome.rollup.total')}</th>
                <td className="number">{sum((row) => row.assessed)}</td>
                <td className="number">{sum((row) => row.recognised)}</td>
              </tr>
            </tfoot>
          </table>
        ))}
    </section>
  );
}
