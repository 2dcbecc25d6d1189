/** Calendar arithmetic on 'YYYY-MM-DD' through whole UTC days, which is all the generator needs. */
const dayMs = 86_400_000;

export const toDay = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / dayMs);

export const fromDay = (day: number): string => new Date(day * dayMs).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => fromDay(toDay(iso) + days);

/** The same day some years on; 29 February becomes 1 March in common years, as `ageOn` counts it. */
export function addYears(iso: string, years: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

export const yearOf = (iso: string): number => Number(iso.slice(0, 4));
