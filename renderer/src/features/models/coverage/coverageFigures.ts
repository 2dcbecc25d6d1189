import type { RolloutStatus } from '../../../../../shared/codes/models';
import type { ModelCoverage } from '../../../../../shared/models';

/** "35,9%" (Vietnamese) or "35.9%": one decimal, a commune area of none reads 0. */
export function formatShare(covered: number, total: number, locale: string): string {
  const share = total > 0 ? (covered / total) * 100 : 0;
  return `${share.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
}

/** Whether a model reached its target: null when the office set none for the year. */
export const targetReached = (covered: number, target: number | null): boolean | null => (target === null ? null : covered >= target);

/** The model's figures for a year of its by-year series (zero, no target, when main sent none). */
export const coverageInYear = (model: ModelCoverage, year: number) =>
  model.byYear.find((entry) => entry.year === year) ?? { year, covered: 0, target: null };

/** fromYear … year, oldest first. */
export const yearsBetween = (fromYear: number, year: number): number[] =>
  Array.from({ length: Math.max(0, year - fromYear + 1) }, (_, index) => fromYear + index);

/**
 * A model's row of the coverage table after its name: covered, communes, share, target, whether
 * it was reached (in the caller's words: the screen's language or the document's), then one count per status.
 */
export function coverageRowCells(
  model: ModelCoverage,
  totalCommunes: number,
  locale: string,
  statuses: readonly RolloutStatus[],
  reachedText: (reached: boolean) => string,
): string[] {
  const reached = targetReached(model.covered, model.target);
  return [
    String(model.covered),
    String(totalCommunes),
    formatShare(model.covered, totalCommunes, locale),
    model.target === null ? '' : String(model.target),
    reached === null ? '' : reachedText(reached),
    ...statuses.map((status) => String(model.byStatus[status] ?? 0)),
  ];
}

/** A year's cell of the by-year table: "40 / 50" (covered / target), or "40" without a target. */
export function byYearCell(model: ModelCoverage, year: number): string {
  const { covered, target } = coverageInYear(model, year);
  return target === null ? String(covered) : `${covered} / ${target}`;
}
