import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseDisplayDate, toIsoDate } from '../../../../../shared/format/date';
import { describedBy } from '../../../ui/describedBy';
import { FieldError } from '../../../ui/FieldError';
import { quickPeriod, quickPeriods, type Period, type QuickPeriod } from './periods';

interface PeriodFormProps {
  period: Period;
  onApply: (period: Period) => void;
}

interface FieldErrors {
  from?: string;
  to?: string;
}

/**
 * The report period: two typed dates (dd/mm/yyyy, as people write them) or a quick choice.
 */
export function PeriodForm({ period, onApply }: PeriodFormProps) {
  const { t } = useTranslation();
  const [fromText, setFromText] = useState(formatDate(period.from));
  const [toText, setToText] = useState(formatDate(period.to));
  const [errors, setErrors] = useState<FieldErrors>({});
  // A new period from outside (back, forward, a quick choice): show it in the fields. Set
  // during render rather than by remounting, so that focus stays where the user is.
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
    else document.getElementById(next.from ? 'review-from' : 'review-to')?.focus();
  };

  const choose = (choice: QuickPeriod) => {
    const chosen = quickPeriod(choice, toIsoDate(new Date()));
    setFromText(formatDate(chosen.from));
    setToText(formatDate(chosen.to));
    setErrors({});
    onApply(chosen);
  };

  const field = (id: 'from' | 'to', value: string, setValue: (text: string) => void) => {
    const inputId = `review-${id}`;
    const error = errors[id];
    return (
      <div className="review-period__date">
        <label htmlFor={inputId}>{t(id === 'from' ? 'review.period.from' : 'review.period.to')}</label>
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('review.period.hint')}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${inputId}-hint`, error && `${inputId}-error`)}
        />
        <p id={`${inputId}-hint`} className="visually-hidden">
          {t('review.period.hint')}
        </p>
        <FieldError id={`${inputId}-error`} messageKey={error} />
      </div>
    );
  };

  return (
    <form className="review-period" onSubmit={submit} noValidate>
      <fieldset className="review-period__fields">
        <legend>{t('review.period.legend')}</legend>
        {field('from', fromText, setFromText)}
        {field('to', toText, setToText)}
        <button type="submit" className="button review-period__show">
          {t('review.period.show')}
        </button>
      </fieldset>
      <div className="review-period__quick" role="group" aria-label={t('review.period.quickLabel')}>
        <span className="review-period__quick-label" aria-hidden="true">
          {t('review.period.quickLabel')}:
        </span>
        {quickPeriods.map((choice) => (
          <button key={choice} type="button" className="button button-secondary button-small" onClick={() => choose(choice)}>
            {t(`review.period.${choice}`) /* i18n-dynamic: review.period. */}
          </button>
        ))}
      </div>
    </form>
  );
}
