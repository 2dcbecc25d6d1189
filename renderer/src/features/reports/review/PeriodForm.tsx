import { useTranslation } from 'react-i18next';
import { PeriodForm as DatePeriodForm } from '../../../ui/PeriodForm';
import { quickPeriod, quickPeriods, type Period } from './periods';

interface PeriodFormProps {
  period: Period;
  onApply: (period: Period) => void;
}

/** The review's report period, with the report's quick choices. */
export function PeriodForm({ period, onApply }: PeriodFormProps) {
  const { t } = useTranslation();
  const texts = {
    legend: t('review.period.legend'),
    submit: t('review.period.show'),
    from: t('review.period.from'),
    to: t('review.period.to'),
    hint: t('review.period.hint'),
    quickLabel: t('review.period.quickLabel'),
  };
  const quickChoices = quickPeriods.map((id) => ({
    id,
    label: t(`review.period.${id}`) /* i18n-dynamic: review.period. */,
    period: (todayIso: string) => quickPeriod(id, todayIso),
  }));
  return <DatePeriodForm idPrefix="review" texts={texts} quickChoices={quickChoices} period={period} onApply={onApply} />;
}
