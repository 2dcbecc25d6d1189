import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesSearch } from '../../lib/searchText';

export interface MultiSelectOption {
  value: string;
  label: string;
}

interface MultiSelectProps {
  label: string;
  options: readonly MultiSelectOption[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  /** Long lists (communes, ethnicities) get a filter box. */
  filterable?: boolean;
}

/**
 * A compact filter: a disclosure button that says what is chosen ("Tất cả", "2 mục") and
 * opens a list of checkboxes. Built on <details>, so it works with keyboard and screen
 * readers without scripting; Escape and a click outside close it.
 */
export function MultiSelect({ label, options, selected, onChange, filterable }: MultiSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const [filter, setFilter] = useState('');
  const chosen = new Set(selected);
  const shown = filterable ? options.filter((option) => matchesSearch(option.label, filter)) : options;

  useEffect(() => {
    const close = (event: MouseEvent) => {
      const details = detailsRef.current;
      if (details?.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    const details = detailsRef.current;
    if (event.key !== 'Escape' || !details?.open) return;
    event.preventDefault();
    details.open = false;
    details.querySelector('summary')?.focus();
  };

  const toggle = (value: string, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.map((option) => option.value).filter((v) => next.has(v)));
  };

  const summary =
    selected.length === 0
      ? t('children.filters.all')
      : selected.length === 1
        ? (options.find((option) => option.value === selected[0])?.label ?? t('children.filters.chosen', { count: 1 }))
        : t('children.filters.chosen', { count: selected.length });

  return (
    <details ref={detailsRef} className="multi-select" onKeyDown={onKeyDown}>
      <summary>
        <span id={`${id}-label`} className="multi-select-label">
          {label}
        </span>
        <span className="multi-select-value">{summary}</span>
      </summary>
      <fieldset className="multi-select-panel" aria-labelledby={`${id}-label`}>
        {filterable && (
          <input
            type="search"
            className="multi-select-filter"
            aria-label={t('children.filters.filterOptions', { label })}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        )}
        <ul>
          {shown.map((option, index) => (
            <li key={option.value}>
              <input
                id={`${id}-${index}`}
                type="checkbox"
                checked={chosen.has(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label htmlFor={`${id}-${index}`}>{option.label}</label>
            </li>
          ))}
        </ul>
        {selected.length > 0 && (
          <button type="button" className="button button-secondary button-small" onClick={() => onChange([])}>
            {t('children.filters.clearOne')}
          </button>
        )}
      </fieldset>
    </details>
  );
}
