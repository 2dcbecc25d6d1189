import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approvedCase, casePayment, cashReceipt, fundChildren, fundContext, giftCampaign, goodsReceipt, refusal, type FundContext } from '../../../tests/fixtures/fund';
import { generalPot, type PotKey, type SupportType } from '../../../shared/codes/fund';
import { availabilityQuerySchema, ledgerQuerySchema } from '../../../shared/schemas/fund';
import { fundAvailable } from './availability';
import { issueGoods, payCampaign, reverseCampaignPosting } from './campaign-payments';
import { availableFrom, cashAvailable, reversePosting } from './ledger';
import { fundLedger } from './ledger-view';
import { fundOverview } from './overview';
import { closePeriod } from './periods';
import { cancelReceipt } from './receipts';

let t: FundContext;
let childA: string;
let childB: string;
let campaignId: string;

beforeEach(async () => {
  t = await fundContext();
  const ids = await fundChildren(t, [{ unitId: 'w:11311' }, { unitId: 'w:11329' }]);
  childA = ids[0] ?? '';
  childB = ids[1] ?? '';
  campaignId = await giftCampaign(t);
});
afterEach(() => t.close());

const payCase = (supportId: string, amount: number, on: string, overrideReason: string | null = null) =>
  casePayment(t, supportId, amount, on, overrideReason);

const entriesOf = (postingId: string) =>
  t.db.selectFrom('fund_entry').select(['asset', 'pot', 'amount', 'quantity', 'lot_receipt_id']).where('posting_id', '=', postingId).orderBy('pot').execute();

const pay = (amount: number, paidOn: string, overrideReason: string | null = null) =>
  payCampaign(t.db, t.clock, { campaignId, paidOn, amount, note: null, overrideReason });

const balances = async (): Promise<Record<string, number>> =>
  Object.fromEntries((await fundOverview(t.db, t.units)).cash.pots.map((pot) => [pot.key, pot.balance]));

describe('availableFrom', () => {
  const m = (postedOn: string, amount: number) => ({ postedOn, seq: 0, amount, quantity: 0 });
  it('gives the balance on the day, less what later postings already rely on, never below zero', () => {
    const movements = [m('2026-11-01', 10), m('2026-11-10', -8), m('2026-11-12', 5)];
    expect(availableFrom(movements, '2026-10-31')).toBe(0);
    expect(availableFrom(movements, '2026-11-05')).toBe(2);
    expect(availableFrom(movements, '2026-11-10')).toBe(2);
    expect(availableFrom(movements, '2026-11-20')).toBe(7);
    expect(availableFrom([m('2026-11-01', 10), m('2026-11-02', -12)], '2026-11-05')).toBe(0);
  });
});

