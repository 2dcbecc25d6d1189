import type { FileOutput } from '../../../../shared/register';
import { AppFailure } from '../../../failure';
import type { HandlerContext } from '../../../handler-types';
import { recordAudit } from '../../audit';
import { receiptFileName } from '../file-names';
import { requireMode } from '../mode';
import { writeReceipt, type ReceiptBody } from '../file/receipt-format';

/** Province mode: the receipt for an imported package, signed with the key its manifest carried. */

export async function receiptFile(ctx: HandlerContext, importId: string): Promise<FileOutput> {
  const province = await requireMode(ctx.db, 'province');
  const row = await ctx.db.selectFrom('exchange_import').selectAll().where('id', '=', importId).executeTakeFirst();
  if (!row) throw new AppFailure('errors.notFound');
  const body: ReceiptBody = {
    officeId: row.office_id,
    officeCode: row.office_code,
    officeName: row.office_name,
    exportId: row.export_id,
    sequence: row.sequence,
    packageSha256: row.package_sha256,
    rowCounts: JSON.parse(row.row_counts) as Record<string, number>,
    receivedAt: row.imported_at,
    writtenAt: ctx.clock.now().toISOString(),
    receiver: province.name,
  };
  const bytes = writeReceipt(body, row.receipt_key);
  await recordAudit(ctx.db, ctx.clock, { officeId: province.id, action: 'create', entity: 'exchange_receipt_write', entityId: row.id });
  return {
    // The office code was checked safe for a file name when the package was opened.
    fileName: receiptFileName(row.office_code, row.sequence),
    mimeType: 'application/json',
    base64: Buffer.from(bytes).toString('base64'),
  };
}
