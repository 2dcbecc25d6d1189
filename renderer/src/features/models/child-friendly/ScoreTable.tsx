import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/format';
import type { ChildFriendlyScore } from '../../../../../shared/models';
import type { OfficeUnit } from '../../../../../shared/units';
import { useModelLabels } from '../labels';

interface ScoreTableProps {
  year: number;
  units: OfficeUnit[];
  scores: ChildFriendlyScore[];
  canScore: boolean;
  onScore: (unitId: string, score: ChildFriendlyScore | undefined) => void;
}

/** Every commune of the area, scored or not this year. */
export function ScoreTable({ year, units, scores, canScore, onScore }: ScoreTableProps) {
  const { t } = useTranslation();
  const labels = useModelLabels();
  const byUnit = new Map(scores.map((score) => [score.unitId, score]));
  return (
    <div className="models-table-scroll">
      <table className="data-table models-table">
        <caption className="visually-hidden">{t('models.childFriendly.caption', { year: String(year) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('models.childFriendly.columns.unit')}</th>
            <th scope="col">{t('models.childFriendly.columns.class')}</th>
            <th scope="col">{t('models.childFriendly.columns.assessedOn')}</th>
            <th scope="col" className="number">
              {t('models.childFriendly.columns.total')}
            </th>
            <th scope="col" className="number">
              {t('models.childFriendly.columns.threshold')}
            </th>
            <th scope="col">{t('models.childFriendly.columns.zero')}</th>
            <th scope="col">{t('models.childFriendly.columns.result')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('models.childFriendly.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => {
            const score = byUnit.get(unit.id);
            return (
              <tr key={unit.id}>
                <th scope="row">{unit.name}</th>
                <td>{score ? labels.communeClass(score.communeClass) : ''}</td>
                <td className="nowrap">{score ? formatDate(score.assessedOn) : ''}</td>
                <td className="number">{score?.result.total ?? ''}</td>
                <td className="number">{score?.result.threshold ?? ''}</td>
                <td>{score?.result.zeroCriteria.join(', ')}</td>
                <td>
                  {!score
                    ? t('models.childFriendly.notScored')
                    : score.result.recognised
                      ? t('models.childFriendly.recognised')
                      : t('models.childFriendly.notRecognised')}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={!canScore}
                    aria-label={t('models.childFriendly.scoreFor', { unit: unit.name })}
                    onClick={() => onScore(unit.id, score)}
                  >
                    {score ? t('models.childFriendly.edit') : t('models.childFriendly.score')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
