import type { z } from 'zod';
import { periodKey, type ExchangePeriod } from '../../../../../shared/codes/exchange';
import type { ExportLogRow } from '../../../../../shared/exchange';
import { exchangePeriodSchema, exportInputSchema } from '../../../../../shared/schemas/exchange';

export type ExportValues = z.input<typeof exportInputSchema>;
export type ExportInput = z.output<typeof exportInputSchema>;

/** Paths main may name in a refusal, as the export form shows them. */
export const exportFields = ['passphrase', 'period.kind', 'period.year', 'period.number'] as const;

/** The period as chosen, when it is one (a half-chosen form has none). */
export function chosenPeriod(period: ExportValues['period'] | undefined): ExchangePeriod | null {
  const parsed = exchangePeriodSchema.safeParse(period);
  return parsed.success ? parsed.data : null;
}

/** The newest export of the same period: a new export of it replaces that one. */
export function exportReplaced(period: ExchangePeriod | null, exports: readonly ExportLogRow[]): ExportLogRow | null {
  if (!period) return null;
  const key = periodKey(period);
  return exports.filter((row) => row.periodKey === key).reduce<ExportLogRow | null>((newest, row) => (!newest || row.sequence > newest.sequence ? row : newest), null);
}
