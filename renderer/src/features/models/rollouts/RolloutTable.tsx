import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../../../../shared/format';
import type { Rollout } from '../../../../../shared/models';
import type { OfficeUnit } from '../../../../../shared/units';
import { RolloutStatusBadge } from './RolloutStatusBadge';

/** A unit of the area and what is saved of the model there that year (null: nothing yet). */
export interface RolloutRow {
  unit: OfficeUnit;
  rollout: Rollout | null;
}

interface RolloutTableProps {
  rows: readonly RolloutRow[];
  caption: string;
  onEdit: (row: RolloutRow) => void;
  onHistory: (row: RolloutRow, rollout: Rollout) => void;
}

/** Every unit of the area, one row each; a unit with nothing saved reads "Chưa triển khai". */
export function RolloutTable({ rows, caption, onEdit, onHistory }: RolloutTableProps) {
  const { t } = useTranslation();
  return (
    <div className="models-table-scroll">
      <table className="data-table models-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('models.common.unit')}</th>
            <th scope="col">{t('models.rollouts.fields.status')}</th>
            <th scope="col">{t('models.rollouts.fields.startDate')}</th>
            <th scope="col">{t('models.rollouts.fields.endDate')}</th>
            <th scope="col">{t('models.rollouts.fields.decisionNo')}</th>
            <th scope="col">{t('models.rollouts.fields.personInCharge')}</th>
            <th scope="col" className="number">
              {t('models.rollouts.fields.budget')}
            </th>
            <th scope="col">{t('models.rollouts.fields.notes')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('models.common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { unit, rollout } = row;
            return (
              <tr key={unit.id}>
                <th scope="row">{unit.name}</th>
                <td>
                  <RolloutStatusBadge status={rollout?.status ?? 'notStarted'} />
                </td>
                <td className="nowrap">{formatDate(rollout?.startDate)}</td>
                <td className="nowrap">{formatDate(rollout?.endDate)}</td>
                <td>{rollout?.decisionNo}</td>
                <td>{rollout?.personInCharge}</td>
                <td className="number nowrap">{rollout?.budget != null && formatMoney(rollout.budget)}</td>
                <td>{rollout?.notes}</td>
                <td>
                  <div className="models-row-actions">
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-label={t('models.rollouts.editFor', { unit: unit.name })}
                      onClick={() => onEdit(row)}
                    >
                      {t('models.rollouts.edit')}
                    </button>
                    {rollout && (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-label={t('models.rollouts.historyFor', { unit: unit.name })}
                        onClick={() => onHistory(row, rollout)}
                      >
                        {t('models.rollouts.history.open')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
