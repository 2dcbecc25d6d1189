/**
 * The ledger (sổ quỹ) for a period, one asset and optionally one pot: opening balance, one
 * line per posting with its running balance, and the totals. No query per line: the lines,
 * their entries, then look-ups batched 500 ids at a time.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import { isDateLocked, type PotKey, type SpendingPurpose } from '../../../shared/codes/fund';
import type { Ledger, LedgerLine } from '../../../shared/fund';
import type { LedgerQuery } from '../../../shared/schemas/fund';
import type { Database, FundPostingTable } from '../../db/schema';
import type { UnitCatalog } from '../units';
import { chunks } from '../children/rows';
import { closedPeriods, roundQuantity } from './ledger';
import { comparePots, describePots, parsePot } from './pots';

type Db = Kysely<Database>;

/** Rows fetched for distinct ids, a chunk at a time (SQLite bounds the values of one statement). */
async function inChunks<T>(ids: Iterable<string>, fetch: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (const chunk of chunks([...new Set(ids)])) out.push(...(await fetch(chunk)));
  return out;
}

const present = (value: string | null): value is string => value !== null;

/** What the lines refer to: receipts, cases, campaigns, the postings reversed and reversing. */
async function lookups(db: Db, postings: readonly Selectable<FundPostingTable>[]) {
  const receipts = await inChunks(postings.map((p) => p.receipt_id).filter(present), (ids) =>
    db
      .selectFrom('fund_receipt as r')
      .innerJoin('fund_donor as d', 'd.id', 'r.donor_id')
      .select(['r.id', 'r.receipt_no', 'r.earmark_kind', 'r.earmark_purpose', 'r.earmark_child_id', 'd.name as donor_name'])
      .where('r.id', 'in', ids)
      .execute(),
  );
  const supports = await inChunks(postings.map((p) => p.support_id).filter(present), (ids) =>
    db.selectFrom('fund_support').select(['id', 'decision_no', 'type', 'child_id']).where('id', 'in', ids).execute(),
  );
  const campaigns = await inChunks(postings.map((p) => p.campaign_id).filter(present), (ids) =>
    db.selectFrom('gift_campaign').select(['id', 'name']).where('id', 'in', ids).execute(),
  );
  const reversed = await inChunks(postings.map((p) => p.reverses_id).filter(present), (ids) =>
    db.selectFrom('fund_posting').select(['id', 'seq', 'source']).where('id', 'in', ids).execute(),
  );
  const reversing = await inChunks(
    postings.map((p) => p.id),
    (ids) => db.selectFrom('fund_posting').select(['reverses_id', 'seq']).where('reverses_id', 'in', ids).execute(),
  );
  const childIds = [...receipts.map((r) => r.earmark_child_id).filter(present), ...supports.map((s) => s.child_id)];
  const children = await inChunks(childIds, (ids) => db.selectFrom('child').select(['id', 'full_name']).where('id', 'in', ids).execute());
  return {
    receipts: new Map(receipts.map((r) => [r.id, r])),
    supports: new Map(supports.map((s) => [s.id, s])),
    campaigns: new Map(campaigns.map((c) => [c.id, c.name])),
    reversed: new Map(reversed.map((p) => [p.id, p])),
    reversedBy: new Map(reversing.flatMap((p) => (p.reverses_id ? [[p.reverses_id, p.seq] as const] : []))),
    childNames: new Map(children.map((c) => [c.id, c.full_name])),
  };
}

