import { useTranslation } from 'react-i18next';
import type { ChildDetail } from '../../../../../shared/register';

/**
 * Gifts and Child Fund support given to the child. Filled by those features when they come;
 * until then it says what will appear here.
 */
export function SupportTab(_props: { child: ChildDetail }) {
  const { t } = useTranslation();
  return (
    <div className="child-empty-tab">
      <h2>{t('children.support.title')}</h2>
      <p>{t('children.support.empty')}</p>
    </div>
  );
}
