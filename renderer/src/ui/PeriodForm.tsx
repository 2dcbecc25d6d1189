import { useState, type FormEvent } from 'react';
import { formatDate, parseDisplayDate, toIsoDate } from '../../../shared/format/date';
import { describedBy } from './describedBy';
import { FieldError } from './FieldError';
import './period-form.css';

/** A period, both days included, as YYYY-MM-DD. */
export interface DatePeriod {
  from: string;
  to: string;
}

/** A one-click period, worked out from today when chosen. */
export interface QuickPeriodChoice {
  id: string;
  label: string;
  period: (todayIso: string) => DatePeriod;
}

/** The form's words, already translated by the page that shows it. */
export interface PeriodFormTexts {
  legend: string;
  submit: string;
  from: string;
  to: string;
  /** How to type a date (dd/mm/yyyy): the placeholder and the fields' description. */
  hint: string;
  quickLabel: string;
}

interface PeriodFormProps {
  /** Prefix of the date fields' ids: `${idPrefix}-from`, `${idPrefix}-to`. */
  idPrefix: string;
  texts: PeriodFormTexts;
  quickChoices: readonly QuickPeriodChoice[];
  period: DatePeriod;
  onApply: (period: DatePeriod) => void;
}

interface FieldErrors {
  from?: string;
  to?: string;
}

/** A period to show: two typed dates (dd/mm/yyyy, as people write them) or a quick choice. */
export function PeriodForm({ idPrefix, texts, quickChoices, period, onApply }: PeriodFormProps) {
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
    else document.getElementById(next.from ? `${idPrefix}-from` : `${idPrefix}-to`)?.focus();
  };

  const choose = (choice: QuickPeriodChoice) => {
    const chosen = choice.period(toIsoDate(new Date()));
    setFromText(formatDate(chosen.from));
    setToText(formatDate(chosen.to));
    setErrors({});
    onApply(chosen);
  };

  const field = (id: 'from' | 'to', value: string, setValue: (text: string) => void) => {
    const inputId = `${idPrefix}-${id}`;
    const error = errors[id];
    return (
      <div className="period-form__date">
        <label htmlFor={inputId}>{texts[id]}</label>
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={texts.hint}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${inputId}-hint`, error && `${inputId}-error`)}
        />
        <p id={`${inputId}-hint`} className="visually-hidden">
          {texts.hint}
        </p>
        <FieldError id={`${inputId}-error`} messageKey={error} />
      </div>
    );
  };

  return (
    <form className="period-form" onSubmit={submit} noValidate>
      <fieldset className="period-form__fields">
        <legend>{texts.legend}</legend>
        {field('from', fromText, setFromText)}
        {field('to', toText, setToText)}
        <button type="submit" className="button period-form__show">
          {texts.submit}
        </button>
      </fieldset>
      <div className="period-form__quick" role="group" aria-label={texts.quickLabel}>
        <span className="period-form__quick-label" aria-hidden="true">
          {texts.quickLabel}:
        </span>
        {quickChoices.map((choice) => (
          <button key={choice.id} type="button" className="button button-secondary button-small" onClick={() => choose(choice)}>
            {choice.label}
          </button>
        ))}
      </div>
    </form>
  );
}
