/**
 * Receipts (phiếu thu): money or goods received, posted to the ledger as they are written, in
 * the pot their earmark names. Never edited; a mistaken receipt is cancelled by a reversal.
 */
import { sql, type Kysely } from 'kysely';
import { potKey } from '../../../shared/codes/fund';
import type { ParsedInput } from '../../../shared/contract';
import type { Receipt } from '../../../shared/fund';
import { newId, type Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import { recordAudit } from '../audit';
import { officeUnits } from '../office';
import type { UnitCatalog } from '../units';
import { assertOpenDate, post, reversePosting } from './ledger';
import { requireOfficeId } from './office-id';
import { goodsMayBeSetAsideFor } from './pots';
import { getReceipt } from './receipt-list';

export { getReceipt, listReceipts } from './receipt-list';

type Db = Kysely<Database>;
type ReceiptInput = ParsedInput<'fund.createReceipt'>;
type ReceiptCancel = ParsedInput<'fund.cancelReceipt'>;

const numberPattern = /^PT-(\d{4})-(\d+)$/i;

/** "PT-2026-0001" style: one more than the highest such number of the year (other patterns are ignored). */
export async function nextReceiptNo(db: Db, year: number): Promise<{ receiptNo: string }> {
  const prefix = `PT-${year}-`;
  const rows = await db.selectFrom('fund_receipt').select('receipt_no').where('receipt_no', 'like', `${prefix}%`).execute();
  let highest = 0;
  for (const { receipt_no } of rows) {
    const match = numberPattern.exec(receipt_no);
    if (match?.[1] === String(year)) highest = Math.max(highest, Number(match[2]));
  }
  return { receiptNo: `${prefix}${String(highest + 1).padStart(4, '0')}` };
}

const invalidTarget = (path: string) => new AppFailure('errors.invalidInput', [{ path, message: 'validation.earmarkTarget' }]);

/** The earmark's columns (only the one its kind names) and pot; a commune must be the office's, a child must exist. */
async function earmarkOf(db: Db, units: UnitCatalog, input: ReceiptInput) {
  const none = { earmark_purpose: null, earmark_unit_id: null, earmark_child_id: null };
  switch (input.earmarkKind) {
    case 'none':
      return { columns: none, pot: potKey({ kind: 'none' }) };
    case 'purpose': {
      const purpose = input.earmarkPurpose;
      if (!purpose) throw invalidTarget('earmarkPurpose');
      return { columns: { ...none, earmark_purpose: purpose }, pot: potKey({ kind: 'purpose', purpose }) };
    }
    case 'unit': {
      const unitId = input.earmarkUnitId ?? '';
      const ours = (await officeUnits(db, units)).some((unit) => unit.id === unitId);
      if (!ours) throw invalidTarget('earmarkUnitId');
      return { columns: { ...none, earmark_unit_id: unitId }, pot: potKey({ kind: 'unit', unitId }) };
    }
    case 'child': {
      const childId = input.earmarkChildId ?? '';
      const child = await db.selectFrom('child').select('id').where('id', '=', childId).executeTakeFirst();
      if (!child) throw invalidTarget('earmarkChildId');
      return { columns: { ...none, earmark_child_id: childId }, pot: potKey({ kind: 'child', childId }) };
    }
  }
}

/** Writes the receipt and posts it (cash, or goods as a new lot) in one transaction. */
export async function createReceipt(db: Db, units: UnitCatalog, clock: Clock, input: ReceiptInput): Promise<Receipt> {
  const officeId = await requireOfficeId(db);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await assertOpenDate(trx, clock, input.receivedOn, 'receivedOn');
    const taken = await trx
      .selectFrom('fund_receipt')
      .select('id')
      .where(sql<boolean>`lower(receipt_no) = ${input.receiptNo.toLowerCase()}`)
      .where('office_id', '=', officeId)
      .executeTakeFirst();
    if (taken) throw new AppFailure('errors.receiptNoTaken', [{ path: 'receiptNo', message: 'errors.receiptNoTaken' }]);
    const donor = await trx.selectFrom('fund_donor').select('id').where('id', '=', input.donorId).executeTakeFirst();
    if (!donor) throw new AppFailure('errors.invalidInput', [{ path: 'donorId', message: 'validation.required' }]);
    const cash = input.kind === 'cash';
    if (!cash && !goodsMayBeSetAsideFor(input.earmarkKind, input.earmarkPurpose)) {
      throw new AppFailure('errors.invalidInput', [{ path: 'earmarkKind', message: 'validation.goodsEarmark' }]);
    }
    const earmark = await earmarkOf(trx, units, input);
    const now = clock.now().toISOString();
    await trx
      .insertInto('fund_receipt')
      .values({
        id,
        office_id: officeId,
        receipt_no: input.receiptNo,
        received_on: input.receivedOn,
        // The donor's kind and origin of today are kept on the receipt by the database (a trigger).
        donor_id: input.donorId,
        kind: input.kind,
        amount: input.amount,
        goods_description: cash ? null : input.goodsDescription,
        goods_quantity: cash ? null : input.goodsQuantity,
        goods_unit: cash ? null : input.goodsUnit,
        earmark_kind: input.earmarkKind,
        ...earmark.columns,
        pot: earmark.pot,
        note: input.note,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await post(trx, clock, {
      officeId,
      postedOn: input.receivedOn,
      source: 'receipt',
      receiptId: id,
      entries: [
        cash
          ? { asset: 'cash', pot: earmark.pot, amount: input.amount }
          : { asset: 'goods', pot: earmark.pot, amount: input.amount, lotReceiptId: id, quantity: input.goodsQuantity },
      ],
    });
    await recordAudit(trx, clock, { officeId, action: 'create', entity: 'fund_receipt', entityId: id });
  });
  return getReceipt(db, units, id);
}

/**
 * Cancels a receipt by reversing its posting on the day given. If its money was spent since,
 * only an override lets its pot go below zero; goods already handed out cannot be cancelled.
 */
export async function cancelReceipt(db: Db, units: UnitCatalog, clock: Clock, input: ReceiptCancel): Promise<Receipt> {
  const officeId = await requireOfficeId(db);
  await db.transaction().execute(async (trx) => {
    const receipt = await trx.selectFrom('fund_receipt').select(['id', 'cancelled_on']).where('id', '=', input.id).executeTakeFirst();
    if (!receipt) throw new AppFailure('errors.notFound');
    if (receipt.cancelled_on !== null) throw new AppFailure('errors.alreadyReversed');
    const posting = await trx
      .selectFrom('fund_posting')
      .select('id')
      .where('receipt_id', '=', input.id)
      .where('source', '=', 'receipt')
      .executeTakeFirst();
    if (!posting) throw new AppFailure('errors.notFound');
    await reversePosting(trx, clock, { postingId: posting.id, date: input.date, reason: input.reason, overrideReason: input.overrideReason });
    await trx
      .updateTable('fund_receipt')
      .set({ cancelled_on: input.date, cancel_reason: input.reason, updated_at: clock.now().toISOString() })
      .where('id', '=', input.id)
      .execute();
    await recordAudit(trx, clock, { officeId, action: 'update', entity: 'fund_receipt', entityId: input.id });
  });
  return getReceipt(db, units, input.id);
}
