import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDisplayDate, toIsoDate } from '../../../../../shared/format/date';
import { describedBy } from '../../../ui/describedBy';
import { FieldError } from '../../../ui/FieldError';
import { fundQuickPeriod, fundQuickPeriods, type FundQuickPeriod, type Period } from './periods';
import './fund-period.css';

interface FieldErrors {
  from?: string;
  to?: string;
}

interface FundPeriodFormProps {
  /** Prefix of the date fields' ids: `${idPrefix}-from`, `${idPrefix}-to`. */
  idPrefix: string;
  legend: string;
  submitLabel: string;
  period: Period;
  onApply: (period: Period) => void;
}

/** The period a fund page shows (reports, ledger, receipts): two typed dates (dd/mm/yyyy) or a quick choice. */
export function FundPeriodForm({ idPrefix, legend, submitLabel, period, onApply }: FundPeriodFormProps) {
  const { t } = useTranslation();
  const [fromText, setFromText] = useState(formatDate(period.from));
  const [toText, setToText] = useState(formatDate(period.to));
  const [errors, setErrors] = useState<FieldErrors>({});
  // A new period from outside (back, forward, a quick choice): show it in the fields, set during
  // render rather than by remounting so that focus stays where the user is.
  const [shown, setShown] = useState(period);
  if (shown.from !== period.from || shown.to !== period.to) {
    setShown(period);
    setFromText(formatDate(period.from));
    setToText(formatDate(period.to));
    setErrors({});
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const from = parseDisplayDate(fromText);
    const to = parseDisplayDate(toText);
    const next: FieldErrors = {
      from: from ? undefined : 'validation.date',
      to: to ? (from && from > to ? 'validation.periodOrder' : undefined) : 'validation.date',
    };
    setErrors(next);
    if (from && to && !next.from && !next.to) onApply({ from, to });
    else document.getElementById(next.from ? `${idPrefix}-from` : `${idPrefix}-to`)?.focus();
  };

  const choose = (choice: FundQuickPeriod) => {
    const chosen = fundQuickPeriod(choice, toIsoDate(new Date()));
    setFromText(formatDate(chosen.from));
    setToText(formatDate(chosen.to));
    setErrors({});
    onApply(chosen);
  };

  const field = (id: 'from' | 'to', value: string, setValue: (text: string) => void) => {
    const inputId = `${idPrefix}-${id}`;
    const error = errors[id];
    return (
      <div className="fund-period__date">
        <label htmlFor={inputId}>{t(id === 'from' ? 'fund.period.from' : 'fund.period.to')}</label>
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('fund.period.hint')}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${inputId}-hint`, error && `${inputId}-error`)}
        />
        <p id={`${inputId}-hint`} className="visually-hidden">
          {t('fund.period.hint')}
        </p>
        <FieldError id={`${inputId}-error`} messageKey={error} />
      </div>
    );
  };

  return (
    <form className="fund-period" onSubmit={submit} noValidate>
      <fieldset className="fund-period__fields">
        <legend>{legend}</legend>
        {field('from', fromText, setFromText)}
        {field('to', toText, setToText)}
        <button type="submit" className="button fund-period__show">
          {submitLabel}
        </button>
      </fieldset>
      <div className="fund-period__quick" role="group" aria-label={t('fund.period.quickLabel')}>
        <span className="fund-period__quick-label" aria-hidden="true">
          {t('fund.period.quickLabel')}:
        </span>
        {fundQuickPeriods.map((choice) => (
          <button key={choice} type="button" className="button button-secondary button-small" onClick={() => choose(choice)}>
            {t(`fund.period.${choice}`) /* i18n-dynamic: fund.period. */}
          </button>
        ))}
      </div>
    </form>
  );
}
