import { periodsPerYear, type ExchangePeriod, type ExchangePeriodKind } from '../../../../../shared/codes/exchange';

/**
 * The period of a kind that ended last before today (YYYY-MM-DD): what an office usually
 * sends for. On 22/11/2026: month 10/2026, quarter III/2026, first half of 2026, year 2025.
 */
export function lastEndedPeriod(kind: ExchangePeriodKind, todayIso: string): ExchangePeriod {
  const year = Number(todayIso.slice(0, 4));
  const month = Number(todayIso.slice(5, 7));
  const count = periodsPerYear(kind);
  // The period today falls in, counted from 1; the one before it has ended.
  const current = Math.floor(((month - 1) * count) / 12) + 1;
  return current > 1 ? { kind, year, number: current - 1 } : { kind, year: year - 1, number: count };
}
