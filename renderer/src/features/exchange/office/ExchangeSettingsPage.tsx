import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { UnsavedChangesGuard } from '../../office/UnsavedChangesGuard';
import { PassphraseForm } from './PassphraseForm';
import { useExchangeOverview } from './queries';
import { SettingsForm } from './SettingsForm';

/** "Cài đặt trao đổi": the office code and what personal data is sent, and apart from them the passphrase. */
export function ExchangeSettingsPage() {
  const { t } = useTranslation();
  const overview = useExchangeOverview();
  // One guard for both forms: the router takes one blocker at a time.
  const [settingsDirty, setSettingsDirty] = useState(false);
  const [passphraseDirty, setPassphraseDirty] = useState(false);

  if (overview.isPending) return <p role="status">{t('exchangeOffice.loading')}</p>;
  if (overview.error) return <ErrorAlert code={errorCode(overview.error)} lead={t('exchangeOffice.loadFailed')} />;
  return (
    <div className="exchange-office">
      <section className="exchange-section" aria-labelledby="exchange-settings-title">
        <h2 id="exchange-settings-title">{t('exchangeOffice.settings.title')}</h2>
        <SettingsForm overview={overview.data} onDirtyChange={setSettingsDirty} />
      </section>
      <section className="exchange-section" aria-labelledby="exchange-passphrase-title">
        <h2 id="exchange-passphrase-title">{t('exchangeOffice.passphrase.title')}</h2>
        <PassphraseForm passphraseSet={overview.data.settings.passphraseSet} onDirtyChange={setPassphraseDirty} />
      </section>
      <UnsavedChangesGuard when={settingsDirty || passphraseDirty} />
    </div>
  );
}
