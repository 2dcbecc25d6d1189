import type { ReceiptImportResult } from '../../../../shared/exchange';
import type { ExchangeFileInput } from '../../../../shared/schemas/exchange';
import { AppFailure } from '../../../failure';
import type { HandlerContext } from '../../../handler-types';
import { recordAudit } from '../../audit';
import { exportLogRow } from './export-log';
import { requireMode } from '../mode';
import { parseReceipt, receiptIsGenuine } from '../file/receipt-format';

/**
 * The office imports the province's receipt for one of its exports and marks it received. The
 * receipt must be for this office, name an export in the log, verify with that export's
 * receipt key, and name the very file that was sent (its sequence and SHA-256). A receipt
 * imported before changes nothing. Every refusal leaves the log as it was.
 *
 * The kept file is dropped then (a zero-length blob; the log keeps its name, hash and counts):
 * the province has it, and an old snapshot of every child, readable by anyone with the shared
 * passphrase, is better not kept where it serves no one.
 */
export async function importReceipt(ctx: HandlerContext, input: ExchangeFileInput): Promise<ReceiptImportResult> {
  const office = await requireMode(ctx.db, 'office');
  const { body, mac } = parseReceipt(new Uint8Array(Buffer.from(input.base64, 'base64')));
  if (body.officeId !== office.id) throw new AppFailure('errors.receiptOtherOffice');

  const sent = await ctx.db
    .selectFrom('exchange_export')
    .select(['id', 'sequence', 'package_sha256', 'receipt_key', 'received_at'])
    .where('id', '=', body.exportId)
    .executeTakeFirst();
  if (!sent) throw new AppFailure('errors.receiptUnknownExport');
  const genuine = receiptIsGenuine(body, mac, sent.receipt_key) && body.sequence === sent.sequence && body.packageSha256 === sent.package_sha256;
  if (!genuine) throw new AppFailure('errors.receiptNotGenuine');

  if (sent.received_at !== null) return { export: await exportLogRow(ctx.db, sent.id), alreadyReceived: true };

  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('exchange_export')
      .set({ received_at: body.receivedAt, receipt_imported_at: ctx.clock.now().toISOString(), package_file: Buffer.alloc(0) })
      .where('id', '=', sent.id)
      .execute();
    await recordAudit(trx, ctx.clock, { officeId: office.id, action: 'update', entity: 'exchange_receipt_import', entityId: sent.id });
  });
  return { export: await exportLogRow(ctx.db, sent.id), alreadyReceived: false };
}