describe('earmarked money', () => {
  it('is never spent on another child: the payment is refused, or overdraws the general fund with a logged override', async () => {
    await cashReceipt(t, 10_000_000, { earmarkKind: 'child', earmarkChildId: childA });
    await cashReceipt(t, 5_000_000);
    const caseB = await approvedCase(t, childB);

    expect(await refusal(payCase(caseB, 8_000_000, '2026-11-10'))).toMatchObject({ code: 'errors.fundOverdraft' });
    expect(await balances()).toEqual({ general: 5_000_000, [`child:${childA}`]: 10_000_000 });

    const paid = await payCase(caseB, 8_000_000, '2026-11-10', 'Ca mổ cấp cứu, đã có cam kết tài trợ');
    expect(await entriesOf(paid.postingId)).toEqual([{ asset: 'cash', pot: generalPot, amount: -8_000_000, quantity: null, lot_receipt_id: null }]);
    expect(await balances()).toEqual({ general: -3_000_000, [`child:${childA}`]: 10_000_000 });
    const posting = await t.db.selectFrom('fund_posting').select('override_reason').where('id', '=', paid.postingId).executeTakeFirstOrThrow();
    expect(posting.override_reason).toBe('Ca mổ cấp cứu, đã có cam kết tài trợ');
    const audit = await t.db.selectFrom('audit_log').select(['entity', 'entity_id']).where('entity', '=', 'fund_overdraft').execute();
    expect(audit).toEqual([{ entity: 'fund_overdraft', entity_id: paid.postingId }]);
    // The general fund could give 5.000.000 of it: the override let it go 3.000.000 below.
    expect((await fundOverview(t.db, t.units)).overrides).toEqual([
      { postingId: paid.postingId, seq: paid.seq, postedOn: '2026-11-10', amount: 3_000_000, reason: 'Ca mổ cấp cứu, đã có cam kết tài trợ' },
    ]);
  });

  it('pays a case from the child, then its purpose, then its commune, then the general fund; other earmarks stay', async () => {
    await cashReceipt(t, 1_000_000, { earmarkKind: 'child', earmarkChildId: childA });
    await cashReceipt(t, 2_000_000, { earmarkKind: 'purpose', earmarkPurpose: 'heartSurgery' });
    await cashReceipt(t, 3_000_000, { earmarkKind: 'unit', earmarkUnitId: 'w:11311' });
    await cashReceipt(t, 4_000_000);
    await cashReceipt(t, 9_000_000, { earmarkKind: 'purpose', earmarkPurpose: 'scholarship' });
    await cashReceipt(t, 9_000_000, { earmarkKind: 'unit', earmarkUnitId: 'w:11329' });
    const caseA = await approvedCase(t, childA, { type: 'heartSurgery' });
    const paid = await payCase(caseA, 8_000_000, '2026-11-10');
    expect(await entriesOf(paid.postingId)).toEqual([
      { asset: 'cash', pot: `child:${childA}`, amount: -1_000_000, quantity: null, lot_receipt_id: null },
      { asset: 'cash', pot: generalPot, amount: -2_000_000, quantity: null, lot_receipt_id: null },
      { asset: 'cash', pot: 'purpose:heartSurgery', amount: -2_000_000, quantity: null, lot_receipt_id: null },
      { asset: 'cash', pot: 'unit:w:11311', amount: -3_000_000, quantity: null, lot_receipt_id: null },
    ]);
    expect(await balances()).toMatchObject({ 'purpose:scholarship': 9_000_000, 'unit:w:11329': 9_000_000, general: 2_000_000 });
  });

  it('shows what a case and a campaign could be paid from, pot by pot', async () => {
    await cashReceipt(t, 1_000_000, { earmarkKind: 'child', earmarkChildId: childA });
    await cashReceipt(t, 3_000_000, { earmarkKind: 'unit', earmarkUnitId: 'w:11311' });
    await cashReceipt(t, 4_000_000, { receivedOn: '2026-11-15' });
    await cashReceipt(t, 2_000_000, { earmarkKind: 'purpose', earmarkPurpose: 'gifts' });
    const caseA = await approvedCase(t, childA, { approvedAmount: 30_000_000 });
    const query = (target: unknown, on: string) => availabilityQuerySchema.parse({ target, on });

    const forCase = await fundAvailable(t.db, t.units, query({ kind: 'support', id: caseA }, '2026-11-10'));
    expect(forCase).toMatchObject({ on: '2026-11-10', total: 4_000_000, approvedAmount: 30_000_000 });
    expect(forCase.pots.map((p) => [p.key, p.balance, p.childName ?? p.unitName])).toEqual([
      [`child:${childA}`, 1_000_000, expect.any(String)],
      ['unit:w:11311', 3_000_000, 'Phường Máy Tơ'],
    ]);
    const forCampaign = await fundAvailable(t.db, t.units, query({ kind: 'campaign', id: campaignId }, '2026-11-20'));
    expect(forCampaign).toMatchObject({ total: 6_000_000, approvedAmount: null });
    expect(forCampaign.pots.map((p) => p.key)).toEqual(['purpose:gifts', generalPot]);
    expect(await refusal(fundAvailable(t.db, t.units, query({ kind: 'support', id: 'nope' }, '2026-11-20')))).toMatchObject({ code: 'errors.notFound' });
  });
});

describe('back-dated payments', () => {
  it('cannot spend money a later posting already used', async () => {
    await cashReceipt(t, 10_000_000, { receivedOn: '2026-11-01' });
    await pay(8_000_000, '2026-11-10');
    expect(await refusal(pay(5_000_000, '2026-11-05'))).toMatchObject({ code: 'errors.fundOverdraft' });
    expect(await refusal(pay(1, '2026-10-31'))).toMatchObject({ code: 'errors.fundOverdraft' });
    await pay(2_000_000, '2026-11-05');
    expect((await cashAvailable(t.db, [generalPot], '2026-11-20')).get(generalPot)).toBe(0);
  });
});

