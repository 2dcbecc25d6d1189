import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecipientRow } from '../../../../../shared/gifts';
import { formatDate } from '../../../../../shared/format';
import { foldForSearch } from '../../../lib/searchText';

/** Exceptions are a few children out of thousands: past this many, a name narrows the list. */
export const exceptionListLimit = 50;

interface ExceptionPickerProps {
  /** The children still waiting, in list order. */
  pending: readonly RecipientRow[];
  /** The whole area: each child's commune tells namesakes apart, else their village. */
  wholeArea: boolean;
  selected: readonly string[];
  onChange: (next: string[]) => void;
}

/**
 * The children of "all received" to pick as exceptions: a name filter and the first matches.
 * A whole area's list would be thousands of checkboxes, so only the first ones are drawn.
 */
export function ExceptionPicker({ pending, wholeArea, selected, onChange }: ExceptionPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState('');
  const folded = useMemo(() => pending.map((row) => foldForSearch(row.fullName)), [pending]);
  const wanted = foldForSearch(filter);
  const matches = useMemo(() => (wanted === '' ? pending : pending.filter((_, index) => folded[index]?.includes(wanted))), [pending, folded, wanted]);
  const shown = matches.slice(0, exceptionListLimit);
  const cut = matches.length > shown.length;
  const chosen = useMemo(() => new Set(selected), [selected]);

  // Kept in list order, whatever order the boxes were ticked in.
  const toggle = (value: string, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(pending.map((row) => row.id).filter((rowId) => next.has(rowId)));
  };

  const onFilterKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Esc empties the filter first; only an empty one lets the dialog close.
    if (event.key === 'Escape' && filter !== '') {
      event.preventDefault();
      event.stopPropagation();
      setFilter('');
    }
    // Enter in the filter should not record the whole list.
    if (event.key === 'Enter') event.preventDefault();
  };

  return (
    <fieldset className="checklist gift-exception-picker" aria-describedby={`${id}-hint`}>
      <legend>{t('giftVisit.delivery.allReceived.exceptions')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('giftVisit.delivery.allReceived.exceptionsHint')}
      </p>
      <div className="field checklist-filter">
        <label htmlFor={`${id}-filter`}>{t('giftVisit.delivery.allReceived.filter')}</label>
        <input
          id={`${id}-filter`}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={onFilterKeyDown}
          aria-controls={`${id}-list`}
          aria-describedby={`${id}-shown`}
        />
      </div>
      <p id={`${id}-shown`} className="field-hint" role="status">
        {cut
          ? t('giftVisit.delivery.allReceived.firstOf', { shown: shown.length, total: matches.length })
          : matches.length === 0
            ? t('giftVisit.delivery.noMatch')
            : ''}
      </p>
      {shown.length > 0 && (
        <ul className="checklist-items" id={`${id}-list`}>
          {shown.map((row) => {
            const boxId = `${id}-${row.id}`;
            const note = [formatDate(row.birthDate), wholeArea ? row.unitName : row.village].filter(Boolean).join(' · ');
            return (
              <li key={row.id}>
                <input
                  id={boxId}
                  type="checkbox"
                  checked={chosen.has(row.id)}
                  onChange={(event) => toggle(row.id, event.target.checked)}
                  aria-describedby={note ? `${boxId}-note` : undefined}
                />
                <label htmlFor={boxId}>{row.fullName}</label>
                {note && (
                  <span id={`${boxId}-note`} className="checklist-note">
                    {note}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
