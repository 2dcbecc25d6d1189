import { useAreaUnits } from './queries';
import { useTranslation } from 'react-i18next';

interface UnitSelectProps {
  id: string;
  /** A unit of the office's area, or '' for none chosen. */
  value: string;
  onChange: (unitId: string) => void;
  label?: string;
  /** The text of the '' choice ("Tất cả xã, phường" on a filter, "Chọn…" on a form). */
  emptyLabel?: string;
}

/** One commune (or legacy ward) of the office's area. */
export function UnitSelect({ id, value, onChange, label, emptyLabel }: UnitSelectProps) {
  const { t } = useTranslation();
  const units = useAreaUnits();
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('models.common.unit')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{emptyLabel ?? t('models.common.allUnits')}</option>
        {(units.data ?? []).map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name}
          </option>
        ))}
      </select>
    </div>
  );
}