describe('reversals', () => {
  it('negate exactly their original, once, not before it, and a reversal is not reversed', async () => {
    await cashReceipt(t, 3_000_000, { earmarkKind: 'purpose', earmarkPurpose: 'gifts' });
    await cashReceipt(t, 5_000_000);
    const paid = await pay(4_000_000, '2026-11-10');
    const request = { postingId: paid.postingId, reason: 'Chi nhầm', overrideReason: null };

    expect(await refusal(reverseCampaignPosting(t.db, t.clock, { ...request, date: '2026-11-09' }))).toMatchObject({
      code: 'errors.reversalBeforeOriginal',
      details: [{ path: 'date' }],
    });
    expect(await refusal(reverseCampaignPosting(t.db, t.clock, { ...request, date: '2026-11-23' }))).toMatchObject({ code: 'errors.futureDate' });
    const reversal = await reverseCampaignPosting(t.db, t.clock, { ...request, date: '2026-11-12' });
    const negate = (rows: Awaited<ReturnType<typeof entriesOf>>) => rows.map((row) => ({ ...row, amount: -row.amount }));
    expect(await entriesOf(reversal.postingId)).toEqual(negate(await entriesOf(paid.postingId)));
    const reversalRow = await t.db.selectFrom('fund_posting').select(['id', 'seq', 'posted_on']).where('reverses_id', '=', paid.postingId).execute();
    expect(reversalRow).toEqual([{ id: reversal.postingId, seq: reversal.seq, posted_on: '2026-11-12' }]);
    expect(await balances()).toEqual({ general: 5_000_000, 'purpose:gifts': 3_000_000 });

    expect(await refusal(reverseCampaignPosting(t.db, t.clock, { ...request, date: '2026-11-12' }))).toMatchObject({ code: 'errors.alreadyReversed' });
    expect(await refusal(reversePosting(t.db, t.clock, { ...request, postingId: reversal.postingId, date: '2026-11-12' }))).toMatchObject({
      code: 'errors.notReversible',
    });
  });

  it('that would take spent money back take what its pot can give, the rest from the general fund, below zero only with a logged override', async () => {
    const receipt = await cashReceipt(t, 5_000_000, { earmarkKind: 'purpose', earmarkPurpose: 'gifts' });
    await pay(4_000_000, '2026-11-10');
    const cancel = (overrideReason: string | null) =>
      cancelReceipt(t.db, t.units, t.clock, { id: receipt.id, date: '2026-11-15', reason: 'Nhà tài trợ rút lại', overrideReason });
    expect(await refusal(cancel(null))).toMatchObject({ code: 'errors.fundOverdraft' });
    const cancelled = await cancel('Đã thống nhất với nhà tài trợ');
    expect(cancelled.cancelled).toMatchObject({ on: '2026-11-15', reason: 'Nhà tài trợ rút lại' });
    const reversal = await t.db.selectFrom('fund_posting').select('id').where('reverses_id', '=', receipt.postingId).executeTakeFirstOrThrow();
    expect(await entriesOf(reversal.id)).toEqual([
      { asset: 'cash', pot: generalPot, amount: -4_000_000, quantity: null, lot_receipt_id: null },
      { asset: 'cash', pot: 'purpose:gifts', amount: -1_000_000, quantity: null, lot_receipt_id: null },
    ]);
    // Money for gifts is never below zero: the general fund is, by the 4.000.000 overdrawn.
    expect(await balances()).toEqual({ general: -4_000_000, 'purpose:gifts': 0 });
    expect((await fundOverview(t.db, t.units)).overrides).toMatchObject([{ amount: 4_000_000, reason: 'Đã thống nhất với nhà tài trợ' }]);
    const ledger = await fundLedger(t.db, t.units, ledgerQuerySchema.parse({ from: '2026-11-01', to: '2026-11-22' }));
    expect(ledger.lines.map((l) => [l.source, l.amount, l.balance])).toEqual([
      ['receipt', 5_000_000, 5_000_000],
      ['campaignPayment', -4_000_000, 1_000_000],
      ['reversal', -5_000_000, -4_000_000],
    ]);
  });

  it('that take spent earmarked money back need no override when the general fund can give it', async () => {
    const receipt = await cashReceipt(t, 5_000_000, { earmarkKind: 'purpose', earmarkPurpose: 'gifts' });
    await pay(4_000_000, '2026-11-10');
    await cashReceipt(t, 6_000_000, { receivedOn: '2026-11-12' });
    await cancelReceipt(t.db, t.units, t.clock, { id: receipt.id, date: '2026-11-15', reason: 'Nhà tài trợ rút lại', overrideReason: 'Không cần' });
    expect(await balances()).toEqual({ general: 2_000_000, 'purpose:gifts': 0 });
    expect((await fundOverview(t.db, t.units)).overrides).toEqual([]);
  });

  it('keep an override only when it was needed', async () => {
    await cashReceipt(t, 5_000_000);
    const paid = await pay(1_000_000, '2026-11-10', 'Không cần');
    const reversal = await reverseCampaignPosting(t.db, t.clock, { postingId: paid.postingId, date: '2026-11-10', reason: 'Chi nhầm', overrideReason: 'Không cần' });
    const rows = await t.db.selectFrom('fund_posting').select('override_reason').where('id', 'in', [paid.postingId, reversal.postingId]).execute();
    expect(rows).toEqual([{ override_reason: null }, { override_reason: null }]);
    expect(await t.db.selectFrom('audit_log').select('id').where('entity', '=', 'fund_overdraft').execute()).toEqual([]);
  });
});

