import { useTranslation } from 'react-i18next';

/**
 * The translator for the text of a printed document. Administrative documents (Nghị định
 * 30/2020/NĐ-CP) are written in Vietnamese whatever the interface language; the toolbar
 * around them follows the interface.
 */
export function useDocumentT() {
  const { i18n } = useTranslation();
  return i18n.getFixedT('vi');
}
