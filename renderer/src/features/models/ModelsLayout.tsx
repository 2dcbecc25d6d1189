import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { childFriendlyPath, coveragePath, floodPath, modelTypesPath, rolloutsPath, safeHomePath } from './paths';
import '../office/office-form.css';
import '../children/children.css';
import './models.css';

/** The community models' pages under one title, with a row of tabs to move between them. */
export function ModelsLayout() {
  const { t } = useTranslation();
  const tabs = [
    { to: coveragePath, label: t('models.layout.coverage'), end: true },
    { to: rolloutsPath, label: t('models.layout.rollouts'), end: false },
    { to: safeHomePath, label: t('models.layout.safeHome'), end: false },
    { to: childFriendlyPath, label: t('models.layout.childFriendly'), end: false },
    { to: floodPath, label: t('models.layout.flood'), end: false },
    { to: modelTypesPath, label: t('models.layout.types'), end: false },
  ];
  return (
    <div className="page models-page">
      <h1>{t('models.layout.title')}</h1>
      <nav className="models-tabs" aria-label={t('models.layout.navLabel')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.to}>
              <NavLink to={tab.to} end={tab.end} className="models-tab">
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
