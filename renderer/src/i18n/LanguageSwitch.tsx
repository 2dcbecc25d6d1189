import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schemas/preferences';
import { useApi } from '../api/ApiProvider';
import { errorCode, queryKeys } from '../api/queries';
import { ErrorAlert } from '../ui/ErrorAlert';
import { currentLanguage } from './index';

/** Tiếng Việt / English: stored in the database, applied at once. */
export function LanguageSwitch({ idPrefix = 'language' }: { idPrefix?: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  // The choice being saved, set at once so the radio does not flick back meanwhile.
  const [choosing, setChoosing] = useState<Language | null>(null);
  const change = useMutation({
    mutationFn: (language: Language) => api.request('preferences.setLanguage', { language }),
    onSuccess: async (preferences) => {
      queryClient.setQueryData(queryKeys.preferences, preferences);
      await i18n.changeLanguage(preferences.language);
    },
    onSettled: () => setChoosing(null),
  });
  const shown = choosing ?? currentLanguage(i18n);

  const option = (language: Language, label: string) => (
    <div className="radio-option">
      <input
        id={`${idPrefix}-${language}`}
        type="radio"
        name={`${idPrefix}-choice`}
        value={language}
        checked={shown === language}
        onChange={() => {
          setChoosing(language);
          change.mutate(language);
        }}
      />
      <label htmlFor={`${idPrefix}-${language}`} lang={language}>
        {label}
      </label>
    </div>
  );

  return (
    <fieldset className="radio-group language-switch">
      <legend>{t('language.legend')}</legend>
      <div className="radio-options">
        {option('vi', t('language.vi'))}
        {option('en', t('language.en'))}
      </div>
      {change.isError && <ErrorAlert code={errorCode(change.error)} />}
    </fieldset>
  );
}
