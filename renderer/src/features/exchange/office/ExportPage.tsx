import { useTranslation } from 'react-i18next';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ExportForm } from './ExportForm';
import { ExportLog } from './ExportLog';
import { IncompleteSettings, settingsComplete } from './IncompleteSettings';
import { useExchangeOverview } from './queries';
import { ReceiptImport } from './ReceiptImport';

/** "Gửi số liệu": make a package for the province, the log of what was sent, and the province's receipts. */
export function ExportPage() {
  const { t } = useTranslation();
  const overview = useExchangeOverview();
  if (overview.isPending) return <p role="status">{t('exchangeOffice.loading')}</p>;
  if (overview.error) return <ErrorAlert code={errorCode(overview.error)} lead={t('exchangeOffice.loadFailed')} />;
  const { settings, exports } = overview.data;

  return (
    <div className="exchange-office">
      <section className="exchange-section" aria-labelledby="exchange-export-title">
        <h2 id="exchange-export-title">{t('exchangeOffice.export.title')}</h2>
        {settingsComplete(settings) ? (
          <>
            <p className="exchange-intro">{t('exchangeOffice.export.intro')}</p>
            <ExportForm overview={overview.data} />
          </>
        ) : (
          <IncompleteSettings settings={settings} />
        )}
      </section>
      <section className="exchange-section" aria-labelledby="exchange-log-title">
        <h2 id="exchange-log-title">{t('exchangeOffice.log.title')}</h2>
        <ExportLog exports={exports} />
        {exports.length > 0 && <ReceiptImport />}
      </section>
    </div>
  );
}
