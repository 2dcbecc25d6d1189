import { useTranslation } from 'react-i18next';
import { PeriodForm } from '../../../ui/PeriodForm';
import { fundQuickPeriod, fundQuickPeriods, type Period } from './periods';

interface FundPeriodFormProps {
  /** Prefix of the date fields' ids: `${idPrefix}-from`, `${idPrefix}-to`. */
  idPrefix: string;
  legend: string;
  submitLabel: string;
  period: Period;
  onApply: (period: Period) => void;
}

/** The period a fund page shows (reports, ledger, receipts), with the fund's quick choices. */
export function FundPeriodForm({ idPrefix, legend, submitLabel, period, onApply }: FundPeriodFormProps) {
  const { t } = useTranslation();
  const texts = {
    legend,
    submit: submitLabel,
    from: t('fund.period.from'),
    to: t('fund.period.to'),
    hint: t('fund.period.hint'),
    quickLabel: t('fund.period.quickLabel'),
  };
  const quickChoices = fundQuickPeriods.map((id) => ({
    id,
    label: t(`fund.period.${id}`) /* i18n-dynamic: fund.period. */,
    period: (todayIso: string) => fundQuickPeriod(id, todayIso),
  }));
  return <PeriodForm idPrefix={idPrefix} texts={texts} quickChoices={quickChoices} period={period} onApply={onApply} />;
}