describe('closed periods', () => {
  it('refuse postings dated inside them, in the services', async () => {
    await cashReceipt(t, 5_000_000, { receivedOn: '2026-10-05' });
    const paid = await pay(1_000_000, '2026-10-20');
    await closePeriod(t.db, t.clock, { period: '2026-10' });
    expect(await refusal(pay(1_000_000, '2026-10-25'))).toMatchObject({ code: 'errors.periodLocked', details: [{ path: 'paidOn' }] });
    expect(await refusal(cashReceipt(t, 1_000_000, { receivedOn: '2026-10-31' }))).toMatchObject({
      code: 'errors.periodLocked',
      details: [{ path: 'receivedOn', message: 'errors.periodLocked' }],
    });
    expect(await refusal(reverseCampaignPosting(t.db, t.clock, { postingId: paid.postingId, date: '2026-10-30', reason: 'Sai', overrideReason: null }))).toMatchObject({
      code: 'errors.periodLocked',
    });
    // A posting of October is corrected in November.
    await reverseCampaignPosting(t.db, t.clock, { postingId: paid.postingId, date: '2026-11-02', reason: 'Sai', overrideReason: null });
    expect(await balances()).toEqual({ general: 5_000_000 });

    t.clock.set('2027-01-05T08:00:00.000Z');
    await closePeriod(t.db, t.clock, { period: '2026' });
    expect(await refusal(pay(1_000_000, '2026-12-20'))).toMatchObject({ code: 'errors.periodLocked' });
    await pay(1_000_000, '2027-01-02');
  });

  it('lock every day up to their end: nothing is back-dated before a closed month either', async () => {
    const receipt = await cashReceipt(t, 5_000_000, { receivedOn: '2026-09-10' });
    const lot = await goodsReceipt(t, 10, 1_000_000, { receivedOn: '2026-09-10' });
    await closePeriod(t.db, t.clock, { period: '2026-10' });
    const locked = { code: 'errors.periodLocked' };
    expect(await refusal(cashReceipt(t, 1_000_000, { receivedOn: '2026-09-15' }))).toMatchObject({ ...locked, details: [{ path: 'receivedOn' }] });
    expect(await refusal(pay(1_000_000, '2026-09-20'))).toMatchObject({ ...locked, details: [{ path: 'paidOn' }] });
    const issue = (issuedOn: string) => issueGoods(t.db, t.clock, { campaignId, receiptId: lot.id, quantity: 1, issuedOn, note: null });
    expect(await refusal(issue('2026-09-20'))).toMatchObject({ ...locked, details: [{ path: 'issuedOn' }] });
    expect(await refusal(issue('2026-10-20'))).toMatchObject(locked);
    const cancel = (date: string) => cancelReceipt(t.db, t.units, t.clock, { id: receipt.id, date, reason: 'Ghi nhầm', overrideReason: null });
    expect(await refusal(cancel('2026-09-30'))).toMatchObject(locked);
    expect(await refusal(cancel('2026-10-31'))).toMatchObject(locked);
    expect((await t.db.selectFrom('fund_posting').select('id').execute()).length).toBe(2);
    const ledger = await fundLedger(t.db, t.units, ledgerQuerySchema.parse({ from: '2026-09-01', to: '2026-11-22' }));
    expect(ledger.lines.map((l) => [l.postedOn, l.locked])).toEqual([['2026-09-10', true]]);
    // The first open day takes them.
    await issue('2026-11-01');
    await cancel('2026-11-01');
    expect(await balances()).toEqual({ general: 0 });
  });
});

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

