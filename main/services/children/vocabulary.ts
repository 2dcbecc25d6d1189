import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';

/**
 * Tokens for the words of search_text (see the register migration): a word of letters gets
 * three private-use characters, in order of first use, never reused. Searching a word then
 * reads one trigram's list in the index instead of one per three letters.
 */
const tokenBase = 0xe000;
const chunkSize = 500;

export const tokenOf = (n: number): string =>
  String.fromCharCode(tokenBase + ((n >> 16) & 0xff), tokenBase + ((n >> 8) & 0xff), tokenBase + (n & 0xff));

/** Only words of letters get a token; numbers (IDs, certificates) are searched by trigrams. */
export const hasToken = (word: string): boolean => /^[a-z]+$/.test(word);

/** The tokens of these words, giving new words the next tokens (in the caller's transaction). */
export async function wordTokens(trx: Transaction<Database>, words: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(words)].filter(hasToken);
  const tokens = new Map<string, string>();
  for (let i = 0; i < wanted.length; i += chunkSize) {
    const rows = await trx.selectFrom('search_word').select(['word', 'token']).where('word', 'in', wanted.slice(i, i + chunkSize)).execute();
    for (const row of rows) tokens.set(row.word, row.token);
  }
  const missing = wanted.filter((word) => !tokens.has(word));
  if (missing.length === 0) return tokens;
  const { n } = await trx.selectFrom('search_word').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = missing.map((word, index) => ({ word, token: tokenOf(Number(n) + index) }));
  for (let i = 0; i < rows.length; i += chunkSize) await trx.insertInto('search_word').values(rows.slice(i, i + chunkSize)).execute();
  for (const row of rows) tokens.set(row.word, row.token);
  return tokens;
}

/** The tokens of every stored word that contains `part` (a search pattern of letters). */
export async function tokensContaining(db: Kysely<Database>, part: string): Promise<string[]> {
  const rows = await db
    .selectFrom('search_word')
    .select('token')
    .where((eb) => eb(eb.fn('instr', ['word', eb.val(part)]), '>', 0))
    .execute();
  return rows.map((row) => row.token);
}
