import { afterEach, describe, expect, it } from 'vitest';
import { generateProvince, insertOfficeSnapshot, provinceContext, provinceRow as r, type ProvinceSourceOffice, type SnapshotRows } from '../../../../tests/fixtures/province-rows';
import { createTestContext } from '../../../../tests/fixtures/context';
import { legacyOffice } from '../../../../tests/fixtures/office';
import { saveOffice } from '../../office';
import { refusalOf } from '../file/test-fixtures';
import { provinceReport } from './province-report';
import { addChildrenRow, emptyChildrenRow } from './province-report-children';

/**
 * A province of three offices, every figure worked out by hand, for the fourth quarter of 2026
 * (01/10–31/12; the models count the year 2026).
 *
 * Office HP-NQ (inserted second, listed second), communes 11311, 11329, 11359:
 *   a1 F  groups d (2024) and n (2025), open              → in d and n, once in the total; a gift on 05/10
 *   a2 M  group a until 31/12/2026 (ends on the last day)  → not counted
 *   a3 M  group c, left on 15/11 (membership ended then)   → not counted
 *   a4 F  group d from 31/12 (starts on the last day)      → counted; fund pays 20.000.000 on 12/11
 *         (its gift on 01/01/2027, the day after, is not the period's)
 *   a5 M  at risk r1 only                                  → at risk, not in the total; gift on 30/09 (before)
 *   a6 M  group b until 01/01/2027                         → counted; guardian took the gift on 31/12
 *   a7 M  group k, open; fund paid 5.000.000 on 20/10 and reversed it on 20/11 → counted, not supported
 *   Gifts (campaign GA1): a1 500.000, a6 500.000 in the period; a4 after it; a2 absent.
 *   Fund: receipts 10.000.000 (15/09, before), 50.000.000 (02/10), 3.000.000 (10/10, cancelled 05/11),
 *   goods 8.000.000 (15/10), 7.000.000 (05/01/2027, after); campaign GA1 paid 2.000.000 (03/10);
 *   goods issued 1.600.000 (04/10).
 *     received = 50.000.000 + 3.000.000 − 3.000.000 = 50.000.000
 *     paid     = 20.000.000 + 5.000.000 − 5.000.000 + 2.000.000 = 22.000.000 (goods are not cash)
 *     balance  = 10 + 50 + 3 − 3 − 20 − 5 + 5 − 2 = 38.000.000 (the January receipt is after the end)
 *     lượt trẻ = +1 (a4) +1 (a7) −1 (a7's reversal) = 1, supportPaid = 20.000.000
 *   Models 2026: safe home active in 11311 and assessed in 11329 (twice in 11311 too) → 2;
 *   child-friendly planned in 11329 (not covered), recognised score in 11359 → 1; community
 *   protection pilot in 11329 → 1; children's club active in 2025 only → 0; school counselling
 *   active outside the area → 0; a flood point of 2025 → 0.
 *
 * Office HP-AD (inserted first, listed first), communes 11380, 11383:
 *   b1 M  group đ from 15/10 and at risk r2 → in the total and at risk; gift 400.000 on 01/12
 *   b2 F  group h ended 30/11 → not counted; her gift (taken off the list) does not count
 *   a membership of a child the snapshot does not hold → counts nowhere
 *   Fund: a receipt of 1.000.000 on 01/11. Models: flood childcare recognised in 11380 and a flood
 *   point in 11383 → 2; an unrecognised child-friendly score → 0.
 *
 * Office HP-TT: an area of two communes and no rows → zeros, communes 2.
 */

const Q4 = { from: '2026-10-01', to: '2026-12-31' };
const M = 1_000_000;

