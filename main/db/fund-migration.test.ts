import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cashReceipt, fundContext, type FundContext } from '../../tests/fixtures/fund';

let t: FundContext;
beforeEach(async () => (t = await fundContext()));
afterEach(() => t.close());

/** Runs SQL straight on the database, as a bug or a hand edit would, past every service. */
const run = (statement: string, ...params: unknown[]) => () => t.connection.sqlite.prepare(statement).run(...params);

const insertPosting = (id: string, seq: number, postedOn: string, receiptId: string) =>
  run(
    `insert into fund_posting (id, office_id, seq, posted_on, source, receipt_id, created_at) values (?, ?, ?, ?, 'receipt', ?, '2026-11-22T08:00:00.000Z')`,
    id,
    t.officeId,
    seq,
    postedOn,
    receiptId,
  );
const insertEntry = (id: string, postingId: string) =>
  run(`insert into fund_entry (id, posting_id, asset, pot, amount) values (?, ?, 'cash', 'general', 1000)`, id, postingId);

describe('the fund migration', () => {
  it('keeps postings and entries append-only', async () => {
    const receipt = await cashReceipt(t, 5_000_000);
    expect(run(`update fund_posting set posted_on = '2026-11-02' where id = ?`, receipt.postingId)).toThrow('fund_posting is append-only');
    expect(run(`delete from fund_posting where id = ?`, receipt.postingId)).toThrow('fund_posting is append-only');
    expect(run(`update fund_entry set amount = 1 where posting_id = ?`, receipt.postingId)).toThrow('fund_entry is append-only');
    expect(run(`delete from fund_entry where posting_id = ?`, receipt.postingId)).toThrow('fund_entry is append-only');
    const entries = await t.db.selectFrom('fund_entry').select('amount').execute();
    expect(entries).toEqual([{ amount: 5_000_000 }]);
  });

  it('refuses postings and entries dated in a closed month or year, and never reopens a period', async () => {
    const receipt = await cashReceipt(t, 5_000_000, { receivedOn: '2026-10-05' });
    run(`insert into fund_period_close (period, office_id, closed_at) values ('2026-10', ?, 'x'), ('2025', ?, 'x')`, t.officeId, t.officeId)();

    expect(insertPosting('a', 10, '2026-10-31', receipt.id)).toThrow('fund period closed');
    expect(insertPosting('b', 11, '2025-06-01', receipt.id)).toThrow('fund period closed');
    // A posting of the closed month made before it was closed gets no new entries.
    expect(insertEntry('e1', receipt.postingId)).toThrow('fund period closed');
    insertPosting('c', 12, '2026-11-01', receipt.id)();
    insertEntry('e2', 'c')();

    expect(run(`delete from fund_period_close where period = '2026-10'`)).toThrow('fund_period_close is append-only');
    expect(run(`update fund_period_close set period = '2026-09' where period = '2026-10'`)).toThrow('fund_period_close is append-only');
  });

  it('lets a posting be reversed only once, and a reversal always names its original and a reason', async () => {
    const receipt = await cashReceipt(t, 5_000_000);
    const reversal = (id: string, seq: number, reason: string | null) =>
      run(
        `insert into fund_posting (id, office_id, seq, posted_on, source, receipt_id, reverses_id, reason, created_at)
         values (?, ?, ?, '2026-11-02', 'reversal', ?, ?, ?, 'x')`,
        id,
        t.officeId,
        seq,
        receipt.id,
        receipt.postingId,
        reason,
      );
    expect(reversal('r0', 20, null)).toThrow(/CHECK constraint failed/);
    reversal('r1', 21, 'Hủy')();
    expect(reversal('r2', 22, 'Hủy lần nữa')).toThrow(/UNIQUE constraint failed: fund_posting.reverses_id/);
  });
});
