import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldVietnamese, formatDate } from '../../../../../shared/format';
import { useApi } from '../../../api/ApiProvider';
import { describedBy } from '../../../ui/describedBy';
import { FieldError } from '../../../ui/FieldError';
import { childKeys } from '../../children/queries';

/** The child a proposal is for, as the form shows them. */
export interface ChosenChild {
  id: string;
  fullName: string;
  birthDate: string;
  unitName: string;
}

const searchDelayMs = 250;
const shownMatches = 20;

interface ChildPickerProps {
  chosen: ChosenChild | null;
  onChoose: (child: ChosenChild | null) => void;
  /** An i18n key, or undefined. */
  errorKey: string | undefined;
}

/** Find a child on the register by name and choose them; once chosen, who they are and a way to change. */
export function ChildPicker({ chosen, onChoose, errorKey }: ChildPickerProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const errorId = 'support-child-error';

  useEffect(() => {
    const timer = setTimeout(() => setSearch(foldVietnamese(text).trim().slice(0, 100)), searchDelayMs);
    return () => clearTimeout(timer);
  }, [text]);

  const listQuery = { search, statuses: ['active' as const, 'atRisk' as const], offset: 0, limit: shownMatches };
  const matches = useQuery({
    queryKey: [...childKeys.lists, 'supportProposal', listQuery],
    queryFn: () => api.request('children.list', listQuery),
    enabled: chosen === null && search.length >= 2,
    placeholderData: keepPreviousData,
  });
  const rows = matches.data?.rows ?? [];
  const line = (child: ChosenChild) =>
    t('fund.supports.proposal.childLine', { name: child.fullName, birthDate: formatDate(child.birthDate), unit: child.unitName });

  if (chosen) {
    return (
      <fieldset className="radio-group">
        <legend>{t('fund.supports.fields.child')}</legend>
        <p className="support-child-choice">{line(chosen)}</p>
        <button type="button" className="button button-secondary button-small" onClick={() => onChoose(null)}>
          {t('fund.supports.proposal.changeChild')}
        </button>
      </fieldset>
    );
  }

  return (
    <fieldset className="radio-group">
      <legend>{t('fund.supports.fields.child')}</legend>
      <div className="field">
        <label htmlFor="support-child-search">{t('fund.supports.proposal.searchChild')}</label>
        <input
          id="support-child-search"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-required="true"
          aria-invalid={errorKey ? true : undefined}
          aria-describedby={describedBy(errorKey && errorId)}
        />
      </div>
      <p role="status" className="field-hint">
        {search.length < 2
          ? t('fund.supports.proposal.typeMore')
          : matches.isFetching
            ? t('fund.supports.common.loading')
            : matches.data && (matches.data.total === 0 ? t('fund.supports.proposal.noMatch') : '')}
      </p>
      {search.length >= 2 && rows.length > 0 && (
        <ul className="plain-list">
          {rows.map((child) => (
            <li key={child.id} className="radio-option">
              <input id={`support-child-${child.id}`} type="radio" name="support-child" value={child.id} checked={false} onChange={() => onChoose(child)} />
              <label htmlFor={`support-child-${child.id}`}>{line(child)}</label>
            </li>
          ))}
        </ul>
      )}
      <FieldError id={errorId} messageKey={errorKey} />
    </fieldset>
  );
}
