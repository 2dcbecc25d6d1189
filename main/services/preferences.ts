import type { Kysely } from 'kysely';
import { defaultLanguage, languages, type Language, type Preferences } from '../../shared/schemas/preferences';
import type { Database } from '../db/schema';

const languageKey = 'ui.language';

function isLanguage(value: string | undefined): value is Language {
  return (languages as readonly string[]).includes(value ?? '');
}

export async function getPreferences(db: Kysely<Database>): Promise<Preferences> {
  const row = await db.selectFrom('app_setting').select('value').where('key', '=', languageKey).executeTakeFirst();
  return { language: isLanguage(row?.value) ? row.value : defaultLanguage };
}

export async function setLanguage(db: Kysely<Database>, language: Language): Promise<Preferences> {
  await db
    .insertInto('app_setting')
    .values({ key: languageKey, value: language })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: language }))
    .execute();
  return { language };
}
