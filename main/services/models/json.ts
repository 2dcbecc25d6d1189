/**
 * The models' JSON columns (met criteria, scores, rollout changes). A row damaged outside the
 * app must not take a whole list, roll-up or coverage report down with it: whatever cannot be
 * read as an array reads as empty, and items of the wrong shape are dropped.
 */
export function parseJsonArray<T>(text: string, guard: (item: unknown) => item is T): T[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  return Array.isArray(value) ? value.filter(guard) : [];
}

export const isString = (item: unknown): item is string => typeof item === 'string';

export const isScore = (item: unknown): item is number => typeof item === 'number' && Number.isInteger(item) && item >= 0;
