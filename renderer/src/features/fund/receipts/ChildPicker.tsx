import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { foldVietnamese, formatDate } from '../../../../../shared/format';
import type { ChildListRow } from '../../../../../shared/register';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { childKeys } from '../../children/queries';
import type { ReceiptFormValues } from './receiptFormValues';

const searchDelayMs = 250;
const shownMatches = 20;

type Chosen = Pick<ChildListRow, 'id' | 'fullName' | 'birthDate' | 'unitName'>;

/** The child a receipt is set aside for: found by name on the register, chosen from the matches. */
export function ChildPicker() {
  const { t } = useTranslation();
  const api = useApi();
  const { control } = useFormContext<ReceiptFormValues>();
  const { field } = useController({ control, name: 'earmarkChildId' });
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Chosen | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(foldVietnamese(text).slice(0, 100)), searchDelayMs);
    return () => clearTimeout(timer);
  }, [text]);

  const listQuery = { search, statuses: ['active' as const, 'atRisk' as const], offset: 0, limit: shownMatches };
  const matches = useQuery({
    queryKey: [...childKeys.lists, 'fundEarmark', listQuery],
    queryFn: () => api.request('children.list', listQuery),
    enabled: search.length >= 2,
    placeholderData: keepPreviousData,
  });
  const rows = matches.data?.rows ?? [];
  const line = (child: Chosen) => t('fund.receipts.form.childLine', { name: child.fullName, birthDate: formatDate(child.birthDate), unit: child.unitName });

  return (
    <div className="fund-child-picker">
      <div className="field">
        <label htmlFor="fund-receipt-child-search">{t('fund.receipts.form.childSearch')}</label>
        <p id="fund-receipt-child-search-hint" className="field-hint">
          {t('fund.receipts.form.childSearchHint')}
        </p>
        <input
          id="fund-receipt-child-search"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby="fund-receipt-child-search-hint"
        />
      </div>
      <fieldset className="radio-group">
        <legend>{t('fund.receipts.form.childChoose')}</legend>
        <p role="status" className="field-hint">
          {search.length < 2
            ? t('fund.receipts.form.childTypeMore')
            : matches.isFetching
              ? t('fund.layout.common.loading')
              : matches.data && (matches.data.total === 0 ? t('fund.receipts.form.childNoMatch') : t('fund.receipts.form.childMatches', { count: matches.data.total, shown: rows.length }))}
        </p>
        {search.length >= 2 && rows.length > 0 && (
          <ul className="plain-list fund-child-matches">
            {rows.map((child) => (
              <li key={child.id} className="radio-option">
                <input
                  id={`fund-receipt-child-${child.id}`}
                  type="radio"
                  name={field.name}
                  value={child.id}
                  checked={field.value === child.id}
                  onChange={() => {
                    field.onChange(child.id);
                    setChosen(child);
                  }}
                />
                <label htmlFor={`fund-receipt-child-${child.id}`}>{line(child)}</label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {matches.error && <ErrorAlert code={errorCode(matches.error)} />}
      {chosen && field.value === chosen.id && <p className="fund-chosen">{t('fund.receipts.form.childChosen', { child: line(chosen) })}</p>}
    </div>
  );
}
