import { useId, useMemo, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesSearch } from '../lib/searchText';
import { describedBy } from './describedBy';
import { FieldError } from './FieldError';

export interface ChecklistItem {
  value: string;
  label: string;
  /** Shown beside the label and read as its description. */
  note?: string;
}

interface ChecklistProps {
  legend: string;
  hint?: string;
  items: ChecklistItem[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  /** A 'validation.*' key, or undefined. */
  errorKey: string | undefined;
  /** With a label, a filter box is shown above the list. */
  filterLabel?: string;
  filterHint?: string;
  /** Where focus goes when the form points at this field (the filter, or the first box). */
  focusRef?: Ref<HTMLInputElement>;
}

/** A group of checkboxes with select all/none, a count, and an optional filter. */
export function Checklist(props: ChecklistProps) {
  const { legend, hint, items, selected, onChange, errorKey, filterLabel, filterHint, focusRef } = props;
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState('');
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const shown = useMemo(() => items.filter((item) => matchesSearch(item.label, filter)), [items, filter]);
  const filtering = filter.trim() !== '';
  const count = items.filter((item) => selectedSet.has(item.value)).length;

  const ids = { hint: `${id}-hint`, error: `${id}-error`, filter: `${id}-filter`, filterHint: `${id}-filter-hint` };

  // Keep the stored order equal to the list order, whatever order boxes were ticked in.
  const commit = (next: Set<string>) => onChange(items.map((item) => item.value).filter((value) => next.has(value)));

  const toggle = (value: string, checked: boolean) => {
    const next = new Set(selectedSet);
    if (checked) next.add(value);
    else next.delete(value);
    commit(next);
  };
  const selectShown = () => commit(new Set([...selectedSet, ...shown.map((item) => item.value)]));
  const clearShown = () => {
    const next = new Set(selectedSet);
    for (const item of shown) next.delete(item.value);
    commit(next);
  };

  const onFilterKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && filter !== '') {
      event.preventDefault();
      setFilter('');
    }
    // Enter in the filter should not submit the whole form.
    if (event.key === 'Enter') event.preventDefault();
  };

  return (
    <fieldset
      className="checklist"
      aria-describedby={describedBy(hint && ids.hint, errorKey && ids.error)}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={ids.hint} className="field-hint">
          {hint}
        </p>
      )}
      {filterLabel && (
        <div className="field checklist-filter">
          <label htmlFor={ids.filter}>{filterLabel}</label>
          <input
            id={ids.filter}
            type="search"
            autoComplete="off"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            onKeyDown={onFilterKeyDown}
            aria-describedby={describedBy(filterHint && ids.filterHint, errorKey && ids.error)}
            aria-controls={`${id}-list`}
            ref={focusRef}
          />
          {filterHint && (
            <p id={ids.filterHint} className="field-hint">
              {filterHint}
            </p>
          )}
        </div>
      )}
      <div className="checklist-toolbar">
        <button type="button" className="button button-secondary button-small" onClick={selectShown}>
          {filtering ? t('office.area.selectShown') : t('office.area.selectAll')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={clearShown}>
          {filtering ? t('office.area.unselectShown') : t('office.area.selectNone')}
        </button>
        <span className="checklist-count" role="status">
          {t('office.area.selectedCount', { selected: count, total: items.length })}
        </span>
      </div>
      {shown.length === 0 && filtering ? (
        <p className="field-hint">{t('office.area.noMatch', { filter: filter.trim() })}</p>
      ) : (
        <ul className="checklist-items" id={`${id}-list`}>
          {shown.map((item, index) => {
            const boxId = `${id}-item-${index}`;
            return (
              <li key={item.value}>
                <input
                  id={boxId}
                  type="checkbox"
                  checked={selectedSet.has(item.value)}
                  onChange={(event) => toggle(item.value, event.target.checked)}
                  aria-describedby={item.note ? `${boxId}-note` : undefined}
                  ref={!filterLabel && index === 0 ? focusRef : undefined}
                />
                <label htmlFor={boxId}>{item.label}</label>
                {item.note && (
                  <span id={`${boxId}-note`} className="checklist-note">
                    {item.note}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <FieldError id={ids.error} messageKey={errorKey} />
    </fieldset>
  );
}
