import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys, useOffice } from '../../api/queries';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { OfficeForm } from '../office/OfficeForm';
import { officeToFormValues } from '../office/officeFormValues';
import { CircumstanceSettings } from './CircumstanceSettings';
import './settings.css';

export function SettingsPage() {
  const { t } = useTranslation();
  const office = useOffice();
  const queryClient = useQueryClient();

  return (
    <div className="page">
      <h1>{t('settings.title')}</h1>
      <section className="settings-section settings-card">
        <LanguageSwitch idPrefix="settings-language" />
      </section>
      {office.data && (
        <section className="settings-section" aria-labelledby="settings-office-heading">
          <h2 id="settings-office-heading">{t('settings.officeHeading')}</h2>
          <p>{t('settings.officeIntro')}</p>
          <OfficeForm
            defaultValues={officeToFormValues(office.data)}
            submitLabel={t('settings.submit')}
            savedMessage={t('settings.saved')}
            guardUnsaved
            onSaved={(saved) => queryClient.setQueryData(queryKeys.office, saved)}
          />
        </section>
      )}
      <CircumstanceSettings />
    </div>
  );
}
