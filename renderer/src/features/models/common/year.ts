/** The calendar year on this computer: what the models' pages show first. */
export const thisYear = (): number => new Date().getFullYear();

/** The year an address names (?year=2026), else `fallback`. Only years the schemas accept. */
export function yearInSearch(search: URLSearchParams, fallback: number = thisYear()): number {
  const text = search.get('year') ?? '';
  const year = Number(text);
  return /^\d{4}$/.test(text) && year >= 2000 && year <= 2100 ? year : fallback;
}

/** Five years either side of this one, stretched to include `selected`; newest first. */
export function yearChoices(selected: number, around: number = thisYear()): number[] {
  const from = Math.max(2000, Math.min(selected, around - 5));
  const to = Math.min(2100, Math.max(selected, around + 5));
  return Array.from({ length: to - from + 1 }, (_, index) => to - index);
}
