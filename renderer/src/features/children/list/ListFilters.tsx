import { useTranslation } from 'react-i18next';
import { noGiftFilterMonths } from '../../../../../shared/codes/gifts';
import { householdStatuses, registerStatuses, sexes, turning16NoticeDays } from '../../../../../shared/codes/register';
import type { GroupCode } from '../../../../../shared/codes/groups';
import type { OfficeUnit } from '../../../../../shared/units';
import { MultiSelect } from '../MultiSelect';
import type { CodeLabels } from '../useCodeLabels';
import type { ChildSort, ListFilters } from './listParams';

interface ListFiltersProps {
  filters: ListFilters;
  onChange: (next: ListFilters) => void;
  onClear: () => void;
  filtered: boolean;
  units: readonly OfficeUnit[];
  labels: CodeLabels;
}

function ageValue(text: string): number | null {
  if (!/^\d{1,2}$/.test(text.trim())) return null;
  return Math.min(30, Number(text));
}

/** The filter bar of the list: each control changes the query at once. */
export function ListFilterBar({ filters, onChange, onClear, filtered, units, labels }: ListFiltersProps) {
  const { t } = useTranslation();
  const set = <K extends keyof ListFilters>(key: K, value: ListFilters[K]) => onChange({ ...filters, [key]: value });

  return (
    <div className="children-filters" role="group" aria-label={t('children.filters.label')}>
      <MultiSelect
        label={t('children.filters.unit')}
        options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        selected={filters.unitIds}
        onChange={(next) => set('unitIds', next)}
        filterable={units.length > 8}
      />
      <MultiSelect
        label={t('children.filters.group')}
        options={labels.groups.map((group) => ({ value: group.code, label: labels.groupLabel(group.code) }))}
        selected={filters.groupCodes}
        onChange={(next) => set('groupCodes', next as GroupCode[])}
      />
      <MultiSelect
        label={t('children.filters.atRisk')}
        options={labels.atRiskOptions.map((option) => ({ value: option.code, label: labels.optionName(option) }))}
        selected={filters.atRiskCodes}
        onChange={(next) => set('atRiskCodes', next)}
      />
      <MultiSelect
        label={t('children.filters.status')}
        // i18n-dynamic: codes.status.
        options={registerStatuses.map((status) => ({ value: status, label: t(`codes.status.${status}`) }))}
        selected={filters.statuses}
        onChange={(next) => set('statuses', registerStatuses.filter((s) => next.includes(s)))}
      />
      <MultiSelect
        label={t('children.filters.sex')}
        // i18n-dynamic: codes.sex.
        options={sexes.map((sex) => ({ value: sex, label: t(`codes.sex.${sex}`) }))}
        selected={filters.sexes}
        onChange={(next) => set('sexes', sexes.filter((s) => next.includes(s)))}
      />
      <MultiSelect
        label={t('children.filters.ethnicity')}
        options={labels.ethnicities.map((e) => ({ value: e.code2008, label: e.name }))}
        selected={filters.ethnicityCodes}
        onChange={(next) => set('ethnicityCodes', next)}
        filterable
      />
      <MultiSelect
        label={t('children.filters.household')}
        // i18n-dynamic: codes.household.
        options={householdStatuses.map((status) => ({ value: status, label: t(`codes.household.${status}`) }))}
        selected={filters.householdStatuses}
        onChange={(next) => set('householdStatuses', householdStatuses.filter((s) => next.includes(s)))}
      />
      <fieldset className="children-age">
        <legend>{t('children.filters.age')}</legend>
        <label htmlFor="children-age-min">{t('children.filters.ageFrom')}</label>
        <input
          id="children-age-min"
          type="number"
          min={0}
          max={30}
          inputMode="numeric"
          value={filters.ageMin ?? ''}
          onChange={(event) => set('ageMin', ageValue(event.target.value))}
        />
        <label htmlFor="children-age-max">{t('children.filters.ageTo')}</label>
        <input
          id="children-age-max"
          type="number"
          min={0}
          max={30}
          inputMode="numeric"
          value={filters.ageMax ?? ''}
          onChange={(event) => set('ageMax', ageValue(event.target.value))}
        />
      </fieldset>
      <div className="children-check">
        <input
          id="children-turning16"
          type="checkbox"
          checked={filters.turning16Soon}
          onChange={(event) => set('turning16Soon', event.target.checked)}
        />
        <label htmlFor="children-turning16">{t('children.filters.turning16', { days: turning16NoticeDays })}</label>
      </div>
      <div className="children-check">
        <input
          id="children-no-gift"
          type="checkbox"
          checked={filters.noGiftMonths !== null}
          onChange={(event) => set('noGiftMonths', event.target.checked ? noGiftFilterMonths : null)}
        />
        <label htmlFor="children-no-gift">{t('children.filters.noGift', { months: noGiftFilterMonths })}</label>
      </div>
      <div className="children-sort">
        <label htmlFor="children-sort">{t('children.sort.label')}</label>
        <select id="children-sort" value={filters.sort} onChange={(event) => set('sort', event.target.value as ChildSort)}>
          <option value="name">{t('children.sort.name')}</option>
          <option value="birthDate">{t('children.sort.birthDate')}</option>
          <option value="createdAt">{t('children.sort.createdAt')}</option>
        </select>
      </div>
      {filtered && (
        <button type="button" className="button button-secondary button-small" onClick={onClear}>
          {t('children.filters.clear')}
        </button>
      )}
    </div>
  );
}
