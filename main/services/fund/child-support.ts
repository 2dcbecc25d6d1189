import type { Kysely } from 'kysely';
import type { ChildFundSupport } from '../../../shared/fund';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import type { UnitCatalog } from '../units';
import { supportDetails, supportRows } from './support-read';

/**
 * The fund's part of a child's record: every support case (newest first, whatever its status)
 * and the donations set aside for the child, cancelled ones marked.
 */
export async function childFundSupport(db: Kysely<Database>, units: UnitCatalog, childId: string): Promise<ChildFundSupport> {
  const child = await db.selectFrom('child').select('id').where('id', '=', childId).executeTakeFirst();
  if (!child) throw new AppFailure('errors.notFound');
  const [rows, receipts] = await Promise.all([
    supportRows(db).where('s.child_id', '=', childId).orderBy('s.proposed_on', 'desc').orderBy('s.created_at', 'desc').orderBy('s.id', 'desc').execute(),
    db
      .selectFrom('fund_receipt as r')
      .innerJoin('fund_donor as d', 'd.id', 'r.donor_id')
      .select(['r.id', 'r.receipt_no', 'r.received_on', 'r.kind', 'r.amount', 'r.cancelled_on', 'd.name as donor_name'])
      .where('r.earmark_child_id', '=', childId)
      .orderBy('r.received_on', 'desc')
      .orderBy('r.receipt_no', 'desc')
      .execute(),
  ]);
  return {
    supports: await supportDetails(db, units, rows),
    earmarked: receipts.map((r) => ({
      receiptId: r.id,
      receiptNo: r.receipt_no,
      receivedOn: r.received_on,
      donorName: r.donor_name,
      kind: r.kind,
      amount: r.amount,
      cancelled: r.cancelled_on !== null,
    })),
  };
}
