import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/format';
import type { SixteenState } from '../age';

interface SixteenNoticeProps {
  state: NonNullable<SixteenState>;
  busy: boolean;
  onClose: () => void;
}

/** At 16 a child leaves the register: the office is asked to close the record; before, told ahead. */
export function SixteenNotice({ state, busy, onClose }: SixteenNoticeProps) {
  const { t } = useTranslation();
  const date = formatDate(state.date);
  if (state.kind === 'soon') {
    return (
      <div className="child-notice">
        <p>{t('children.sixteen.soon', { date })}</p>
      </div>
    );
  }
  return (
    <section className="child-prompt" aria-labelledby="child-sixteen-text">
      <p id="child-sixteen-text">{t('children.sixteen.prompt', { date })}</p>
      <button type="button" className="button" onClick={onClose} aria-disabled={busy || undefined} disabled={busy}>
        {t('children.sixteen.close')}
      </button>
    </section>
  );
}
