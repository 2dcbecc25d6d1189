import type { SourceOffice } from '../../../../shared/exchange';
import { AppFailure } from '../../../failure';
import type { HandlerContext } from '../../../handler-types';
import { recordAudit } from '../../audit';
import { requireMode } from '../mode';
import { sources } from './province-log';

/**
 * Province mode: an office's data taken out of the consolidation (a reinstalled app sending
 * under a second id, a test office). Its rows and its source go in one transaction; the import
 * log stays as history. With no source held, the office's next package is judged as if first
 * seen (batch.ts compares against exchange_source only).
 */
export async function removeSource(ctx: HandlerContext, officeId: string): Promise<SourceOffice[]> {
  const province = await requireMode(ctx.db, 'province');
  await ctx.db.transaction().execute(async (trx) => {
    const held = await trx.selectFrom('exchange_source').select('office_id').where('office_id', '=', officeId).executeTakeFirst();
    if (!held) throw new AppFailure('errors.notFound');
    // Rows first: exchange_row references its source.
    await trx.deleteFrom('exchange_row').where('office_id', '=', officeId).execute();
    await trx.deleteFrom('exchange_source').where('office_id', '=', officeId).execute();
    await recordAudit(trx, ctx.clock, { officeId: province.id, action: 'delete', entity: 'exchange_source', entityId: officeId });
  });
  return sources(ctx);
}
