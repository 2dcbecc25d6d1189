/**
 * Many values of a query as one text: group_concat(x, char(30)) in SQL, splitList in JavaScript.
 * The province report reads hundreds of thousands of ids; one text per office crosses from
 * SQLite to JavaScript far faster than one row per id. Char 30 (record separator) and char 31
 * (unit separator, between the fields of an item) do not occur in ids, codes or dates.
 */

export const listSeparator = 'char(30)';
export const fieldSeparator = 'char(31)';

export function splitList(text: string | null): string[] {
  return text === null || text === '' ? [] : text.split('\u001e');
}

/** An item of two fields joined with fieldSeparator. */
export function splitPair(item: string): [string, string] {
  const at = item.indexOf('\u001f');
  return at < 0 ? [item, ''] : [item.slice(0, at), item.slice(at + 1)];
}
