import { useTranslation } from 'react-i18next';
import type { RegisterStatus } from '../../../../shared/codes/register';

export function StatusBadge({ status }: { status: RegisterStatus }) {
  const { t } = useTranslation();
  const label = t(`codes.status.${status}`); // i18n-dynamic: codes.status.
  return <span className={`status-badge status-${status}`}>{label}</span>;
}
