/** The fund as it stands: cash by pot, goods by lot, closed periods, and the overrides made. */
import { sql, type Kysely } from 'kysely';
import type { FundOverview, GoodsLot, PotBalance } from '../../../shared/fund';
import type { Database } from '../../db/schema';
import type { UnitCatalog } from '../units';
import { roundQuantity } from './ledger';
import { listClosedPeriods } from './periods';
import { comparePots, describePots, parsePot } from './pots';

type Db = Kysely<Database>;

async function cashPots(db: Db, units: UnitCatalog): Promise<PotBalance[]> {
  const rows = await db
    .selectFrom('fund_entry')
    .select(['pot', sql<number>`sum(amount)`.as('balance')])
    .where('asset', '=', 'cash')
    .groupBy('pot')
    .execute();
  const infos = await describePots(db, units, rows.map((row) => row.pot));
  return rows
    .map((row) => ({ ...(infos.get(row.pot) ?? parsePot(row.pot)), balance: Number(row.balance) }))
    .sort(comparePots);
}

/** Lots of goods received in kind (receipts not cancelled), newest first: received and left, from the ledger. */
async function goodsLots(db: Db, units: UnitCatalog): Promise<GoodsLot[]> {
  const rows = await db
    .selectFrom('fund_receipt as r')
    .innerJoin('fund_donor as d', 'd.id', 'r.donor_id')
    .innerJoin('fund_entry as e', 'e.lot_receipt_id', 'r.id')
    .innerJoin('fund_posting as p', 'p.id', 'e.posting_id')
    .select(['r.id', 'r.receipt_no', 'r.received_on', 'r.goods_description', 'r.goods_unit', 'r.pot', 'd.name as donor_name'])
    .select([
      sql<number>`sum(case when p.source = 'receipt' then e.quantity else 0 end)`.as('quantity_received'),
      sql<number>`sum(case when p.source = 'receipt' then e.amount else 0 end)`.as('value_received'),
      sql<number>`sum(e.quantity)`.as('quantity_left'),
      sql<number>`sum(e.amount)`.as('value_left'),
    ])
    .where('r.cancelled_on', 'is', null)
    .where('e.asset', '=', 'goods')
    .groupBy('r.id')
    .orderBy('r.received_on', 'desc')
    .orderBy('r.receipt_no', 'desc')
    .execute();
  const infos = await describePots(db, units, new Set(rows.map((row) => row.pot)));
  return rows.map((row) => ({
    receiptId: row.id,
    receiptNo: row.receipt_no,
    receivedOn: row.received_on,
    donorName: row.donor_name,
    description: row.goods_description ?? '',
    unit: row.goods_unit,
    // Quantities are reals: a lot issued in thirds must read 0, not 1e-16.
    quantityReceived: roundQuantity(Number(row.quantity_received)),
    quantityLeft: roundQuantity(Number(row.quantity_left)),
    valueReceived: Number(row.value_received),
    valueLeft: Number(row.value_left),
    earmark: infos.get(row.pot) ?? parsePot(row.pot),
  }));
}

async function overrides(db: Db): Promise<FundOverview['overrides']> {
  const rows = await db
    .selectFrom('fund_posting')
    .select(['id', 'seq', 'posted_on', 'override_reason', 'overdrawn'])
    .where('override_reason', 'is not', null)
    .orderBy('seq', 'desc')
    .execute();
  // What the override allowed: how far the posting took the general fund below what it could give.
  return rows.map((row) => ({ postingId: row.id, seq: row.seq, postedOn: row.posted_on, amount: row.overdrawn, reason: row.override_reason ?? '' }));
}

export async function fundOverview(db: Db, units: UnitCatalog): Promise<FundOverview> {
  const pots = await cashPots(db, units);
  const lots = await goodsLots(db, units);
  return {
    cash: { total: pots.reduce((sum, pot) => sum + pot.balance, 0), pots },
    goods: { totalValue: lots.reduce((sum, lot) => sum + lot.valueLeft, 0), lots },
    closedPeriods: await listClosedPeriods(db),
    overrides: await overrides(db),
  };
}
