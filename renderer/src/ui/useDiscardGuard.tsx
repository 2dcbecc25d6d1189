import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * Nothing a user typed is lost without asking: `requestClose` closes at once when nothing was
 * typed, else asks "Bỏ những gì đã nhập?" first. Render `prompt` beside the form (outside a
 * dialog's box, so that the question's keyboard handling stays its own).
 */
export function useDiscardGuard(dirty: boolean, discard: () => void): { requestClose: () => void; prompt: ReactNode } {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const requestClose = () => {
    if (dirty) setAsking(true);
    else discard();
  };
  const prompt = asking ? (
    <ConfirmDialog
      title={t('ui.discard.title')}
      text={t('ui.discard.text')}
      cancelLabel={t('ui.discard.keep')}
      confirmLabel={t('ui.discard.discard')}
      onCancel={() => setAsking(false)}
      onConfirm={() => {
        setAsking(false);
        discard();
      }}
    />
  ) : null;
  return { requestClose, prompt };
}
