import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema';
import { membershipMark, searchWords, wordStart } from './derived';
import { hasToken, tokensContaining } from './vocabulary';

/**
 * What a typed search looks for: every word must occur in the child's search text (name,
 * personal ID, birth certificate, guardians' names), in any order, without diacritics. A word
 * of three letters or more may occur anywhere ("uyen" finds Nguyễn); a shorter one is taken as
 * the start of a word ("v" finds Văn, "an" finds An and Anh but not Lan): what someone typing a
 * name means, and what the trigram index can answer.
 */
export function searchPatterns(search: string): string[] {
  const patterns = [...new Set(searchWords(search))].map((word) =>
    word.length >= 3 ? word : wordStart.slice(0, 3 - word.length) + word,
  );
  // A pattern inside another adds nothing ("nguy nguyen").
  return patterns.filter((p) => !patterns.some((q) => q !== p && q.includes(p)));
}

/**
 * One condition on search_text, in two equivalent forms: strings of which one must be in the
 * trigram index's text (`index`; none means nothing can match), and substrings of which one
 * must be in the row's text (`row`).
 */
export interface TextCondition {
  index: string[];
  row: string[];
}

/**
 * The search and the membership filters as conditions on search_text. A pattern of letters is
 * looked up in the tokens of the words that contain it (usually one or a few); other patterns
 * (numbers, short starts of words) and membership marks are substrings of the text itself.
 */
export async function textConditions(
  db: Kysely<Database>,
  search: string,
  memberships: readonly { kind: 'group' | 'atRisk'; codes: readonly string[] }[],
): Promise<TextCondition[]> {
  const searched = await Promise.all(
    searchPatterns(search).map(async (p) => ({ index: hasToken(p) ? await tokensContaining(db, p) : [p], row: [p] })),
  );
  const marked = memberships
    .filter((m) => m.codes.length > 0)
    .map((m) => {
      const marks = m.codes.map((code) => membershipMark(m.kind, code));
      return { index: marks, row: marks };
    });
  return [...searched, ...marked];
}

/** True when a condition cannot be met (a word no record contains). */
export const unsatisfiable = (conditions: readonly TextCondition[]): boolean => conditions.some((c) => c.index.length === 0);

/** The FTS5 query: quoted strings (the trigram tokenizer makes each a substring match). */
export const matchExpression = (conditions: readonly TextCondition[]): string =>
  conditions
    .map(({ index }) => (index.length === 1 ? `"${index[0]}"` : `(${index.map((p) => `"${p}"`).join(' OR ')})`))
    .join(' AND ');

/**
 * Rows that meet the conditions, found through the trigram index. With `lead`, SQLite may start
 * from the index's matches; without, it starts elsewhere and only checks rows against them
 * (`+rowid`), which is faster when other conditions narrow the rows through an index.
 */
export const matchesIndex = (conditions: readonly TextCondition[], lead: boolean): RawBuilder<unknown>[] =>
  conditions.length === 0
    ? []
    : [sql`${lead ? sql`` : sql`+`}child.rowid in (select rowid from child_search where child_search match ${matchExpression(conditions)})`];

/** The same test made on the row itself, for when rows are read in list order anyway. */
export const matchesRow = (conditions: readonly TextCondition[]): RawBuilder<unknown>[] =>
  conditions.map(({ row }) => sql`(${sql.join(row.map((p) => sql`instr(child.search_text, ${p}) > 0`), sql` or `)})`);
