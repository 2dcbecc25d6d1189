import { z } from 'zod';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'vi';

export const languageSchema = z.object({ language: z.enum(languages) });

export interface Preferences {
  language: Language;
}
