import type { Kysely } from 'kysely';
import { isExchangeTableName, type ExchangeTableName } from '../../../../shared/codes/exchange';
import type { ExchangeOverview, ExportLogRow } from '../../../../shared/exchange';
import type { FileOutput } from '../../../../shared/register';
import type { Database } from '../../../db/schema';
import { AppFailure } from '../../../failure';
import type { HandlerContext } from '../../../handler-types';
import { getOffice } from '../../office';
import { requireMode } from '../mode';
import { periodOfKey } from '../period-key';
import { readSettings, suggestedOfficeCode } from './settings';

/** The office's export log: what was sent, in which order, and what the province said it received. */

export const packageMimeType = 'application/octet-stream';

type Db = Kysely<Database>;

function logQuery(db: Db) {
  return db
    .selectFrom('exchange_export as e')
    .leftJoin('exchange_export as r', 'r.id', 'e.replaces_id')
    .select([
      'e.id',
      'e.sequence',
      'e.period_key',
      'e.created_at',
      'e.file_name',
      'e.package_sha256',
      'e.row_counts',
      'e.include_personal_ids',
      'e.include_guardian_phones',
      'e.received_at',
      'e.receipt_imported_at',
      'r.sequence as replaces_sequence',
    ])
    .select((eb) => eb.fn<number>('length', ['e.package_file']).as('size_bytes'));
}

type LogRecord = Awaited<ReturnType<ReturnType<typeof logQuery>['executeTakeFirstOrThrow']>>;

function rowCounts(json: string): Partial<Record<ExchangeTableName, number>> {
  const counts: Partial<Record<ExchangeTableName, number>> = {};
  const parsed = JSON.parse(json) as Record<string, unknown>;
  for (const [table, rows] of Object.entries(parsed)) if (isExchangeTableName(table) && typeof rows === 'number') counts[table] = rows;
  return counts;
}

/** Whether an export's file is still kept: importing the province's receipt drops it (receipt-import.ts). */
const fileKept = (sizeBytes: number): boolean => sizeBytes > 0;

function toLogRow(record: LogRecord): ExportLogRow {
  return {
    id: record.id,
    sequence: record.sequence,
    period: periodOfKey(record.period_key),
    periodKey: record.period_key,
    createdAt: record.created_at,
    fileName: record.file_name,
    packageSha256: record.package_sha256,
    sizeBytes: Number(record.size_bytes),
    replacesSequence: record.replaces_sequence ?? null,
    rowCounts: rowCounts(record.row_counts),
    includePersonalIds: record.include_personal_ids === 1,
    includeGuardianPhones: record.include_guardian_phones === 1,
    fileKept: fileKept(Number(record.size_bytes)),
    receivedAt: record.received_at,
    receiptImportedAt: record.receipt_imported_at,
  };
}

export async function exportLogRow(db: Db, id: string): Promise<ExportLogRow> {
  const record = await logQuery(db).where('e.id', '=', id).executeTakeFirst();
  if (!record) throw new AppFailure('errors.notFound');
  return toLogRow(record);
}

export async function nextSequence(db: Db): Promise<number> {
  const row = await db.selectFrom('exchange_export').select((eb) => eb.fn.max('sequence').as('last')).executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function exchangeOverview(ctx: HandlerContext): Promise<ExchangeOverview> {
  await requireMode(ctx.db, 'office');
  const office = await getOffice(ctx.db);
  if (!office) throw new AppFailure('errors.officeNotSetUp');
  const records = await logQuery(ctx.db).orderBy('e.sequence', 'desc').execute();
  return {
    settings: await readSettings(ctx.db),
    suggestedOfficeCode: suggestedOfficeCode(office),
    nextSequence: await nextSequence(ctx.db),
    exports: records.map(toLogRow),
  };
}

/**
 * An export's file again, exactly as it was written (it is kept, encrypted, until the
 * province's receipt for it is imported; after that there is no file: errors.notFound).
 */
export async function exportFile(ctx: HandlerContext, id: string): Promise<FileOutput> {
  await requireMode(ctx.db, 'office');
  const row = await ctx.db.selectFrom('exchange_export').select(['file_name', 'package_file']).where('id', '=', id).executeTakeFirst();
  if (!row || !fileKept(row.package_file.length)) throw new AppFailure('errors.notFound');
  return { fileName: row.file_name, mimeType: packageMimeType, base64: Buffer.from(row.package_file).toString('base64') };
}
