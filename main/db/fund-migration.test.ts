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

  it('refuses postings and entries dated on or before the end of a closed month or year, and never reopens a period', async () => {
    const receipt = await cashReceipt(t, 5_000_000, { receivedOn: '2026-10-05' });
    run(`insert into fund_period_close (period, office_id, closed_at) values ('2026-10', ?, 'x')`, t.officeId)();

    expect(insertPosting('a', 10, '2026-10-31', receipt.id)).toThrow('fund period closed');
    expect(insertPosting('b', 11, '2026-09-15', receipt.id)).toThrow('fund period closed');
    expect(insertPosting('c', 11, '2025-06-01', receipt.id)).toThrow('fund period closed');
    // A posting of the closed month made before it was closed gets no new entries.
    expect(insertEntry('e1', receipt.postingId)).toThrow('fund period closed');
    insertPosting('f', 12, '2026-11-01', receipt.id)();
    insertEntry('e2', 'f')();

    expect(run(`delete from fund_period_close where period = '2026-10'`)).toThrow('fund_period_close is append-only');
    expect(run(`update fund_period_close set period = '2026-09' where period = '2026-10'`)).toThrow('fund_period_close is append-only');

    // A closed year closes every day of it, the last included.
    run(`insert into fund_period_close (period, office_id, closed_at) values ('2026', ?, 'x')`, t.officeId)();
    expect(insertPosting('d', 13, '2026-12-31', receipt.id)).toThrow('fund period closed');
    insertPosting('e', 14, '2027-01-01', receipt.id)();
  });

  it('keeps on each receipt its donor’s kind and origin as they were when it was written', async () => {
    const receipt = await cashReceipt(t, 5_000_000);
    run(`update fund_donor set kind = 'agency', origin = 'international'`)();
    const kept = () => t.connection.sqlite.prepare(`select donor_kind, donor_origin from fund_receipt where id = ?`).get(receipt.id);
    expect(kept()).toEqual({ donor_kind: 'business', donor_origin: 'domestic' });
    expect(run(`update fund_receipt set donor_kind = 'agency' where id = ?`, receipt.id)).toThrow('fund_receipt keeps its donor as received');
    run(`update fund_receipt set note = 'Ghi chú' where id = ?`, receipt.id)();
    expect(kept()).toEqual({ donor_kind: 'business', donor_origin: 'domestic' });
  });

  it('keeps an override reason exactly on the postings that overdrew the fund', async () => {
    const receipt = await cashReceipt(t, 5_000_000);
    const posting = (id: string, seq: number, overrideReason: string | null, overdrawn: number) =>
      run(
        `insert into fund_posting (id, office_id, seq, posted_on, source, receipt_id, override_reason, overdrawn, created_at)
         values (?, ?, ?, '2026-11-02', 'receipt', ?, ?, ?, 'x')`,
        id,
        t.officeId,
        seq,
        receipt.id,
        overrideReason,
        overdrawn,
      );
    expect(posting('o1', 30, 'Cấp cứu', 0)).toThrow(/CHECK constraint failed/);
    expect(posting('o2', 31, null, 1000)).toThrow(/CHECK constraint failed/);
    expect(posting('o3', 32, 'Cấp cứu', -5)).toThrow(/CHECK constraint failed/);
    posting('o4', 33, 'Cấp cứu', 1000)();
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
