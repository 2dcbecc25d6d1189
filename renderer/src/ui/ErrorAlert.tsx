import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors';

/** An error code from main, shown translated in an alert region. */
export function ErrorAlert({ code, lead }: { code: ErrorCode; lead?: string }) {
  const { t } = useTranslation();
  const message = t(code); // i18n-dynamic: errors.
  return (
    <div className="alert" role="alert">
      <p>
        {lead && <strong>{lead} </strong>}
        {message}
      </p>
    </div>
  );
}
