import type { TFunction } from 'i18next';

export type PeriodKind = 'month' | 'year';

/** "10/2026" (month) or "2026" (year), as typed → "2026-10" / "2026"; null when it does not read. */
export function periodFromText(kind: PeriodKind, text: string): string | null {
  const trimmed = text.trim();
  if (kind === 'year') return /^\d{4}$/.test(trimmed) ? trimmed : null;
  const match = /^(\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!match) return null;
  const month = Number(match[1]);
  return month >= 1 && month <= 12 ? `${match[2]}-${String(month).padStart(2, '0')}` : null;
}

/** The month before today's, as typed in the field ("10/2026"): the one usually closed next. */
export function lastMonthText(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? `12/${year - 1}` : `${String(month - 1).padStart(2, '0')}/${year}`;
}

/** "tháng 10/2026" or "năm 2026". */
export function periodName(t: TFunction, period: string): string {
  const [year = '', month] = period.split('-');
  return month ? t('fund.overview.close.monthName', { month, year }) : t('fund.overview.close.yearName', { year });
}

/**
 * The real last day a closed period's end stands for: periodEnd gives "2026-09-31" for any month
 * (it only has to compare with dates), shown as 30/09/2026.
 */
export function lastDayOf(end: string): string {
  const year = Number(end.slice(0, 4));
  const month = Number(end.slice(5, 7));
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${end.slice(0, 8)}${String(Math.min(last, Number(end.slice(8, 10)))).padStart(2, '0')}`;
}
