import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate } from '../../../../../shared/format/date';
import { Tabs } from '../../children/Tabs';
import type { FundReportKind } from '../paths';
import { FundPeriodForm } from '../common/FundPeriodForm';
import { periodInSearch, type Period } from '../common/periods';
import { FundReportActions } from './FundReportActions';
import { FundReportBody } from './FundReportBody';
import { asReportKind, fundReportKinds } from './reportKinds';
import '../../children/children.css';
import './fund-reports.css';

/**
 * The fund's three reports, one tab each, over one period. Report and period live in the
 * address (?report=…&from=…&to=…): back and forward, the print route and a tab switch agree.
 */
export function FundReportsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const kind = asReportKind(search.get('report'));
  const period: Period = periodInSearch(search);

  // A new period is a step back can undo; a tab switch is not (as the other tabbed pages do).
  const show = (nextKind: FundReportKind, nextPeriod: Period, replace = false) =>
    setSearch({ report: nextKind, from: nextPeriod.from, to: nextPeriod.to }, { replace });

  return (
    <div className="fund-reports-page">
      <h2>{t('fund.reports.title')}</h2>
      <FundPeriodForm
        idPrefix="fund-report"
        legend={t('fund.reports.period.legend')}
        submitLabel={t('fund.reports.period.show')}
        period={period}
        onApply={(next) => show(kind, next)}
      />
      <Tabs
        label={t('fund.reports.tabsLabel')}
        tabs={fundReportKinds.map((id) => ({ id, label: t(`fund.reports.${id}.tab`) /* i18n-dynamic: fund.reports. */ }))}
        selected={kind}
        onSelect={(id) => show(asReportKind(id), period, true)}
      >
        <div className="fund-report-bar">
          <p className="fund-report-bar__period">
            {t('fund.reports.period.shown', { from: formatDate(period.from), to: formatDate(period.to) })}
          </p>
          <FundReportActions kind={kind} period={period} />
        </div>
        <FundReportBody kind={kind} period={period} />
      </Tabs>
    </div>
  );
}
