import { useTranslation } from 'react-i18next';
import { TabbedAreaLayout } from '../../ui/TabbedAreaLayout';
import { childFriendlyPath, coveragePath, floodPath, modelTypesPath, rolloutsPath, safeHomePath } from './paths';
import '../office/office-form.css';
import '../children/children.css';
import './models.css';

/** The community models' pages under one title, with a row of tabs to move between them. */
export function ModelsLayout() {
  const { t } = useTranslation();
  const tabs = [
    { to: coveragePath, label: t('models.layout.coverage'), end: true },
    { to: rolloutsPath, label: t('models.layout.rollouts') },
    { to: safeHomePath, label: t('models.layout.safeHome') },
    { to: childFriendlyPath, label: t('models.layout.childFriendly') },
    { to: floodPath, label: t('models.layout.flood') },
    { to: modelTypesPath, label: t('models.layout.types') },
  ];
  return <TabbedAreaLayout pageClassName="models-page" title={t('models.layout.title')} navLabel={t('models.layout.navLabel')} tabs={tabs} />;
}