export async function fundLedger(db: Db, units: UnitCatalog, query: LedgerQuery): Promise<Ledger> {
  const { from, to, asset, pot } = query;
  let openingQuery = db
    .selectFrom('fund_entry as e')
    .innerJoin('fund_posting as p', 'p.id', 'e.posting_id')
    .select(sql<number>`coalesce(sum(e.amount), 0)`.as('total'))
    .where('e.asset', '=', asset)
    .where('p.posted_on', '<', from);
  if (pot !== null) openingQuery = openingQuery.where('e.pot', '=', pot);
  const opening = Number((await openingQuery.executeTakeFirst())?.total ?? 0);

  let entryQuery = db
    .selectFrom('fund_entry as e')
    .innerJoin('fund_posting as p', 'p.id', 'e.posting_id')
    .leftJoin('fund_receipt as lot', 'lot.id', 'e.lot_receipt_id')
    .select(['e.posting_id', 'e.pot', 'e.amount', 'e.quantity', 'lot.goods_unit'])
    .where('e.asset', '=', asset)
    .where('p.posted_on', '>=', from)
    .where('p.posted_on', '<=', to);
  if (pot !== null) entryQuery = entryQuery.where('e.pot', '=', pot);
  const entries = await entryQuery.execute();
  const byPosting = new Map<string, typeof entries>();
  for (const entry of entries) {
    const list = byPosting.get(entry.posting_id);
    if (list) list.push(entry);
    else byPosting.set(entry.posting_id, [entry]);
  }

  const postings = await db
    .selectFrom('fund_posting as p')
    .selectAll('p')
    .where('p.posted_on', '>=', from)
    .where('p.posted_on', '<=', to)
    // Not a correlated EXISTS: without statistics SQLite would answer it by scanning the
    // asset's entries once per posting.
    .where('p.id', 'in', (eb) => {
      const inner = eb.selectFrom('fund_entry as e').select('e.posting_id').where('e.asset', '=', asset);
      return pot === null ? inner : inner.where('e.pot', '=', pot);
    })
    .orderBy('p.posted_on')
    .orderBy('p.seq')
    .execute();

  const refs = await lookups(db, postings);
  const potKeys = new Set<PotKey>(entries.map((e) => e.pot));
  if (pot !== null) potKeys.add(pot);
  const pots = await describePots(db, units, potKeys);
  const info = (key: PotKey) => pots.get(key) ?? parsePot(key);
  const closed = await closedPeriods(db);

  let balance = opening;
  let totalIn = 0;
  let totalOut = 0;
  const lines = postings.map((posting): LedgerLine => {
    const own = byPosting.get(posting.id) ?? [];
    const amount = own.reduce((sum, e) => sum + e.amount, 0);
    balance += amount;
    if (amount > 0) totalIn += amount;
    else totalOut -= amount;
    const receipt = posting.receipt_id ? refs.receipts.get(posting.receipt_id) : undefined;
    const support = posting.support_id ? refs.supports.get(posting.support_id) : undefined;
    const campaignName = posting.campaign_id ? (refs.campaigns.get(posting.campaign_id) ?? null) : null;
    const reversed = posting.reverses_id ? refs.reversed.get(posting.reverses_id) : undefined;
    const childId = support?.child_id ?? receipt?.earmark_child_id ?? null;
    const purpose: SpendingPurpose | null = support?.type ?? (posting.campaign_id ? 'gifts' : (receipt?.earmark_purpose ?? null));
    return {
      postingId: posting.id,
      seq: posting.seq,
      postedOn: posting.posted_on,
      source: posting.source,
      reversedSource: reversed?.source ?? null,
      reference: receipt?.receipt_no ?? support?.decision_no ?? campaignName,
      donorName: receipt?.donor_name ?? null,
      purpose,
      childId,
      childName: childId ? (refs.childNames.get(childId) ?? null) : null,
      campaignId: posting.campaign_id,
      campaignName,
      pots: own
        .map((e) => ({ pot: info(e.pot), amount: e.amount, quantity: e.quantity === null ? null : roundQuantity(e.quantity), goodsUnit: e.goods_unit }))
        .sort((a, b) => comparePots(a.pot, b.pot)),
      amount,
      balance,
      reversesSeq: reversed?.seq ?? null,
      reversedBySeq: refs.reversedBy.get(posting.id) ?? null,
      reason: posting.reason,
      overrideReason: posting.override_reason,
      locked: isDateLocked(posting.posted_on, closed),
    };
  });

  return { from, to, asset, pot: pot === null ? null : info(pot), opening, lines, totalIn, totalOut, closing: opening + totalIn - totalOut };
}
