import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { donorsPath, fundOverviewPath, fundReportsPath, ledgerPath, receiptsPath, supportsPath } from './paths';
import '../office/office-form.css';
import '../children/children.css';
import './fund.css';

/** The fund's pages under one title, with a row of tabs to move between them. */
export function FundLayout() {
  const { t } = useTranslation();
  const tabs = [
    { to: fundOverviewPath, label: t('fund.layout.overview'), end: true },
    { to: supportsPath, label: t('fund.layout.supports'), end: false },
    { to: receiptsPath, label: t('fund.layout.receipts'), end: false },
    { to: donorsPath, label: t('fund.layout.donors'), end: false },
    { to: ledgerPath, label: t('fund.layout.ledger'), end: false },
    { to: fundReportsPath(), label: t('fund.layout.reports'), end: false },
  ];
  return (
    <div className="page fund-page">
      <h1>{t('fund.layout.title')}</h1>
      <nav className="fund-tabs" aria-label={t('fund.layout.navLabel')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to} end={tab.end} className="fund-tab">
                {tab.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
