import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDisplayDate, toIsoDate } from '../../../../../shared/format/date';
import { describedBy } from '../../../ui/describedBy';
import { FieldError } from '../../../ui/FieldError';
import { fundQuickPeriod, fundQuickPeriods, type FundQuickPeriod, type Period } from './periods';

interface FieldErrors {
  from?: string;
  to?: string;
}

/** The period of a fund report: two typed dates (dd/mm/yyyy) or a quick choice. */
export function FundPeriodForm({ period, onApply }: { period: Period; onApply: (period: Period) => void }) {
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
    else document.getElementById(next.from ? 'fund-report-from' : 'fund-report-to')?.focus();
  };

  const choose = (choice: FundQuickPeriod) => {
    const chosen = fundQuickPeriod(choice, toIsoDate(new Date()));
    setFromText(formatDate(chosen.from));
    setToText(formatDate(chosen.to));
    setErrors({});
    onApply(chosen);
  };

  const field = (id: 'from' | 'to', value: string, setValue: (text: string) => void) => {
    const inputId = `fund-report-${id}`;
    const error = errors[id];
    return (
      <div className="fund-period__date">
        <label htmlFor={inputId}>{t(id === 'from' ? 'fund.reports.period.from' : 'fund.reports.period.to')}</label>
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('fund.reports.period.hint')}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${inputId}-hint`, error && `${inputId}-error`)}
        />
        <p id={`${inputId}-hint`} className="visually-hidden">
          {t('fund.reports.period.hint')}
        </p>
        <FieldError id={`${inputId}-error`} messageKey={error} />
      </div>
    );
  };

  return (
    <form className="fund-period" onSubmit={submit} noValidate>
      <fieldset className="fund-period__fields">
        <legend>{t('fund.reports.period.legend')}</legend>
        {field('from', fromText, setFromText)}
        {field('to', toText, setToText)}
        <button type="submit" className="button fund-period__show">
          {t('fund.reports.period.show')}
        </button>
      </fieldset>
      <div className="fund-period__quick" role="group" aria-label={t('fund.reports.period.quickLabel')}>
        <span className="fund-period__quick-label" aria-hidden="true">
          {t('fund.reports.period.quickLabel')}:
        </span>
        {fundQuickPeriods.map((choice) => (
          <button key={choice} type="button" className="button button-secondary button-small" onClick={() => choose(choice)}>
            {t(`fund.reports.period.${choice}`) /* i18n-dynamic: fund.reports.period. */}
          </button>
        ))}
      </div>
    </form>
  );
}
