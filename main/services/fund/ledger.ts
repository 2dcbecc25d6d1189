/**
 * The fund's ledger: postings (numbered in the order made) of signed entries, each in a pot
 * (the general fund or an earmark). The rules every writer goes through live here: no posting
 * in the future or in the closed part of the books, no earmark below zero on any day and the
 * general fund only with a logged override, and corrections only as reversals. The database's
 * triggers back the first and the last.
 */
import type { Kysely } from 'kysely';
import {
  generalPot,
  goodsIssueValue,
  goodsQuantityDecimals,
  goodsQuantityEpsilon,
  isDateLocked,
  type LedgerAsset,
  type PostingSource,
  type PotKey,
} from '../../../shared/codes/fund';
import type { PostingRef } from '../../../shared/fund';
import { toIsoDate } from '../../../shared/format/date';
import { newId, type Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import { recordAudit } from '../audit';

type Db = Kysely<Database>;

export interface EntryInput {
  asset: LedgerAsset;
  pot: PotKey;
  /** Signed: + into the pot, − out of it. */
  amount: number;
  /** Goods only: the in-kind receipt they came with, and how many (signed like the amount). */
  lotReceiptId?: string | null;
  quantity?: number | null;
}

export interface PostingInput {
  officeId: string;
  postedOn: string;
  source: PostingSource;
  receiptId?: string | null;
  supportId?: string | null;
  campaignId?: string | null;
  reversesId?: string | null;
  reason?: string | null;
  /** Given only with `overdrawn` > 0: the posting then takes the general fund below zero. */
  overrideReason?: string | null;
  /** How far it takes the general fund below what it could give (drawCash's `overdrawn`). */
  overdrawn?: number;
  note?: string | null;
  entries: EntryInput[];
}

/** A quantity of goods as shown: to goodsQuantityDecimals, so that 10 − 3,3 − 3,3 reads 3,4. */
export function roundQuantity(quantity: number): number {
  const rounded = Number(quantity.toFixed(goodsQuantityDecimals));
  return rounded === 0 ? 0 : rounded;
}

export async function closedPeriods(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('fund_period_close').select('period').execute();
  return rows.map((row) => row.period);
}

/** A posting date must have happened and lie in an open period. */
export async function assertOpenDate(db: Db, clock: Clock, date: string, path = 'date'): Promise<void> {
  if (date > toIsoDate(clock.now())) throw new AppFailure('errors.futureDate', [{ path, message: 'validation.notAfterToday' }]);
  if (isDateLocked(date, await closedPeriods(db))) throw new AppFailure('errors.periodLocked', [{ path, message: 'errors.periodLocked' }]);
}

/**
 * Writes one posting and its entries with the next number. Call inside a transaction, after
 * the checks that belong to the kind of posting; the date is checked here.
 */
export async function post(db: Db, clock: Clock, input: PostingInput): Promise<PostingRef> {
  await assertOpenDate(db, clock, input.postedOn);
  const last = await db.selectFrom('fund_posting').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  const postingId = newId();
  await db
    .insertInto('fund_posting')
    .values({
      id: postingId,
      office_id: input.officeId,
      seq,
      posted_on: input.postedOn,
      source: input.source,
      receipt_id: input.receiptId ?? null,
      support_id: input.supportId ?? null,
      campaign_id: input.campaignId ?? null,
      reverses_id: input.reversesId ?? null,
      reason: input.reason ?? null,
      override_reason: input.overrideReason ?? null,
      overdrawn: input.overdrawn ?? 0,
      note: input.note ?? null,
      created_at: clock.now().toISOString(),
    })
    .execute();
  const entries = input.entries.filter((entry) => entry.amount !== 0 || (entry.quantity ?? 0) !== 0);
  if (entries.length > 0) {
    await db
      .insertInto('fund_entry')
      .values(
        entries.map((entry) => ({
          id: newId(),
          posting_id: postingId,
          asset: entry.asset,
          pot: entry.pot,
          lot_receipt_id: entry.lotReceiptId ?? null,
          quantity: entry.quantity ?? null,
          amount: entry.amount,
        })),
      )
      .execute();
  }
  if (input.overrideReason) {
    // The override is on the posting itself; the audit log says when it was made.
    await recordAudit(db, clock, { officeId: input.officeId, action: 'create', entity: 'fund_overdraft', entityId: postingId });
  }
  return { postingId, seq };
}

interface Movement {
  postedOn: string;
  seq: number;
  amount: number;
  quantity: number;
}

/**
 * What a series of movements can give on a day without going below zero then or on any later
 * day: the balance on that day, or a lower balance it reaches later (money already promised to
 * later postings). Never below zero.
 */
export function availableFrom(movements: readonly Movement[], on: string, pick: (m: Movement) => number = (m) => m.amount): number {
  let balance = 0;
  let lowest = Number.POSITIVE_INFINITY;
  let reachedDay = false;
  for (const movement of movements) {
    if (!reachedDay && movement.postedOn > on) {
      reachedDay = true;
      lowest = balance;
    }
    balance += pick(movement);
    if (reachedDay) lowest = Math.min(lowest, balance);
  }
  if (!reachedDay) lowest = balance;
  return Math.max(0, lowest);
}

async function movementsByPot(db: Db, asset: LedgerAsset, pots: readonly PotKey[]): Promise<Map<PotKey, Movement[]>> {
  const byPot = new Map<PotKey, Movement[]>(pots.map((pot) => [pot, []]));
  if (pots.length === 0) return byPot;
  const rows = await db
    .selectFrom('fund_entry as e')
    .innerJoin('fund_posting as p', 'p.id', 'e.posting_id')
    .select(['e.pot', 'e.amount', 'e.quantity', 'p.posted_on', 'p.seq'])
    .where('e.asset', '=', asset)
    .where('e.pot', 'in', [...pots])
    .orderBy('p.posted_on')
    .orderBy('p.seq')
    .execute();
  for (const row of rows) {
    byPot.get(row.pot)?.push({ postedOn: row.posted_on, seq: row.seq, amount: row.amount, quantity: row.quantity ?? 0 });
  }
  return byPot;
}

/** Cash each pot can give on a day (see availableFrom), in the order asked. */
export async function cashAvailable(db: Db, pots: readonly PotKey[], on: string): Promise<Map<PotKey, number>> {
  const byPot = await movementsByPot(db, 'cash', pots);
  return new Map(pots.map((pot) => [pot, availableFrom(byPot.get(pot) ?? [], on)]));
}

/**
 * Takes `amount` from the pots in order, each as far as `available` says (which it lowers);
 * what none could give is `short`.
 */
function take(available: Map<PotKey, number>, pots: readonly PotKey[], amount: number): { taken: Map<PotKey, number>; short: number } {
  const taken = new Map<PotKey, number>();
  let short = amount;
  for (const pot of new Set(pots)) {
    const give = Math.min(short, available.get(pot) ?? 0);
    if (give <= 0) continue;
    taken.set(pot, give);
    available.set(pot, (available.get(pot) ?? 0) - give);
    short -= give;
  }
  return { taken, short };
}

/** What none of the pots could give is refused, or, with an override, taken from the general fund below zero. */
function overdraw(taken: Map<PotKey, number>, short: number, overrideReason: string | null): EntryInput[] {
  if (short > 0) {
    if (!overrideReason) throw new AppFailure('errors.fundOverdraft');
    taken.set(generalPot, (taken.get(generalPot) ?? 0) + short);
  }
  return [...taken].map(([pot, value]) => ({ asset: 'cash' as const, pot, amount: -value }));
}

/**
 * Entries that take `amount` of cash out of the pots, most specific first. What they cannot
 * cover is refused (errors.fundOverdraft) unless an override reason is given: then the general
 * fund pays it and goes below zero by `overdrawn`.
 *
 * It reads every entry the pots ever had (availableFrom needs the later ones; the earlier ones
 * only make the opening balance). Measured with 10,000 postings in the general fund (in-memory
 * SQLite, one Xeon core): 8–10 ms a payment, 23 ms at worst, so the read is not limited to the
 * entries after the last closed period (plus one balance query before it) until it matters.
 */
export async function drawCash(
  db: Db,
  pots: readonly PotKey[],
  amount: number,
  on: string,
  overrideReason: string | null,
): Promise<{ entries: EntryInput[]; overdrawn: number }> {
  const available = await cashAvailable(db, pots, on);
  const { taken, short } = take(available, pots, amount);
  return { entries: overdraw(taken, short, overrideReason), overdrawn: short };
}

/** What is left of one lot of goods on a day: quantity and value. */
export async function goodsAvailable(db: Db, lotReceiptId: string, on: string): Promise<{ quantity: number; value: number }> {
  const rows = await db
    .selectFrom('fund_entry as e')
    .innerJoin('fund_posting as p', 'p.id', 'e.posting_id')
    .select(['e.amount', 'e.quantity', 'p.posted_on', 'p.seq'])
    .where('e.asset', '=', 'goods')
    .where('e.lot_receipt_id', '=', lotReceiptId)
    .orderBy('p.posted_on')
    .orderBy('p.seq')
    .execute();
  const movements = rows.map((row) => ({ postedOn: row.posted_on, seq: row.seq, amount: row.amount, quantity: row.quantity ?? 0 }));
  const quantity = availableFrom(movements, on, (m) => m.quantity);
  return { quantity: quantity < goodsQuantityEpsilon ? 0 : quantity, value: availableFrom(movements, on) };
}

/**
 * The entries that take `quantity` of one lot out: its value in proportion to what is left
 * (the last of the lot takes all the value left, so that no đồng is stranded by rounding).
 */
export async function drawGoods(
  db: Db,
  lot: { receiptId: string; pot: PotKey },
  quantity: number,
  on: string,
): Promise<EntryInput[]> {
  const left = await goodsAvailable(db, lot.receiptId, on);
  if (quantity > left.quantity + goodsQuantityEpsilon) {
    throw new AppFailure('errors.goodsShortage', [{ path: 'quantity', message: 'errors.goodsShortage' }]);
  }
  return [{ asset: 'goods', pot: lot.pot, amount: -goodsIssueValue(left, quantity), lotReceiptId: lot.receiptId, quantity: -quantity }];
}

/**
 * Negates one posting on `date`. Goods already handed out are never taken back
 * (errors.goodsShortage). Cash the reversal takes out of a pot (cancelling a receipt whose money
 * was spent since) obeys the rule of a payment: the pot gives what it can from that day on, the
 * general fund the rest, and below zero only with an override. So no earmark goes below zero,
 * and the reversal still negates its original's total.
 */
export async function reversePosting(
  db: Db,
  clock: Clock,
  request: { postingId: string; date: string; reason: string; overrideReason: string | null },
): Promise<PostingRef> {
  const original = await db.selectFrom('fund_posting').selectAll().where('id', '=', request.postingId).executeTakeFirst();
  if (!original) throw new AppFailure('errors.notFound');
  if (original.source === 'reversal') throw new AppFailure('errors.notReversible');
  const already = await db.selectFrom('fund_posting').select('id').where('reverses_id', '=', original.id).executeTakeFirst();
  if (already) throw new AppFailure('errors.alreadyReversed');
  if (request.date < original.posted_on) {
    throw new AppFailure('errors.reversalBeforeOriginal', [{ path: 'date', message: 'errors.reversalBeforeOriginal' }]);
  }
  const entries = await db.selectFrom('fund_entry').selectAll().where('posting_id', '=', original.id).execute();
  const negated: EntryInput[] = entries.map((entry) => ({
    asset: entry.asset,
    pot: entry.pot,
    amount: -entry.amount,
    lotReceiptId: entry.lot_receipt_id,
    quantity: entry.quantity === null ? null : -entry.quantity,
  }));
  await assertGoodsLeft(db, negated, request.date);
  const cash = await takeCashBack(db, negated, request.date, request.overrideReason);
  return post(db, clock, {
    officeId: original.office_id,
    postedOn: request.date,
    source: 'reversal',
    receiptId: original.receipt_id,
    supportId: original.support_id,
    campaignId: original.campaign_id,
    reversesId: original.id,
    reason: request.reason,
    // Kept only when it was needed, so that the overview's list of overrides means something.
    overrideReason: cash.overdrawn > 0 ? request.overrideReason : null,
    overdrawn: cash.overdrawn,
    entries: cash.entries,
  });
}

/**
 * The negated entries, with the cash they take out of a pot drawn as drawCash would: from that
 * pot as far as it can give, then from the general fund.
 */
async function takeCashBack(
  db: Db,
  negated: readonly EntryInput[],
  on: string,
  overrideReason: string | null,
): Promise<{ entries: EntryInput[]; overdrawn: number }> {
  const isCashOut = (entry: EntryInput) => entry.asset === 'cash' && entry.amount < 0;
  const outs = negated.filter(isCashOut);
  const available = await cashAvailable(db, [...new Set([...outs.map((entry) => entry.pot), generalPot])], on);
  const taken = new Map<PotKey, number>();
  let short = 0;
  for (const out of outs) {
    const drawn = take(available, [out.pot, generalPot], -out.amount);
    for (const [pot, value] of drawn.taken) taken.set(pot, (taken.get(pot) ?? 0) + value);
    short += drawn.short;
  }
  return { entries: [...negated.filter((entry) => !isCashOut(entry)), ...overdraw(taken, short, overrideReason)], overdrawn: short };
}

/**
 * Goods already handed out cannot be taken back from the lot: no override covers that (a lot
 * below zero would mean nothing), so cancelling such a receipt waits for the issues' reversal.
 */
async function assertGoodsLeft(db: Db, entries: readonly EntryInput[], on: string): Promise<void> {
  for (const entry of entries) {
    if (entry.asset !== 'goods' || !entry.lotReceiptId || (entry.quantity ?? 0) >= 0) continue;
    const left = await goodsAvailable(db, entry.lotReceiptId, on);
    if (-(entry.quantity ?? 0) > left.quantity + goodsQuantityEpsilon || -entry.amount > left.value) {
      throw new AppFailure('errors.goodsShortage');
    }
  }
}
