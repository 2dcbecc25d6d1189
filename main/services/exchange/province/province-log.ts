import type { ExchangeTableName } from '../../../../shared/codes/exchange';
import type { ImportLogRow, SourceOffice, TableChanges } from '../../../../shared/exchange';
import type { ExchangeImportTable } from '../../../db/schema';
import type { HandlerContext } from '../../../handler-types';
import { requireMode } from '../mode';
import { periodOfKey } from '../period-key';

/** Province mode: the offices it holds data from, and its import log. */

export function importLogRow(row: ExchangeImportTable): ImportLogRow {
  return {
    id: row.id,
    batchId: row.batch_id,
    importedAt: row.imported_at,
    office: { id: row.office_id, code: row.office_code, name: row.office_name, provinceCode: row.province_code },
    sequence: row.sequence,
    period: periodOfKey(row.period_key),
    createdAt: row.created_at,
    fileName: row.file_name,
    packageSha256: row.package_sha256,
    forced: row.forced === 1,
    tables: JSON.parse(row.changes) as TableChanges[],
  };
}

export async function imports(ctx: HandlerContext): Promise<ImportLogRow[]> {
  await requireMode(ctx.db, 'province');
  const rows = await ctx.db
    .selectFrom('exchange_import')
    .selectAll()
    .orderBy('imported_at', 'desc')
    .orderBy('batch_id', 'desc')
    .orderBy('office_code')
    .orderBy('sequence', 'desc')
    .execute();
  return rows.map(importLogRow);
}

export async function sources(ctx: HandlerContext): Promise<SourceOffice[]> {
  await requireMode(ctx.db, 'province');
  const rows = await ctx.db.selectFrom('exchange_source').selectAll().orderBy('code').orderBy('name').execute();
  return rows.map((row) => {
    const rowCounts = JSON.parse(row.row_counts) as Partial<Record<ExchangeTableName, number>>;
    return {
      office: { id: row.office_id, code: row.code, name: row.name, provinceCode: row.province_code },
      sequence: row.sequence,
      period: periodOfKey(row.period_key),
      createdAt: row.created_at,
      importedAt: row.imported_at,
      children: rowCounts.child ?? 0,
      rowCounts,
    };
  });
}