const officeNQ: ProvinceSourceOffice = {
  id: 'office-nq',
  code: 'HP-NQ',
  name: 'Phòng Văn hóa – Xã hội Ngô Quyền',
  units: [
    { ref: '11311', name: 'Phường Ngô Quyền' },
    { ref: '11329', name: 'Phường Gia Viên' },
    { ref: '11359', name: 'Phường Đông Khê' },
  ],
  sequence: 4,
  periodKey: '2026-Q4',
  createdAt: '2027-01-03T02:00:00.000Z',
};
const officeAD: ProvinceSourceOffice = {
  id: 'office-ad',
  code: 'HP-AD',
  name: 'Phòng Văn hóa – Xã hội An Dương',
  units: [
    { ref: '11380', name: 'Xã An Hải' },
    { ref: '11383', name: 'Xã An Phong' },
  ],
  sequence: 2,
  periodKey: '2026-12',
};
const officeTT: ProvinceSourceOffice = {
  id: 'office-tt',
  code: 'HP-TT',
  name: 'Phòng Văn hóa – Xã hội Thủy Nguyên',
  units: [
    { ref: '11401', name: 'Xã Thủy Đường' },
    { ref: '11404', name: 'Xã Thủy Sơn' },
  ],
  periodKey: '2026',
};

function rowsNQ(): SnapshotRows {
  const o = officeNQ.id;
  return {
    child: [
      r.child(o, 'a1', 'female'),
      r.child(o, 'a2', 'male'),
      r.child(o, 'a3', 'male', { status: 'left', left_reason: 'movedAway', left_date: '2026-11-15' }),
      r.child(o, 'a4', 'female'),
      r.child(o, 'a5', 'male', { status: 'atRisk' }),
      r.child(o, 'a6', 'male'),
      r.child(o, 'a7', 'male'),
    ],
    membership: [
      r.membership(o, 'm1', 'a1', 'group', 'd', '2024-01-10'),
      r.membership(o, 'm2', 'a1', 'group', 'n', '2025-03-01'),
      r.membership(o, 'm3', 'a2', 'group', 'a', '2023-05-01', '2026-12-31'),
      { ...r.membership(o, 'm4', 'a3', 'group', 'c', '2022-01-01', '2026-11-15'), end_reason: 'movedAway' },
      r.membership(o, 'm5', 'a4', 'group', 'd', '2026-12-31'),
      r.membership(o, 'm6', 'a5', 'atRisk', 'r1', '2025-01-01'),
      r.membership(o, 'm7', 'a6', 'group', 'b', '2025-01-01', '2027-01-01'),
      r.membership(o, 'm8', 'a7', 'group', 'k', '2025-06-01'),
    ],
    gift_campaign: [r.campaign('GA1', 'Tặng quà Trung thu 2026'), r.campaign('GA2', 'Tặng quà khai giảng 2026')],
    gift_recipient: [
      r.recipient('ga-1', 'GA1', 'a1', { status: 'received', on: '2026-10-05', cash: 300_000, goods: 200_000 }),
      r.recipient('ga-2', 'GA1', 'a6', { status: 'receivedByGuardian', on: '2026-12-31', cash: 300_000, goods: 200_000 }),
      r.recipient('ga-3', 'GA1', 'a4', { status: 'received', on: '2027-01-01', cash: 300_000, goods: 200_000 }),
      r.recipient('ga-4', 'GA1', 'a2', { status: 'absent', on: '2026-10-05', cash: 300_000, goods: 200_000 }),
      r.recipient('ga-5', 'GA2', 'a5', { status: 'received', on: '2026-09-30', cash: 300_000, goods: 200_000 }),
    ],
    fund_receipt: [
      r.receipt(o, 'RA0', '2026-09-15', 10 * M),
      r.receipt(o, 'RA1', '2026-10-02', 50 * M),
      r.receipt(o, 'RA2', '2026-10-10', 3 * M),
      r.receipt(o, 'RA3', '2026-10-15', 8 * M, 'inKind'),
      r.receipt(o, 'RA4', '2027-01-05', 7 * M),
    ],
    fund_support: [r.support(o, 'SA1', 'a4', 'heartSurgery'), r.support(o, 'SA2', 'a7', 'emergency')],
    fund_posting: [
      r.posting(o, 'P0', '2026-09-15', 'receipt', { receipt_id: 'RA0' }),
      r.posting(o, 'P1', '2026-10-02', 'receipt', { receipt_id: 'RA1' }),
      r.posting(o, 'P2', '2026-10-03', 'campaignPayment', { campaign_id: 'GA1' }),
      r.posting(o, 'P3', '2026-10-04', 'goodsIssue', { campaign_id: 'GA1' }),
      r.posting(o, 'P4', '2026-10-10', 'receipt', { receipt_id: 'RA2' }),
      r.posting(o, 'P5', '2026-10-15', 'receipt', { receipt_id: 'RA3' }),
      r.posting(o, 'P6', '2026-10-20', 'supportPayment', { support_id: 'SA2' }),
      r.posting(o, 'P7', '2026-11-05', 'reversal', { receipt_id: 'RA2', reverses_id: 'P4' }),
      r.posting(o, 'P8', '2026-11-12', 'supportPayment', { support_id: 'SA1' }),
      r.posting(o, 'P9', '2026-11-20', 'reversal', { support_id: 'SA2', reverses_id: 'P6' }),
      r.posting(o, 'P10', '2027-01-05', 'receipt', { receipt_id: 'RA4' }),
    ],
    fund_entry: [
      r.entry('E0', 'P0', 10 * M),
      r.entry('E1', 'P1', 50 * M),
      r.entry('E2', 'P2', -2 * M),
      r.entry('E3', 'P3', -1_600_000, 'goods'),
      r.entry('E4', 'P4', 3 * M),
      r.entry('E5', 'P5', 8 * M, 'goods'),
      r.entry('E6', 'P6', -5 * M),
      r.entry('E7', 'P7', -3 * M),
      r.entry('E8a', 'P8', -15 * M),
      r.entry('E8b', 'P8', -5 * M),
      r.entry('E9', 'P9', 5 * M),
      r.entry('E10', 'P10', 7 * M),
    ],
    model_rollout: [
      r.rollout(o, 'R1', 'safeHome', '11311', 2026, 'active'),
      r.rollout(o, 'R2', 'childFriendly', '11329', 2026, 'planned'),
      r.rollout(o, 'R3', 'communityProtection', '11329', 2026, 'pilot'),
      r.rollout(o, 'R4', 'childrenClub', '11359', 2025, 'active'),
      r.rollout(o, 'R5', 'schoolCounselling', '99999', 2026, 'active'),
    ],
    safe_home_assessment: [r.safeHome(o, 'H1', '11329', 2026), r.safeHome(o, 'H2', '11311', 2026), r.safeHome(o, 'H3', '11311', 2026)],
    child_friendly_score: [r.childFriendly(o, 'F1', '11359', 2026, true)],
    flood_point: [r.floodPoint(o, 'L1', '11311', 2025)],
  };
}

