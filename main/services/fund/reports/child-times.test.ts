import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedGiftChildren } from '../../../../tests/fixtures/gifts';
import { approval, completion, proposal, receiveCash, supportContext, type SupportContext } from '../../../../tests/fixtures/fund-support';
import { approveSupport, completeSupport, reopenSupport } from '../support-workflow';
import { proposeSupport } from '../supports';
import { childTimesReport } from './child-times';

// The lượt trẻ report over cases taken through the real workflow (today is 22/11/2026).
let t: SupportContext;
let childId: string;
beforeEach(async () => {
  t = await supportContext();
  [childId = ''] = await seedGiftChildren(t, [{ fullName: 'Trịnh Văn Khang', unitId: 'w:11311' }]);
  await receiveCash(t, 200_000_000);
});
afterEach(() => t.dispose());

const october = { from: '2026-10-01', to: '2026-10-31' };
const november = { from: '2026-11-01', to: '2026-11-30' };
const both = { from: '2026-10-01', to: '2026-11-30' };

async function approvedCase(): Promise<string> {
  const { id } = await proposeSupport(t.db, t.units, t.clock, proposal(childId));
  await approveSupport(t.db, t.units, t.clock, approval(id));
  return id;
}

const heart = async (period: typeof october) => {
  const report = await childTimesReport(t.db, t.units, period);
  return { rows: report.rows.map((row) => row.unitName), heart: report.totals.heartSurgery, total: report.total };
};

describe('lượt trẻ for support, from the ledger', () => {
  it('a case paid in October and reopened in November: October keeps it, November counts the reversal and the new payment', async () => {
    const id = await approvedCase();
    await completeSupport(t.db, t.units, t.clock, completion(id, { doneOn: '2026-10-20', paidOn: '2026-10-25' }));
    const octoberAtClosing = await heart(october);
    expect(octoberAtClosing).toEqual({ rows: ['Phường Máy Tơ'], heart: { children: 1, amount: 50_000_000 }, total: { children: 1, amount: 50_000_000 } });
    await t.db.insertInto('fund_period_close').values({ period: '2026-10', office_id: t.officeId, closed_at: '2026-11-02T02:00:00.000Z' }).execute();

    await reopenSupport(t.db, t.units, t.clock, { id, date: '2026-11-05', reason: 'Nhập sai phần Quỹ chi trả' });
    expect(await heart(october)).toEqual(octoberAtClosing);
    expect((await heart(november)).heart).toEqual({ children: -1, amount: -50_000_000 });

    await completeSupport(t.db, t.units, t.clock, completion(id, { costFund: 45_000_000, costFamily: 7_000_000, paidOn: '2026-11-06' }));
    expect(await heart(october)).toEqual(octoberAtClosing);
    // −1 + 1 = 0 lượt trẻ; −50.000.000 + 45.000.000.
    expect((await heart(november)).heart).toEqual({ children: 0, amount: -5_000_000 });
    expect((await heart(both)).heart).toEqual({ children: 1, amount: 45_000_000 });
  });

  it('leaves out a commune whose payment and reversal net to nothing', async () => {
    const id = await approvedCase();
    await completeSupport(t.db, t.units, t.clock, completion(id, { doneOn: '2026-10-20', paidOn: '2026-10-25' }));
    await reopenSupport(t.db, t.units, t.clock, { id, date: '2026-11-05', reason: 'Hồ sơ không đủ điều kiện' });
    expect(await heart(both)).toEqual({ rows: [], heart: { children: 0, amount: 0 }, total: { children: 0, amount: 0 } });
  });

  it('does not count a case the fund paid nothing for', async () => {
    const id = await approvedCase();
    await completeSupport(t.db, t.units, t.clock, completion(id, { costFund: 0, costInsurance: 30_000_000, costCofunders: 0, cofunderNames: null, costFamily: 0 }));
    expect(await heart(november)).toEqual({ rows: [], heart: { children: 0, amount: 0 }, total: { children: 0, amount: 0 } });
  });
});
