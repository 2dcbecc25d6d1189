import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldVietnamese, formatDate } from '../../../../shared/format';
import { useApi } from '../../api/ApiProvider';
import { errorCode } from '../../api/queries';
import { describedBy } from '../../ui/describedBy';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FieldError } from '../../ui/FieldError';
import { childKeys } from './queries';

/** A child as the fund's forms show them once chosen. */
export interface ChosenChild {
  id: string;
  fullName: string;
  birthDate: string;
  unitName: string;
}

const searchDelayMs = 250;
const shownMatches = 20;

/** "Đặng Thị Hoa, sinh ngày 14/03/2015, Phường Ngô Quyền": how a match is named. */
export function useChildLine(): (child: ChosenChild) => string {
  const { t } = useTranslation();
  return useCallback(
    (child: ChosenChild) => t('fund.childPicker.line', { name: child.fullName, birthDate: formatDate(child.birthDate), unit: child.unitName }),
    [t],
  );
}

interface ChildPickerProps {
  /** Prefix of the element ids: the search box is `${idPrefix}-search`. */
  idPrefix: string;
  /** What the child is chosen for: "Trẻ em được hỗ trợ", "Trẻ được tài trợ". */
  legend: string;
  chosen: ChosenChild | null;
  onChoose: (child: ChosenChild | null) => void;
  /** How the chosen child is shown. */
  summary: (child: ChosenChild) => string;
  /** An i18n key, or undefined. */
  errorKey?: string;
}

/**
 * A child of the register (active or at risk), found by name with or without diacritics and
 * chosen from the matches, which stay listed with the choice marked. A child chosen beforehand
 * (from the child's page) is shown with a way to choose another.
 */
export function ChildPicker({ idPrefix, legend, chosen, onChoose, summary, errorKey }: ChildPickerProps) {
  const { t } = useTranslation();
  const api = useApi();
  const line = useChildLine();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [searchShown, setSearchShown] = useState(chosen === null);
  const showSearch = searchShown || chosen === null;
  const errorId = `${idPrefix}-error`;

  useEffect(() => {
    const timer = setTimeout(() => setSearch(foldVietnamese(text).trim().slice(0, 100)), searchDelayMs);
    return () => clearTimeout(timer);
  }, [text]);

  const listQuery = { search, statuses: ['active' as const, 'atRisk' as const], offset: 0, limit: shownMatches };
  const searching = showSearch && search.length >= 2;
  const matches = useQuery({
    queryKey: [...childKeys.lists, 'fundChildPicker', listQuery],
    queryFn: () => api.request('children.list', listQuery),
    enabled: searching,
    placeholderData: keepPreviousData,
  });
  const rows = matches.data?.rows ?? [];

  return (
    <fieldset className="radio-group fund-child-picker" aria-describedby={describedBy(errorKey && errorId)}>
      <legend>{legend}</legend>
      {showSearch && (
        <>
          <div className="field">
            <label htmlFor={`${idPrefix}-search`}>{t('fund.childPicker.search')}</label>
            <p id={`${idPrefix}-search-hint`} className="field-hint">
              {t('fund.childPicker.searchHint')}
            </p>
            <input
              id={`${idPrefix}-search`}
              type="search"
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(event) => setText(event.target.value)}
              aria-required="true"
              aria-invalid={errorKey ? true : undefined}
              aria-describedby={describedBy(`${idPrefix}-search-hint`, errorKey && errorId)}
            />
          </div>
          <p role="status" className="field-hint">
            {!searching
              ? ''
              : matches.isFetching
                ? t('fund.layout.common.loading')
                : matches.data && (matches.data.total === 0 ? t('fund.childPicker.noMatch') : t('fund.childPicker.matches', { count: matches.data.total, shown: rows.length }))}
          </p>
          {searching && rows.length > 0 && (
            <ul className="plain-list fund-child-matches">
              {rows.map((child) => (
                <li key={child.id} className="radio-option">
                  <input
                    id={`${idPrefix}-${child.id}`}
                    type="radio"
                    name={idPrefix}
                    value={child.id}
                    checked={chosen?.id === child.id}
                    onChange={() => onChoose(child)}
                  />
                  <label htmlFor={`${idPrefix}-${child.id}`}>{line(child)}</label>
                </li>
              ))}
            </ul>
          )}
          {matches.error && <ErrorAlert code={errorCode(matches.error)} />}
        </>
      )}
      {chosen && <p className="fund-chosen">{summary(chosen)}</p>}
      {chosen && !showSearch && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            setSearchShown(true);
            onChoose(null);
          }}
        >
          {t('fund.childPicker.change')}
        </button>
      )}
      <FieldError id={errorId} messageKey={errorKey} />
    </fieldset>
  );
}
