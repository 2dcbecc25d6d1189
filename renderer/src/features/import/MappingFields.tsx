import { useTranslation } from 'react-i18next';
import { importFields, type ImportField, type ImportMapping } from '../../../../shared/schemas/import';
import { columnLetter } from './columnLetter';

interface Props {
  headers: readonly string[];
  mapping: ImportMapping;
  disabled: boolean;
  onChange(mapping: ImportMapping): void;
}

/** Step 2: one select per register field, showing the sheet's own header texts. */
export function MappingFields({ headers, mapping, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const choose = (field: ImportField, value: string) =>
    onChange({ ...mapping, [field]: value === '' ? null : Number(value) });

  return (
    <div className="import-mapping">
      {importFields.map((field) => {
        const id = `import-map-${field}`;
        const column = mapping[field];
        return (
          <div className="import-mapping-field" key={field}>
            <label htmlFor={id}>
              {t(`import.fields.${field}`) /* i18n-dynamic: import.fields. */}
            </label>
            <select
              id={id}
              value={column === null || column === undefined ? '' : String(column)}
              disabled={disabled}
              onChange={(event) => choose(field, event.target.value)}
            >
              <option value="">{t('import.page.notMapped')}</option>
              {headers.map((header, index) => (
                <option key={index} value={String(index)}>
                  {header === ''
                    ? t('import.page.columnNoHeader', { letter: columnLetter(index) })
                    : t('import.page.column', { letter: columnLetter(index), header })}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}
