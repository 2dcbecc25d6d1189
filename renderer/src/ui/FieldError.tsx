import { useTranslation } from 'react-i18next';

/** An inline field message; `messageKey` is a 'validation.*' i18n key. */
export function FieldError({ id, messageKey }: { id: string; messageKey: string | undefined }) {
  const { t } = useTranslation();
  if (!messageKey) return null;
  const message = t(messageKey); // i18n-dynamic: validation.
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}
