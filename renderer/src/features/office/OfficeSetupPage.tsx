import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { queryKeys } from '../../api/queries';
import { paths } from '../../app/paths';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { OfficeForm } from './OfficeForm';
import { emptyOfficeValues } from './officeFormValues';
import './setup-page.css';

/** First run: nothing else is reachable until the office is saved. */
export function OfficeSetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  return (
    <div className="setup">
      <header className="setup-header">
        <span className="shell-brand">{t('app.name')}</span>
      </header>
      <main className="setup-main">
        <div className="setup-top">
          <h1>{t('office.setup.title')}</h1>
          <LanguageSwitch idPrefix="setup-language" />
        </div>
        <p className="setup-intro">{t('office.setup.intro')}</p>
        <p className="setup-intro">{t('office.setup.allRequired')}</p>
        <OfficeForm
          defaultValues={emptyOfficeValues(t('office.form.headTitle.default'))}
          submitLabel={t('office.setup.submit')}
          onSaved={(office) => {
            void navigate(paths.children, { replace: true });
            queryClient.setQueryData(queryKeys.office, office);
          }}
        />
      </main>
    </div>
  );
}
