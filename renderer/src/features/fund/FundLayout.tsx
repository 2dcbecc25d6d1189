import { useTranslation } from 'react-i18next';
import { TabbedAreaLayout } from '../../ui/TabbedAreaLayout';
import { donorsPath, fundOverviewPath, fundReportsPath, ledgerPath, receiptsPath, supportsPath } from './paths';
import '../office/office-form.css';
import '../children/children.css';
import './fund.css';

/** The fund's pages under one title, with a row of tabs to move between them. */
export function FundLayout() {
  const { t } = useTranslation();
  const tabs = [
    { to: fundOverviewPath, label: t('fund.layout.overview'), end: true },
    { to: supportsPath, label: t('fund.layout.supports') },
    { to: receiptsPath, label: t('fund.layout.receipts') },
    { to: donorsPath, label: t('fund.layout.donors') },
    { to: ledgerPath, label: t('fund.layout.ledger') },
    { to: fundReportsPath(), label: t('fund.layout.reports') },
  ];
  return <TabbedAreaLayout pageClassName="fund-page" title={t('fund.layout.title')} navLabel={t('fund.layout.navLabel')} tabs={tabs} />;
}
