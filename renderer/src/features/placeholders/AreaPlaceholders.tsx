import { useTranslation } from 'react-i18next';
import './placeholders.css';

/** An area that is not built yet: says so, and what will come. */
function AreaPlaceholder({ title, description }: { title: string; description: string }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{title}</h1>
      <div className="placeholder-note">
        <p className="placeholder-status">{t('areas.underConstruction')}</p>
        <p>{description}</p>
      </div>
    </div>
  );
}

export function ExchangePage() {
  const { t } = useTranslation();
  return <AreaPlaceholder title={t('nav.exchange')} description={t('areas.exchange')} />;
}
