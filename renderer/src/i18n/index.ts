import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, languages, type Language } from '../../../shared/schemas/preferences';
import en from './locales/en.json';
import vi from './locales/vi.json';

export const resources = {
  vi: { translation: vi },
  en: { translation: en },
} as const;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language the UI shows now (falls back to Vietnamese). */
export function currentLanguage(instance: i18n): Language {
  const lang = instance.resolvedLanguage ?? instance.language;
  return isLanguage(lang) ? lang : defaultLanguage;
}

/** `<html lang>` and the window title follow the UI language. */
function reflectLanguage(instance: i18n): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = currentLanguage(instance);
  document.title = instance.t('app.name');
}

/**
 * One i18next instance per app (and per test), initialised with the language stored
 * in the database so that the first paint is already in the right language.
 */
export async function createI18n(language: Language = defaultLanguage): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  await instance.init({
    resources,
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: languages,
    interpolation: { escapeValue: false }, // React escapes text itself
    returnNull: false,
    initAsync: false,
    react: { useSuspense: false },
  });
  reflectLanguage(instance);
  instance.on('languageChanged', () => reflectLanguage(instance));
  return instance;
}

/**
 * Form messages are i18n keys from shared/schemas ('validation.*'). Anything else
 * (a zod default message, say) is shown as the generic 'validation.invalid'.
 */
export function validationKey(message: string | undefined): string | undefined {
  if (message === undefined || message === '') return undefined;
  return message.startsWith('validation.') ? message : 'validation.invalid';
}
