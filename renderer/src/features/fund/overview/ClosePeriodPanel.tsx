import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closedThrough, periodEnd } from '../../../../../shared/codes/fund';
import { formatDate, formatDateTime } from '../../../../../shared/format';
import type { ClosedPeriod } from '../../../../../shared/fund';
import { periodCloseSchema } from '../../../../../shared/schemas/fund';
import { errorCode } from '../../../api/queries';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { describedBy } from '../../../ui/describedBy';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FieldError } from '../../../ui/FieldError';
import { todayIso } from '../../children/age';
import { lastDayOf, lastMonthText, periodFromText, periodName, type PeriodKind } from './period';
import { useClosePeriod } from './queries';

/**
 * The closed periods and the day the books are closed up to, and "Khóa sổ" for a month or a
 * year. Closing is final and closes every earlier day too, so it is asked once more in words
 * that say what it locks.
 */
export function ClosePeriodPanel({ closed }: { closed: ClosedPeriod[] }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PeriodKind>('month');
  const [text, setText] = useState(() => lastMonthText(todayIso()));
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [asking, setAsking] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const close = useClosePeriod();
  const through = closedThrough(closed.map((period) => period.period));

  const choose = (next: PeriodKind) => {
    setKind(next);
    setFieldError(undefined);
    setText(next === 'year' ? String(Number(todayIso().slice(0, 4)) - 1) : lastMonthText(todayIso()));
  };

  const ask = () => {
    setDone(null);
    close.reset();
    const period = periodFromText(kind, text);
    if (period === null || !periodCloseSchema.safeParse({ period }).success) {
      setFieldError('validation.period');
      return;
    }
    setFieldError(undefined);
    setAsking(period);
  };

  const confirm = (period: string) => {
    setAsking(null);
    close.mutate({ period }, { onSuccess: () => setDone(period) });
  };

  return (
    <section className="fund-section" aria-labelledby="fund-close-title">
      <h3 id="fund-close-title">{t('fund.overview.close.title')}</h3>
      {through === null ? (
        <p>{t('fund.overview.close.none')}</p>
      ) : (
        <p className="fund-closed-through">{t('fund.overview.close.through', { date: formatDate(lastDayOf(through)) })}</p>
      )}
      {closed.length > 0 && (
        <ul className="fund-closed-list">
          {closed.map((period) => (
            <li key={period.period}>
              {t('fund.overview.close.closedLine', { period: periodName(t, period.period), at: formatDateTime(period.closedAt) })}
            </li>
          ))}
        </ul>
      )}
      <form
        className="fund-close-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          ask();
        }}
      >
        <fieldset className="radio-group">
          <legend>{t('fund.overview.close.kind')}</legend>
          <div className="radio-options">
            {(['month', 'year'] as const).map((option) => (
              <div className="radio-option" key={option}>
                <input id={`fund-close-${option}`} type="radio" name="fund-close-kind" checked={kind === option} onChange={() => choose(option)} />
                <label htmlFor={`fund-close-${option}`}>{option === 'month' ? t('fund.overview.close.month') : t('fund.overview.close.year')}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="fund-close-period">{kind === 'month' ? t('fund.overview.close.monthField') : t('fund.overview.close.yearField')}</label>
          <input
            id="fund-close-period"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder={kind === 'month' ? 'mm/yyyy' : 'yyyy'}
            value={text}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={describedBy(fieldError && 'fund-close-period-error')}
            onChange={(event) => setText(event.target.value)}
          />
          <FieldError id="fund-close-period-error" messageKey={fieldError} />
        </div>
        {close.error && <ErrorAlert code={errorCode(close.error)} lead={t('fund.overview.close.failed')} />}
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={close.isPending || undefined}>
            {t('fund.overview.close.submit')}
          </button>
          <span role="status" className="form-status">
            {done && t('fund.overview.close.done', { period: periodName(t, done) })}
          </span>
        </div>
      </form>
      {asking && (
        <ConfirmDialog
          title={t('fund.overview.close.confirmTitle', { period: periodName(t, asking) })}
          text={t('fund.overview.close.confirmText', { period: periodName(t, asking), through: formatDate(lastDayOf(periodEnd(asking))) })}
          cancelLabel={t('fund.overview.close.confirmCancel')}
          confirmLabel={t('fund.overview.close.confirmSubmit')}
          onCancel={() => setAsking(null)}
          onConfirm={() => confirm(asking)}
        />
      )}
    </section>
  );
}