function rowsAD(): SnapshotRows {
  const o = officeAD.id;
  return {
    child: [r.child(o, 'b1', 'male'), r.child(o, 'b2', 'female')],
    membership: [
      r.membership(o, 'n1', 'b1', 'group', 'dd', '2026-10-15'),
      r.membership(o, 'n2', 'b1', 'atRisk', 'r2', '2026-01-01'),
      r.membership(o, 'n3', 'b2', 'group', 'h', '2026-01-01', '2026-11-30'),
      r.membership(o, 'n4', 'not-in-snapshot', 'group', 'a', '2020-01-01'),
    ],
    gift_campaign: [r.campaign('GB1', 'Tặng quà cuối năm 2026')],
    gift_recipient: [
      r.recipient('gb-1', 'GB1', 'b1', { status: 'received', on: '2026-12-01', cash: 400_000, goods: 0 }),
      r.recipient('gb-2', 'GB1', 'b2', { status: 'received', on: '2026-12-01', cash: 400_000, goods: 0, included: 0 }),
    ],
    fund_receipt: [r.receipt(o, 'RB1', '2026-11-01', 1 * M)],
    fund_posting: [r.posting(o, 'QB1', '2026-11-01', 'receipt', { receipt_id: 'RB1' })],
    fund_entry: [r.entry('EB1', 'QB1', 1 * M)],
    model_rollout: [r.rollout(o, 'RB1', 'floodChildcare', '11380', 2026, 'recognised')],
    flood_point: [r.floodPoint(o, 'LB1', '11383', 2026)],
    child_friendly_score: [r.childFriendly(o, 'FB1', '11383', 2026, false)],
  };
}

