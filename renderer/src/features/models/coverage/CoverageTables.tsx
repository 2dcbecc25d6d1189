import { useTranslation } from 'react-i18next';
import { rolloutStatuses } from '../../../../../shared/codes/models';
import type { Coverage } from '../../../../../shared/models';
import { useModelLabels } from '../labels';
import { byYearCell, coverageRowCells, yearsBetween } from './coverageFigures';

/** The dashboard's numbers as tables: the chosen year per model (with rollouts by status), then by year. */
export function CoverageTables({ coverage }: { coverage: Coverage }) {
  const { t, i18n } = useTranslation();
  const labels = useModelLabels();
  const years = yearsBetween(coverage.fromYear, coverage.year);
  const yearTitle = t('models.coverage.table.title', { year: coverage.year });
  const byYearTitle = t('models.coverage.byYear.title', { fromYear: coverage.fromYear, year: coverage.year });

  return (
    <>
      <h3>{yearTitle}</h3>
      <div className="coverage-scroll" role="region" aria-label={yearTitle} tabIndex={0}>
        <table className="coverage-table" aria-label={yearTitle}>
          <thead>
            <tr>
              <th scope="col">{t('models.coverage.table.number')}</th>
              <th scope="col">{t('models.coverage.table.model')}</th>
              <th scope="col">{t('models.coverage.table.covered')}</th>
              <th scope="col">{t('models.coverage.table.communes')}</th>
              <th scope="col">{t('models.coverage.table.share')}</th>
              <th scope="col">{t('models.coverage.table.target')}</th>
              <th scope="col">{t('models.coverage.table.reached')}</th>
              {rolloutStatuses.map((status) => (
                <th scope="col" key={status}>
                  {labels.status(status)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.models.map((model, index) => (
              <tr key={model.modelTypeId}>
                <td>{index + 1}</td>
                <th scope="row">{labels.modelType(model)}</th>
                {coverageRowCells(model, coverage.totalCommunes, i18n.language, rolloutStatuses, (reached) =>
                  reached ? t('models.coverage.table.reachedYes') : t('models.coverage.table.reachedNo'),
                ).map((cell, cellIndex) => (
                  <td key={cellIndex}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="coverage-note">{t('models.coverage.table.note')}</p>

      <h3>{byYearTitle}</h3>
      <div className="coverage-scroll" role="region" aria-label={byYearTitle} tabIndex={0}>
        <table className="coverage-table" aria-label={byYearTitle}>
          <thead>
            <tr>
              <th scope="col">{t('models.coverage.table.number')}</th>
              <th scope="col">{t('models.coverage.table.model')}</th>
              {years.map((year) => (
                <th scope="col" key={year}>
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.models.map((model, index) => (
              <tr key={model.modelTypeId}>
                <td>{index + 1}</td>
                <th scope="row">{labels.modelType(model)}</th>
                {years.map((year) => (
                  <td key={year}>{byYearCell(model, year)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="coverage-note">{t('models.coverage.byYear.note')}</p>
    </>
  );
}
