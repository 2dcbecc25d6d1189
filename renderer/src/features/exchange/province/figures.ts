import type { PackageOffice, TableChanges } from '../../../../../shared/exchange';
import { formatAmount } from '../../../../../shared/format/money';

/** An office as the province lists it: "HP-NQ – Phòng Văn hóa – Xã hội". */
export const officeLabel = (office: PackageOffice): string => `${office.code} – ${office.name}`;

/** A count in a table: "1.234" (the app groups thousands with '.' in both languages, as for money). */
export const formatCount = (count: number): string => formatAmount(count);

export interface ChangeTotals {
  new: number;
  changed: number;
  unchanged: number;
  gone: number;
}

/** Rows new, changed, unchanged and gone over all of a package's tables. */
export function changeTotals(tables: readonly TableChanges[]): ChangeTotals {
  return tables.reduce(
    (sum, table) => ({
      new: sum.new + table.new,
      changed: sum.changed + table.changed,
      unchanged: sum.unchanged + table.unchanged,
      gone: sum.gone + table.gone,
    }),
    { new: 0, changed: 0, unchanged: 0, gone: 0 },
  );
}

/** A table worth a row: something in it, changed or not. */
export const hasRows = (table: TableChanges): boolean => table.new + table.changed + table.unchanged + table.gone > 0;
