/** Receipts as the office reads them: with donor, earmark, posting number and cancellation. */
import { sql, type Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { Receipt } from '../../../shared/fund';
import { foldVietnamese } from '../../../shared/format/names';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import type { UnitCatalog } from '../units';
import { describePots, parsePot } from './pots';

type Db = Kysely<Database>;
type ReceiptQuery = ParsedInput<'fund.receipts'>;

interface ReceiptFilter {
  id?: string;
  from?: string | null;
  to?: string | null;
  donorId?: string | null;
  search?: string;
}

async function receiptRows(db: Db, units: UnitCatalog, filter: ReceiptFilter): Promise<Receipt[]> {
  let query = db
    .selectFrom('fund_receipt as r')
    .innerJoin('fund_donor as d', 'd.id', 'r.donor_id')
    .leftJoin('fund_posting as p', (join) => join.onRef('p.receipt_id', '=', 'r.id').on('p.source', '=', 'receipt'))
    .leftJoin('fund_posting as c', 'c.reverses_id', 'p.id')
    .selectAll('r')
    .select(['d.name as donor_name', 'p.id as posting_id', 'p.seq as posting_seq', 'c.seq as cancel_seq']);
  if (filter.id !== undefined) query = query.where('r.id', '=', filter.id);
  if (filter.from) query = query.where('r.received_on', '>=', filter.from);
  if (filter.to) query = query.where('r.received_on', '<=', filter.to);
  if (filter.donorId) query = query.where('r.donor_id', '=', filter.donorId);
  const search = (filter.search ?? '').trim();
  if (search !== '') {
    const folded = foldVietnamese(search);
    query = query.where(sql<boolean>`(instr(lower(r.receipt_no), ${search.toLowerCase()}) > 0 or instr(d.name_key, ${folded}) > 0)`);
  }
  const rows = await query.orderBy('r.received_on', 'desc').orderBy('p.seq', 'desc').execute();
  const pots = await describePots(db, units, new Set(rows.map((row) => row.pot)));
  return rows.map((row) => ({
    id: row.id,
    receiptNo: row.receipt_no,
    receivedOn: row.received_on,
    donorId: row.donor_id,
    donorName: row.donor_name,
    // As when the receipt was written: the statement counts it there.
    donorKind: row.donor_kind,
    kind: row.kind,
    amount: row.amount,
    goodsDescription: row.goods_description,
    goodsQuantity: row.goods_quantity,
    goodsUnit: row.goods_unit,
    earmark: pots.get(row.pot) ?? parsePot(row.pot),
    note: row.note,
    postingId: row.posting_id ?? '',
    postingSeq: row.posting_seq ?? 0,
    cancelled:
      row.cancelled_on === null ? null : { on: row.cancelled_on, reason: row.cancel_reason ?? '', postingSeq: row.cancel_seq ?? 0 },
    createdAt: row.created_at,
  }));
}

/** Receipts in the period, of the donor, whose number or donor's name contains the search; newest first. */
export function listReceipts(db: Db, units: UnitCatalog, query: ReceiptQuery): Promise<Receipt[]> {
  return receiptRows(db, units, query);
}

export async function getReceipt(db: Db, units: UnitCatalog, id: string): Promise<Receipt> {
  const [receipt] = await receiptRows(db, units, { id });
  if (!receipt) throw new AppFailure('errors.notFound');
  return receipt;
}
