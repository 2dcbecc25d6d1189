import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { importIssues } from './issues';

const root = join(import.meta.dirname, '..', '..', '..');
const locale = (language: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(root, 'renderer/src/i18n/locales', `${language}.json`), 'utf8')) as Record<string, unknown>;

// The renderer shows these keys as they come from main, so the i18n key scan does not see them.
it.each(['vi', 'en'])('%s.json has a message for every import issue', (language) => {
  const messages = locale(language).import as Record<string, unknown>;
  const missing = Object.values(importIssues).filter((key) => typeof messages[key.replace(/^import\./, '')] !== 'string');
  expect(missing).toEqual([]);
});
