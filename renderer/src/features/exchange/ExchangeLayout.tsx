import { useTranslation } from 'react-i18next';
import type { OfficeMode } from '../../../../shared/schemas/office';
import { TabbedAreaLayout } from '../../ui/TabbedAreaLayout';
import { exchangeSettingsPath, exportPath, importLogPath, packageImportPath, sourceOfficesPath } from './paths';
import '../office/office-form.css';
import '../children/children.css';
import './exchange.css';

/**
 * The exchange area: an office sends its data (export, its log, settings); the province
 * imports what the offices send (import, the offices, the import log).
 */
export function ExchangeLayout({ mode }: { mode: OfficeMode }) {
  const { t } = useTranslation();
  const tabs =
    mode === 'office'
      ? [
          { to: exportPath, label: t('exchangeOffice.layout.export'), end: true },
          { to: exchangeSettingsPath, label: t('exchangeOffice.layout.settings') },
        ]
      : [
          { to: packageImportPath, label: t('exchangeProvince.layout.import') },
          { to: sourceOfficesPath, label: t('exchangeProvince.layout.offices') },
          { to: importLogPath, label: t('exchangeProvince.layout.imports') },
        ];
  const title = mode === 'office' ? t('exchangeOffice.title') : t('exchangeProvince.title');
  return <TabbedAreaLayout pageClassName="exchange-page" title={title} navLabel={t('exchange.navLabel')} tabs={tabs} />;
}
