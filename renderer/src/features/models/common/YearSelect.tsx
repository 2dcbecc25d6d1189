import { useTranslation } from 'react-i18next';
import { yearChoices } from './year';

interface YearSelectProps {
  id: string;
  value: number;
  onChange: (year: number) => void;
  /** "Năm" unless said otherwise. */
  label?: string;
}

/** The year a models page shows. */
export function YearSelect({ id, value, onChange, label }: YearSelectProps) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('models.common.year')}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {yearChoices(value).map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}
