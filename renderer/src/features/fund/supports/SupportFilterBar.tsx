import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supportStatuses, supportTypes, type SupportType } from '../../../../../shared/codes/fund';
import type { OfficeUnit } from '../../../../../shared/units';
import { useFundLabels } from '../labels';
import type { SupportFilters } from './supportFilters';

const searchDelayMs = 250;

interface SupportFilterBarProps {
  filters: SupportFilters;
  units: readonly OfficeUnit[];
  onChange: (next: SupportFilters) => void;
}

/** Status (several), type, commune and a search; each changes the list at once (the search after a pause). */
export function SupportFilterBar({ filters, units, onChange }: SupportFilterBarProps) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const [text, setText] = useState(filters.text);
  const set = <K extends keyof SupportFilters>(key: K, value: SupportFilters[K]) => onChange({ ...filters, [key]: value });

  const sent = useRef(filters.text);

  // A search that arrives by the address (Back) replaces the box; our own does not.
  useEffect(() => {
    if (filters.text !== sent.current) {
      sent.current = filters.text;
      setText(filters.text);
    }
  }, [filters.text]);
  // The latest filters and callback, so that the pause restarts only when the text changes.
  const latest = useRef({ filters, onChange });
  latest.current = { filters, onChange };
  useEffect(() => {
    if (text === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = text;
      latest.current.onChange({ ...latest.current.filters, text });
    }, searchDelayMs);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <div className="support-filters" role="group" aria-label={t('fund.supports.filters.label')}>
      <div className="children-search field">
        <label htmlFor="support-search">{t('fund.supports.filters.search')}</label>
        <input
          id="support-search"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <fieldset>
        <legend>{t('fund.supports.filters.status')}</legend>
        {supportStatuses.map((status) => (
          <div key={status} className="children-check">
            <input
              id={`support-status-${status}`}
              type="checkbox"
              checked={filters.statuses.includes(status)}
              onChange={(event) =>
                set(
                  'statuses',
                  supportStatuses.filter((s) => (s === status ? event.target.checked : filters.statuses.includes(s))),
                )
              }
            />
            <label htmlFor={`support-status-${status}`}>{labels.status(status)}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="support-type">{t('fund.supports.filters.type')}</label>
        <select id="support-type" value={filters.type} onChange={(event) => set('type', event.target.value as SupportType | '')}>
          <option value="">{t('fund.supports.filters.allTypes')}</option>
          {supportTypes.map((type) => (
            <option key={type} value={type}>
              {labels.purpose(type)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="support-unit">{t('fund.supports.filters.unit')}</label>
        <select id="support-unit" value={filters.unitId} onChange={(event) => set('unitId', event.target.value)}>
          <option value="">{t('fund.supports.filters.allUnits')}</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
