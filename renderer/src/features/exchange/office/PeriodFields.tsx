import type { FieldErrors, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { exchangePeriodKinds, periodsPerYear, type ExchangePeriodKind } from '../../../../../shared/codes/exchange';
import { describedBy } from '../../../ui/describedBy';
import { FieldError } from '../../../ui/FieldError';
import { messageKey } from '../../children/dateText';
import { romanNumeral } from '../../../../../shared/format/roman';
import { useExchangeLabels } from '../labels';
import { lastEndedPeriod } from './lastEndedPeriod';
import type { ExportValues } from './exportValues';

const isKind = (value: string): value is ExchangePeriodKind => (exchangePeriodKinds as readonly string[]).includes(value);

/** This year and the five before it, stretched to include the one chosen; newest first. */
function yearChoices(selected: number, thisYear: number): number[] {
  const from = Math.min(selected, thisYear - 5);
  const to = Math.max(selected, thisYear);
  return Array.from({ length: to - from + 1 }, (_, index) => to - index);
}

interface PeriodFieldsProps {
  /** The kind and year chosen now (the numbers offered depend on the kind). */
  kind: ExchangePeriodKind;
  year: number;
  todayIso: string;
  register: UseFormRegister<ExportValues>;
  setValue: UseFormSetValue<ExportValues>;
  errors: FieldErrors<ExportValues>;
}

/**
 * The period a package is labelled with: its kind, year and which month, quarter or half.
 * Choosing a kind chooses its period that ended last, the one an office usually sends.
 */
export function PeriodFields({ kind, year, todayIso, register, setValue, errors }: PeriodFieldsProps) {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const kindError = messageKey(errors.period?.kind?.message);
  const yearError = messageKey(errors.period?.year?.message);
  const numberError = messageKey(errors.period?.number?.message);

  const optionLabel = (number: number): string => {
    switch (kind) {
      case 'month':
        return t('exchangeOffice.export.monthOption', { number });
      case 'quarter':
        return t('exchangeOffice.export.quarterOption', { roman: romanNumeral(number) });
      default:
        return number === 1 ? t('exchangeOffice.export.half1') : t('exchangeOffice.export.half2');
    }
  };
  const numberLabel =
    kind === 'month' ? t('exchangeOffice.export.month') : kind === 'quarter' ? t('exchangeOffice.export.quarter') : t('exchangeOffice.export.half');

  return (
    <fieldset className="exchange-period" aria-describedby="exchange-period-hint">
      <legend>{t('exchangeOffice.export.period')}</legend>
      <p id="exchange-period-hint" className="field-hint">
        {t('exchangeOffice.export.periodHint')}
      </p>
      <div className="exchange-period__fields">
        <div className="field">
          <label htmlFor="exchange-period-kind">{t('exchangeOffice.export.kind')}</label>
          <select
            id="exchange-period-kind"
            aria-invalid={kindError ? true : undefined}
            aria-describedby={describedBy(kindError && 'exchange-period-kind-error')}
            {...register('period.kind', {
              onChange: (event: { target: { value: string } }) => {
                if (!isKind(event.target.value)) return;
                const next = lastEndedPeriod(event.target.value, todayIso);
                setValue('period.year', next.year, { shouldDirty: true });
                setValue('period.number', next.number, { shouldDirty: true });
              },
            })}
          >
            {exchangePeriodKinds.map((kind) => (
              <option key={kind} value={kind}>
                {labels.periodKind(kind)}
              </option>
            ))}
          </select>
          <FieldError id="exchange-period-kind-error" messageKey={kindError} />
        </div>
        {kind !== 'year' && (
          // Remounted per kind, so that the number chosen with the kind is the one shown among the new options.
          <div className="field" key={kind}>
            <label htmlFor="exchange-period-number">{numberLabel}</label>
            <select
              id="exchange-period-number"
              aria-invalid={numberError ? true : undefined}
              aria-describedby={describedBy(numberError && 'exchange-period-number-error')}
              {...register('period.number', { valueAsNumber: true })}
            >
              {Array.from({ length: periodsPerYear(kind) }, (_, index) => index + 1).map((number) => (
                <option key={number} value={number}>
                  {optionLabel(number)}
                </option>
              ))}
            </select>
            <FieldError id="exchange-period-number-error" messageKey={numberError} />
          </div>
        )}
        <div className="field">
          <label htmlFor="exchange-period-year">{t('exchangeOffice.export.year')}</label>
          <select
            id="exchange-period-year"
            aria-invalid={yearError ? true : undefined}
            aria-describedby={describedBy(yearError && 'exchange-period-year-error')}
            {...register('period.year', { valueAsNumber: true })}
          >
            {yearChoices(year, Number(todayIso.slice(0, 4))).map((choice) => (
              <option key={choice} value={choice}>
                {choice}
              </option>
            ))}
          </select>
          <FieldError id="exchange-period-year-error" messageKey={yearError} />
        </div>
      </div>
    </fieldset>
  );
}