describe('ledger invariants', () => {
  for (const [seed, overrides] of [
    [1, false],
    [2, false],
    [3, true],
    // Cancels a receipt set aside for a child after its money was spent, with an override.
    [9, true],
  ] as const) {
    it(`hold after a mixed sequence of postings (seed ${seed}${overrides ? ', with overrides' : ''})`, async () => {
      const rnd = random(seed);
      const day = () => `2026-${rnd.pick(['10', '11'])}-${String(1 + rnd.int(22)).padStart(2, '0')}`;
      const types: SupportType[] = ['heartSurgery', 'scholarship'];
      const cases = [await approvedCase(t, childA, { type: 'heartSurgery' }), await approvedCase(t, childB, { type: 'scholarship' })];
      const earmarks = [
        {},
        {},
        { earmarkKind: 'purpose' as const, earmarkPurpose: 'gifts' as const },
        { earmarkKind: 'purpose' as const, earmarkPurpose: rnd.pick(types) },
        { earmarkKind: 'unit' as const, earmarkUnitId: 'w:11311' },
        { earmarkKind: 'child' as const, earmarkChildId: childA },
        { earmarkKind: 'child' as const, earmarkChildId: childB },
      ];
      const receipts: string[] = [];
      const lots: string[] = [];
      const campaignPostings: string[] = [];
      let refused = 0;
      const attempt = async (action: () => Promise<unknown>) => {
        try {
          await action();
        } catch (error) {
          const { code } = await refusal(Promise.reject(error));
          expect(['errors.fundOverdraft', 'errors.goodsShortage', 'errors.reversalBeforeOriginal', 'errors.alreadyReversed']).toContain(code);
          refused += 1;
        }
      };
      const override = () => (overrides && rnd.next() < 0.3 ? 'Cho phép chi vượt' : null);

      for (let step = 0; step < 60; step += 1) {
        const roll = rnd.next();
        if (roll < 0.3) {
          receipts.push((await cashReceipt(t, (1 + rnd.int(50)) * 100_000, { receivedOn: day(), ...rnd.pick(earmarks) })).id);
        } else if (roll < 0.4) {
          const lot = await goodsReceipt(t, 1 + rnd.int(9), (1 + rnd.int(90)) * 10_000 + 7, { receivedOn: day(), ...rnd.pick([{}, earmarks[2] ?? {}]) });
          lots.push(lot.id);
        } else if (roll < 0.55) {
          await attempt(async () => campaignPostings.push((await pay((1 + rnd.int(30)) * 100_000, day(), override())).postingId));
        } else if (roll < 0.7) {
          await attempt(() => payCase(rnd.pick(cases), (1 + rnd.int(30)) * 100_000, day(), override()));
        } else if (roll < 0.8 && lots.length > 0) {
          const issue = { campaignId, receiptId: rnd.pick(lots), quantity: 1 + rnd.int(3), issuedOn: day(), note: null };
          await attempt(async () => campaignPostings.push((await issueGoods(t.db, t.clock, issue)).postingId));
        } else if (roll < 0.9 && campaignPostings.length > 0) {
          const request = { postingId: rnd.pick(campaignPostings), date: day(), reason: 'Đảo bút toán', overrideReason: override() };
          await attempt(() => reverseCampaignPosting(t.db, t.clock, request));
        } else if (receipts.length > 0) {
          const request = { id: rnd.pick(receipts), date: day(), reason: 'Hủy phiếu', overrideReason: override() };
          await attempt(() => cancelReceipt(t.db, t.units, t.clock, request));
        }
      }
      expect(refused).toBeGreaterThan(0);

      const entries = await t.db
        .selectFrom('fund_entry as e')
        .innerJoin('fund_posting as p', 'p.id', 'e.posting_id')
        .select(['e.asset', 'e.pot', 'e.amount', 'e.quantity', 'e.lot_receipt_id', 'p.posted_on', 'p.seq', 'p.override_reason', 'p.id', 'p.reverses_id'])
        .orderBy('p.posted_on')
        .orderBy('p.seq')
        .execute();
      const cash = entries.filter((e) => e.asset === 'cash');
      const sums = new Map<PotKey, number>();
      for (const e of cash) sums.set(e.pot, (sums.get(e.pot) ?? 0) + e.amount);
      const overview = await fundOverview(t.db, t.units);
      expect(Object.fromEntries(overview.cash.pots.map((p) => [p.key, p.balance]))).toEqual(Object.fromEntries(sums));
      expect(overview.cash.total).toBe(cash.reduce((sum, e) => sum + e.amount, 0));

      // No earmark and no lot goes below zero on any day; the general fund only at the entry of
      // a posting that carries an override (a later posting has nothing to take from it).
      const running = new Map<string, number>();
      const belowZero: string[] = [];
      for (const e of entries) {
        const key = e.asset === 'cash' ? e.pot : `lot:${e.lot_receipt_id}`;
        running.set(key, (running.get(key) ?? 0) + e.amount);
        const excused = key === generalPot && (e.amount >= 0 || e.override_reason !== null);
        if ((running.get(key) ?? 0) < 0 && !excused) belowZero.push(`${key} at ${e.seq}`);
      }
      expect(belowZero).toEqual([]);
      expect(overview.overrides.length > 0).toBe(overrides);
      const overdrawn = await t.db.selectFrom('fund_posting').select(['override_reason', 'overdrawn']).execute();
      for (const posting of overdrawn) expect(posting.override_reason !== null).toBe(posting.overdrawn > 0);

      // Every reversal negates its original's total, asset by asset: goods line by line, cash
      // back into its pots exactly, cash taken back from a pot at most what the original put in
      // (what the pot could not give comes from the general fund).
      const byPosting = new Map<string, typeof entries>();
      for (const e of entries) byPosting.set(e.id, [...(byPosting.get(e.id) ?? []), e]);
      const of = (id: string | null) => byPosting.get(id ?? '') ?? [];
      const goodsLines = (id: string | null, sign: number) =>
        of(id)
          .filter((e) => e.asset === 'goods')
          .map((e) => `${e.pot} ${e.lot_receipt_id} ${sign * e.amount} ${sign * (e.quantity ?? 0)}`)
          .sort();
      const cashIn = (id: string | null, pot: string) => of(id).reduce((sum, e) => sum + (e.asset === 'cash' && e.pot === pot ? e.amount : 0), 0);
      const total = (id: string | null, asset: string) => of(id).reduce((sum, e) => sum + (e.asset === asset ? e.amount : 0), 0);
      const reversals = [...byPosting.values()].flatMap((list) => (list[0]?.reverses_id ? [list[0]] : []));
      expect(reversals.length).toBeGreaterThan(0);
      let partial = 0;
      for (const { id, reverses_id: original } of reversals) {
        expect(goodsLines(id, 1)).toEqual(goodsLines(original, -1));
        for (const asset of ['cash', 'goods']) expect(total(id, asset) + total(original, asset)).toBe(0);
        for (const e of of(original).filter((o) => o.asset === 'cash' && o.pot !== generalPot)) {
          const back = cashIn(id, e.pot);
          if (e.amount < 0) expect(back).toBe(-e.amount);
          else expect(back <= 0 && back >= -e.amount).toBe(true);
          if (e.amount > 0 && back !== -e.amount) partial += 1;
        }
        for (const e of of(id)) if (e.asset === 'cash' && e.pot !== generalPot) expect(of(original).some((o) => o.pot === e.pot)).toBe(true);
      }
      if (overrides) expect(partial).toBeGreaterThan(0);

      // The ledger view adds up line by line, and closes on the overview's total.
      for (const [from, to] of [
        ['2026-10-01', '2026-11-22'],
        ['2026-10-15', '2026-11-10'],
      ] as const) {
        const ledger = await fundLedger(t.db, t.units, ledgerQuerySchema.parse({ from, to }));
        let balance = ledger.opening;
        for (const line of ledger.lines) {
          balance += line.amount;
          expect(line.balance).toBe(balance);
          expect(line.amount).toBe(line.pots.reduce((sum, p) => sum + p.amount, 0));
        }
        expect(ledger.closing).toBe(ledger.opening + ledger.totalIn - ledger.totalOut);
        expect(ledger.closing).toBe(balance);
        if (to === '2026-11-22') expect(ledger.closing).toBe(overview.cash.total);
        expect(ledger.opening).toBe(cash.filter((e) => e.posted_on < from).reduce((sum, e) => sum + e.amount, 0));
      }
      const goods = await fundLedger(t.db, t.units, ledgerQuerySchema.parse({ from: '2026-10-01', to: '2026-11-22', asset: 'goods' }));
      expect(goods.closing).toBe(overview.goods.totalValue);
    });
  }
});
