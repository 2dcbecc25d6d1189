import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { todayIso } from '../age';
import { childCreatePath, childrenImportPath } from '../paths';
import { useOfficeUnits } from '../queries';
import { useCodeLabels } from '../useCodeLabels';
import { ChildTable } from './ChildTable';
import { ListFilterBar } from './ListFilters';
import { defaultFilters, filtersFromParams, filtersToParams, isFiltered, listQuery, type ListFilters } from './listParams';
import { pageSize, useChildPages, type VisibleRange } from './useChildPages';
import '../../office/office-form.css';
import '../children.css';

export const searchDelayMs = 150;

/** The register: count, search, filters, and a list that stays smooth at 100,000 rows. */
export function ChildListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const query = useMemo(() => listQuery(filters), [filters]);
  const queryKey = useMemo(() => JSON.stringify(query), [query]);
  const [range, setRange] = useState<VisibleRange>({ first: 0, last: 0 });
  const pages = useChildPages(query, range);
  const units = useOfficeUnits();
  const labels = useCodeLabels();
  const today = todayIso();

  const applyFilters = useCallback(
    (next: ListFilters) => setParams(filtersToParams(next), { replace: true }),
    [setParams],
  );

  // Searches as the user types, once typing pauses; the box keeps what was typed.
  // A search that arrives by the address (Back, a link) replaces the box; our own does not,
  // so a keystroke made while the address updates is never lost.
  const [text, setText] = useState(filters.text);
  const sentText = useRef(filters.text);
  useEffect(() => {
    if (filters.text !== sentText.current) setText(filters.text);
    sentText.current = filters.text;
  }, [filters.text]);
  useEffect(() => {
    if (text === filters.text) return;
    const timer = setTimeout(() => {
      sentText.current = text;
      setParams((current) => filtersToParams({ ...filtersFromParams(current), text }), { replace: true });
    }, searchDelayMs);
    return () => clearTimeout(timer);
  }, [text, filters.text, setParams]);

  // Kept to whole pages: scrolling within a page must not re-render the filters and all.
  const onRangeChange = useCallback((first: number, last: number) => {
    const next = { first: Math.floor(first / pageSize) * pageSize, last: Math.floor(last / pageSize) * pageSize };
    setRange((current) => (current.first === next.first && current.last === next.last ? current : next));
  }, []);

  const filtered = isFiltered(filters) || text.trim() !== '';
  const empty = pages.total === 0 && !filtered;

  return (
    <div className="page children-page">
      <div className="children-header">
        <h1>{t('nav.children')}</h1>
        <p className="children-count" role="status">
          {pages.total !== null && t('children.list.count', { count: pages.total })}
        </p>
        {!empty && (
          <div className="children-actions">
            <Link className="button" to={childCreatePath}>
              {t('children.list.add')}
            </Link>
            <Link className="button button-secondary" to={childrenImportPath}>
              {t('children.list.import')}
            </Link>
          </div>
        )}
      </div>

      {pages.error && <ErrorAlert code={errorCode(pages.error)} lead={t('children.list.loadFailed')} />}

      {empty ? (
        <EmptyRegister />
      ) : (
        <>
          <div className="children-search field">
            <label htmlFor="children-search">{t('children.list.search')}</label>
            <p id="children-search-hint" className="field-hint">
              {t('children.list.searchHint')}
            </p>
            <input
              id="children-search"
              type="search"
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(event) => setText(event.target.value)}
              aria-describedby="children-search-hint"
            />
          </div>
          <ListFilterBar
            filters={filters}
            onChange={applyFilters}
            onClear={() => {
              setText('');
              sentText.current = '';
              applyFilters({ ...defaultFilters, sort: filters.sort });
            }}
            filtered={filtered}
            units={units.data ?? []}
            labels={labels}
          />
          {pages.isPending && !pages.error && (
            <p role="status" className="children-loading">
              {t('children.list.loading')}
            </p>
          )}
          {pages.total === 0 && filtered && <p className="children-no-match">{t('children.list.noMatch')}</p>}
          {pages.total !== null && pages.total > 0 && (
            <ChildTable
              total={pages.total}
              rowAt={pages.rowAt}
              today={today}
              onRangeChange={onRangeChange}
              queryKey={queryKey}
              busy={pages.isUpdating}
            />
          )}
        </>
      )}
    </div>
  );
}

function EmptyRegister() {
  const { t } = useTranslation();
  return (
    <section className="children-empty" aria-labelledby="children-empty-title">
      <h2 id="children-empty-title">{t('children.empty.title')}</h2>
      <p>{t('children.empty.text')}</p>
      <div className="children-actions">
        <Link className="button" to={childCreatePath}>
          {t('children.list.add')}
        </Link>
        <Link className="button button-secondary" to={childrenImportPath}>
          {t('children.list.import')}
        </Link>
      </div>
    </section>
  );
}
