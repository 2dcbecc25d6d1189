import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../../shared/format';
import type { FloodPoint } from '../../../../../shared/models';
import { EditDeleteButtons } from '../../../ui/EditDeleteButtons';

interface FloodPointTableProps {
  year: number;
  points: FloodPoint[];
  onEdit: (point: FloodPoint) => void;
  onDelete: (point: FloodPoint) => void;
}

/** Each point with how its cost is made up. */
export function FloodPointTable({ year, points, onEdit, onDelete }: FloodPointTableProps) {
  const { t } = useTranslation();
  return (
    <div className="models-table-scroll">
      <table className="data-table models-table">
        <caption className="visually-hidden">{t('models.flood.points.caption', { year: String(year) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('models.flood.points.name')}</th>
            <th scope="col">{t('models.flood.points.unit')}</th>
            <th scope="col" className="number">
              {t('models.flood.points.children')}
            </th>
            <th scope="col" className="number">
              {t('models.flood.points.days')}
            </th>
            <th scope="col" className="number">
              {t('models.flood.points.costPerChildDay')}
            </th>
            <th scope="col" className="number">
              {t('models.flood.points.childCost')}
            </th>
            <th scope="col" className="number">
              {t('models.flood.points.carers')}
            </th>
            <th scope="col" className="number">
              {t('models.flood.points.carerCost')}
            </th>
            <th scope="col" className="number">
              {t('models.flood.points.total')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('models.flood.points.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.id}>
              <th scope="row">
                {point.name}
                {point.location && <div className="field-hint">{point.location}</div>}
              </th>
              <td>{point.unitName}</td>
              <td className="number">{point.childrenEnrolled}</td>
              <td className="number">{point.daysOpen}</td>
              <td className="number nowrap">{formatMoney(point.costPerChildDay)}</td>
              <td className="number nowrap">{formatMoney(point.childCost)}</td>
              <td className="number">{point.carers}</td>
              <td className="number nowrap">
                {formatMoney(point.carerCost)}
                <div className="field-hint">{t('models.flood.points.carerPay', { pay: formatMoney(point.carerPayPerDay) })}</div>
              </td>
              <td className="number nowrap">{formatMoney(point.totalCost)}</td>
              <td className="nowrap">
                <EditDeleteButtons
                  texts={{
                    edit: t('models.flood.edit'),
                    editFor: t('models.flood.editFor', { name: point.name }),
                    delete: t('models.flood.delete'),
                    deleteFor: t('models.flood.deleteFor', { name: point.name }),
                  }}
                  onEdit={() => onEdit(point)}
                  onDelete={() => onDelete(point)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
