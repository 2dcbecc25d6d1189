/** The years the models' schemas accept; every year picker and address stays inside them. */
export const firstYear = 2000;
export const lastYear = 2100;

/** The calendar year on this computer: what the models' pages show first. */
export const thisYear = (): number => new Date().getFullYear();

/** A year written in an address, or null unless it is a plain year the schemas accept. */
export function yearFromText(text: string | null): number | null {
  if (!text || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= firstYear && year <= lastYear ? year : null;
}

/** The year an address names (?year=2026), else `fallback`. */
export function yearInSearch(search: URLSearchParams, fallback: number = thisYear()): number {
  return yearFromText(search.get('year')) ?? fallback;
}

/** Five years either side of this one, stretched to include `selected`; newest first. */
export function yearChoices(selected: number, around: number = thisYear()): number[] {
  const from = Math.max(firstYear, Math.min(selected, around - 5));
  const to = Math.min(lastYear, Math.max(selected, around + 5));
  return Array.from({ length: to - from + 1 }, (_, index) => to - index);
}

/**
 * The date a new assessment or score starts from, inside the year it is for: today in this
 * year, else the year's last day (a late entry for a past year is usually made at its end).
 */
export function defaultDateIn(year: number, today: string): string {
  return today.startsWith(`${year}-`) ? today : `${year}-12-31`;
}
