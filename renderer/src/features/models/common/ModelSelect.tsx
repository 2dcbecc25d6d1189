import { useTranslation } from 'react-i18next';
import type { ModelType } from '../../../../../shared/models';
import { useModelLabels } from '../labels';

interface ModelSelectProps {
  id: string;
  types: readonly ModelType[];
  value: string;
  onChange: (modelTypeId: string) => void;
  label?: string;
}

/** One of the office's models; archived ones only when already chosen (an old address). */
export function ModelSelect({ id, types, value, onChange, label }: ModelSelectProps) {
  const { t } = useTranslation();
  const labels = useModelLabels();
  const shown = types.filter((type) => !type.archived || type.id === value);
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('models.common.model')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {shown.map((type) => (
          <option key={type.id} value={type.id}>
            {labels.modelType(type)}
          </option>
        ))}
      </select>
    </div>
  );
}