const groups = (counts: Record<string, number>) => ({ ...emptyChildrenRow().byGroup, ...counts });
const models = (covered: Record<string, number>, communes: number) => ({
  covered: { safeHome: 0, childFriendly: 0, communityProtection: 0, childrenClub: 0, schoolCounselling: 0, floodChildcare: 0, ...covered },
  communes,
});

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function province() {
  const t = await provinceContext();
  close = t.close;
  insertOfficeSnapshot(t.ctx.sqlite, officeAD, rowsAD());
  insertOfficeSnapshot(t.ctx.sqlite, officeNQ, rowsNQ());
  insertOfficeSnapshot(t.ctx.sqlite, officeTT);
  return t;
}

describe('provinceReport', () => {
  it('gives each office its own figures, sorted by office code, as worked out by hand', async () => {
    const t = await province();
    const report = await provinceReport(t.ctx, Q4);

    expect(report.from).toBe('2026-10-01');
    expect(report.to).toBe('2026-12-31');
    expect(report.offices.map((row) => row.office.code)).toEqual(['HP-AD', 'HP-NQ', 'HP-TT']);
    const [ad, nq, tt] = report.offices;

    expect(nq?.office).toEqual({ id: 'office-nq', code: 'HP-NQ', name: 'Phòng Văn hóa – Xã hội Ngô Quyền', provinceCode: '31' });
    expect(nq?.sequence).toBe(4);
    expect(nq?.period).toEqual({ kind: 'quarter', year: 2026, number: 4 });
    expect(nq?.createdAt).toBe('2027-01-03T02:00:00.000Z');
    expect(nq?.children).toEqual({ total: 4, male: 2, female: 2, byGroup: groups({ d: 2, n: 1, b: 1, k: 1 }), atRisk: 1, supported: 3 });
    expect(nq?.gifts).toEqual({ campaigns: 1, giftsDelivered: 2, value: 1_000_000 });
    expect(nq?.fund).toEqual({ received: 50 * M, paid: 22 * M, balance: 38 * M, childTimes: 1, supportPaid: 20 * M });
    expect(nq?.models).toEqual(models({ safeHome: 2, childFriendly: 1, communityProtection: 1 }, 3));

    expect(ad?.period).toEqual({ kind: 'month', year: 2026, number: 12 });
    expect(ad?.children).toEqual({ total: 1, male: 1, female: 0, byGroup: groups({ dd: 1 }), atRisk: 1, supported: 1 });
    expect(ad?.gifts).toEqual({ campaigns: 1, giftsDelivered: 1, value: 400_000 });
    expect(ad?.fund).toEqual({ received: 1 * M, paid: 0, balance: 1 * M, childTimes: 0, supportPaid: 0 });
    expect(ad?.models).toEqual(models({ floodChildcare: 2 }, 2));

    expect(tt?.period).toEqual({ kind: 'year', year: 2026, number: 1 });
    expect(tt?.children).toEqual(emptyChildrenRow());
    expect(tt?.gifts).toEqual({ campaigns: 0, giftsDelivered: 0, value: 0 });
    expect(tt?.fund).toEqual({ received: 0, paid: 0, balance: 0, childTimes: 0, supportPaid: 0 });
    expect(tt?.models).toEqual(models({}, 2));
  });

  it('totals the offices’ rows', async () => {
    const t = await province();
    const { total } = await provinceReport(t.ctx, Q4);
    expect(total.children).toEqual({ total: 5, male: 3, female: 2, byGroup: groups({ d: 2, n: 1, b: 1, k: 1, dd: 1 }), atRisk: 2, supported: 4 });
    expect(total.gifts).toEqual({ campaigns: 2, giftsDelivered: 3, value: 1_400_000 });
    expect(total.fund).toEqual({ received: 51 * M, paid: 22 * M, balance: 39 * M, childTimes: 1, supportPaid: 20 * M });
    expect(total.models).toEqual(models({ safeHome: 2, childFriendly: 1, communityProtection: 1, floodChildcare: 2 }, 7));
  });

  it('moves with the period: a day later the last-day gift and the ending memberships change', async () => {
    const t = await province();
    const january = await provinceReport(t.ctx, { from: '2027-01-01', to: '2027-01-31' });
    const nq = january.offices.find((row) => row.office.code === 'HP-NQ');
    // a2's group a ended on 31/12 and a6's group b on 01/01: neither is in on 31/01; a4's gift is now the period's.
    expect(nq?.children).toMatchObject({ total: 3, male: 1, female: 2, byGroup: groups({ d: 2, n: 1, k: 1 }), supported: 1 });
    expect(nq?.gifts).toEqual({ campaigns: 1, giftsDelivered: 1, value: 500_000 });
    expect(nq?.fund).toMatchObject({ received: 7 * M, paid: 0, balance: 45 * M, childTimes: 0 });
    // The models count the year of the period's end: nothing in 2027.
    expect(nq?.models).toEqual(models({}, 3));
  });

  it('shows no office before any package is imported', async () => {
    const t = await provinceContext();
    close = t.close;
    const report = await provinceReport(t.ctx, Q4);
    expect(report.offices).toEqual([]);
    expect(report.total.children).toEqual(emptyChildrenRow());
    expect(report.total.models).toEqual(models({}, 0));
  });

  it('is the province’s: an office, or an installation not set up, is refused', async () => {
    const t = await createTestContext();
    close = t.close;
    expect(await refusalOf(() => provinceReport(t.ctx, Q4))).toBe('errors.officeNotSetUp');
    await saveOffice(t.ctx.db, t.ctx.units, t.clock, legacyOffice);
    expect(await refusalOf(() => provinceReport(t.ctx, Q4))).toBe('errors.provinceModeOnly');
  });

  it('refuses a period that ends before it starts', async () => {
    const t = await provinceContext();
    close = t.close;
    expect(await refusalOf(() => provinceReport(t.ctx, { from: '2026-12-31', to: '2026-10-01' }))).toBe('errors.invalidInput');
  });

  it('adds up a generated province office by office', async () => {
    const t = await provinceContext();
    close = t.close;
    generateProvince(t.ctx.sqlite, { offices: 3, childrenPerOffice: 80, seed: 11 });
    const report = await provinceReport(t.ctx, { from: '2026-01-01', to: '2026-12-31' });
    expect(report.offices.map((row) => row.office.code)).toEqual(['DV001', 'DV002', 'DV003']);
    const children = emptyChildrenRow();
    for (const office of report.offices) {
      addChildrenRow(children, office.children);
      expect(office.children.total).toBe(office.children.male + office.children.female);
      expect(office.children.supported).toBeLessThanOrEqual(office.children.total);
      expect(office.gifts.giftsDelivered).toBeGreaterThan(0);
      expect(office.models.communes).toBe(12);
    }
    expect(report.total.children).toEqual(children);
    expect(report.total.children.total).toBeGreaterThan(150);
    expect(report.total.gifts.value).toBe(report.offices.reduce((sum, office) => sum + office.gifts.value, 0));
    expect(report.total.fund.balance).toBe(report.offices.reduce((sum, office) => sum + office.fund.balance, 0));
  });
});
