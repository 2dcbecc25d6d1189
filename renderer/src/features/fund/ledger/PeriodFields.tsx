import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDisplayDate } from '../../../../../shared/format';
import { describedBy } from '../../../ui/describedBy';
import { FieldError } from '../../../ui/FieldError';

export interface Period {
  from: string;
  to: string;
}

/** This calendar year, 1 January to 31 December: what the fund's pages show first. */
export const yearPeriod = (today: string): Period => ({ from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` });

/**
 * "Từ ngày … đến ngày …", typed dd/mm/yyyy. The period changes only once both dates read and
 * are in order; until then the fields say what is wrong and the page keeps the last good period.
 */
export function PeriodFields({ idPrefix, period, onChange }: { idPrefix: string; period: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation();
  const [fromText, setFromText] = useState(formatDate(period.from));
  const [toText, setToText] = useState(formatDate(period.to));
  // A date half typed is not an error yet: messages wait until the field is left.
  const [left, setLeft] = useState({ from: false, to: false });
  const from = parseDisplayDate(fromText);
  const to = parseDisplayDate(toText);
  const fromError = left.from && from === null ? 'validation.date' : undefined;
  const toError = !left.to ? undefined : to === null ? 'validation.date' : from !== null && to < from ? 'validation.periodOrder' : undefined;

  const update = (nextFrom: string, nextTo: string) => {
    setFromText(nextFrom);
    setToText(nextTo);
    const a = parseDisplayDate(nextFrom);
    const b = parseDisplayDate(nextTo);
    if (a !== null && b !== null && a <= b && (a !== period.from || b !== period.to)) onChange({ from: a, to: b });
  };

  const field = (which: 'from' | 'to', text: string, error: string | undefined) => {
    const id = `${idPrefix}-${which}`;
    return (
      <div className="field fund-date-field">
        <label htmlFor={id}>{which === 'from' ? t('fund.ledger.from') : t('fund.ledger.to')}</label>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('children.form.datePlaceholder')}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(error && `${id}-error`)}
          onBlur={() => setLeft((current) => ({ ...current, [which]: true }))}
          onChange={(event) => (which === 'from' ? update(event.target.value, toText) : update(fromText, event.target.value))}
        />
        <FieldError id={`${id}-error`} messageKey={error} />
      </div>
    );
  };

  return (
    <>
      {field('from', fromText, fromError)}
      {field('to', toText, toError)}
    </>
  );
}
