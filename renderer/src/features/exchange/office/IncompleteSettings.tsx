import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExchangeSettings } from '../../../../../shared/exchange';
import { exchangeSettingsPath } from '../paths';

/** An export needs the office code and the passphrase: until both are set, say what is missing and where to set it. */
export function IncompleteSettings({ settings }: { settings: ExchangeSettings }) {
  const { t } = useTranslation();
  return (
    <div className="exchange-incomplete" role="note" aria-labelledby="exchange-incomplete-title">
      <h3 id="exchange-incomplete-title">{t('exchangeOffice.incomplete.title')}</h3>
      <p>{t('exchangeOffice.incomplete.text')}</p>
      <ul>
        {settings.officeCode === '' && <li>{t('exchangeOffice.incomplete.officeCode')}</li>}
        {!settings.passphraseSet && <li>{t('exchangeOffice.incomplete.passphrase')}</li>}
      </ul>
      <p>
        <Link className="button" to={exchangeSettingsPath}>
          {t('exchangeOffice.incomplete.link')}
        </Link>
      </p>
    </div>
  );
}

/** Whether an export can be made with these settings (main checks again). */
export const settingsComplete = (settings: ExchangeSettings): boolean => settings.officeCode !== '' && settings.passphraseSet;
