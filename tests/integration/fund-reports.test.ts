/**
 * The fund's three reports over the hand-written fund of tests/fixtures/fund-reports.ts. Every
 * expected figure is a literal worked out by hand from the fixture's table (the arithmetic is in
 * the comments), so that a wrong query or a wrong definition shows up as a wrong number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssetAmounts, ChildTimesCell, FundStatement } from '../../shared/fund';
import type { SpendingPurpose } from '../../shared/codes/fund';
import { dispatch } from '../../main/handlers';
import { childTimesReport } from '../../main/services/fund/reports/child-times';
import { fundStatement } from '../../main/services/fund/reports/statement';
import { updateDonor } from '../../main/services/fund/donors';
import { donorInputSchema } from '../../shared/schemas/fund';
import { transparencyReport } from '../../main/services/fund/reports/transparency';
import { giftContext, type GiftContext } from '../fixtures/gifts';
import { fundChildNames, fundDonors, seedFundReports } from '../fixtures/fund-reports';

let t: GiftContext;
beforeAll(async () => {
  t = await giftContext();
  await seedFundReports(t);
});
afterAll(() => t.close());

const october = { from: '2026-10-01', to: '2026-10-31' };
const november = { from: '2026-11-01', to: '2026-11-30' };
const octoberToNovember = { from: '2026-10-01', to: '2026-11-30' };

const money = (cash: number, goods: number): AssetAmounts => ({ cash, goods, total: cash + goods });
const nothing = money(0, 0);

/** The eight receipt lines in donorKinds × donorOrigins order, from the non-zero ones. */
function receiptLines(nonZero: Partial<Record<string, AssetAmounts>>): FundStatement['receipts'] {
  const lines: FundStatement['receipts'] = [];
  for (const kind of ['agency', 'organisation', 'business', 'individual'] as const) {
    for (const origin of ['domestic', 'international'] as const) lines.push({ kind, origin, amounts: nonZero[`${kind}/${origin}`] ?? nothing });
  }
  return lines;
}

function paymentLines(nonZero: Partial<Record<SpendingPurpose, AssetAmounts>>): FundStatement['payments'] {
  const purposes = ['heartSurgery', 'cleftSurgery', 'otherSurgery', 'longTermTreatment', 'scholarship', 'emergency', 'gifts'] as const;
  return purposes.map((purpose) => ({ purpose, amounts: nonZero[purpose] ?? nothing }));
}

function expectBalanced(statement: FundStatement): void {
  for (const asset of ['cash', 'goods', 'total'] as const) {
    expect(statement.closing[asset]).toBe(statement.opening[asset] + statement.receiptsTotal[asset] - statement.paymentsTotal[asset]);
  }
}

describe('fund statement', () => {
  it('October: the September receipt opens it; receipts by donor; a case paid then reopened still counts as paid in October', async () => {
    const statement = await fundStatement(t.db, october);
    expect(statement).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      // R01 50.000.000 (15/09).
      opening: money(50_000_000, 0),
      receipts: receiptLines({
        // R03 40.000.000.
        'organisation/international': money(40_000_000, 0),
        // R02 30.000.000 cash; R05 15.000.000 in goods.
        'business/domestic': money(30_000_000, 15_000_000),
        // R04 2.000.000 + R06 3.000.000 (cancelled only on 10/11).
        'individual/domestic': money(5_000_000, 0),
      }),
      // 40 + 30 + 5 = 75.000.000 cash; 15.000.000 goods.
      receiptsTotal: money(75_000_000, 15_000_000),
      // S3 2.000.000; S4 4.000.000 (reversed in November).
      payments: paymentLines({ scholarship: money(2_000_000, 0), emergency: money(4_000_000, 0) }),
      paymentsTotal: money(6_000_000, 0),
      // 50 + 75 − 6 = 119.000.000 cash; 15.000.000 goods.
      closing: money(119_000_000, 15_000_000),
    });
    expectBalanced(statement);
  });

  it('November: opens with October’s closing; cancellations and reversals net off in November', async () => {
    const statement = await fundStatement(t.db, november);
    expect(statement).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      opening: money(119_000_000, 15_000_000),
      receipts: receiptLines({
        // R10 8.000.000 in goods.
        'organisation/international': money(0, 8_000_000),
        // R07 10.000.000 + R09 1.000.000 − R06 cancelled 3.000.000 = 8.000.000.
        'individual/domestic': money(8_000_000, 0),
        // R08 5.000.000.
        'individual/international': money(5_000_000, 0),
      }),
      // 8 + 5 = 13.000.000 cash; 8.000.000 goods.
      receiptsTotal: money(13_000_000, 8_000_000),
      payments: paymentLines({
        heartSurgery: money(35_000_000, 0),
        cleftSurgery: money(12_000_000, 0),
        scholarship: money(2_000_000, 0),
        // S4's payment reversed on 16/11.
        emergency: money(-4_000_000, 0),
        // G1: 1.000.000 cash; 10 hộp of R10 = 8.000.000 × 10 / 50 = 1.600.000.
        gifts: money(1_000_000, 1_600_000),
      }),
      // 35 + 12 + 2 − 4 + 1 = 46.000.000 cash; 1.600.000 goods.
      paymentsTotal: money(46_000_000, 1_600_000),
      // 119 + 13 − 46 = 86.000.000 cash; 15 + 8 − 1,6 = 21.400.000 goods.
      closing: money(86_000_000, 21_400_000),
    });
    expectBalanced(statement);
  });

  it('October–November: October’s opening, both months’ movements, November’s closing', async () => {
    const [whole, first, second] = await Promise.all([fundStatement(t.db, octoberToNovember), fundStatement(t.db, october), fundStatement(t.db, november)]);
    expect(second.opening).toEqual(first.closing);
    expect(whole.opening).toEqual(money(50_000_000, 0));
    expect(whole.receipts).toEqual(
      receiptLines({
        // R03 40.000.000 + R10 8.000.000 in goods.
        'organisation/international': money(40_000_000, 8_000_000),
        'business/domestic': money(30_000_000, 15_000_000),
        // R04 2 + R06 3 − 3 + R07 10 + R09 1 = 13.000.000: the cancelled receipt nets to nothing.
        'individual/domestic': money(13_000_000, 0),
        'individual/international': money(5_000_000, 0),
      }),
    );
    expect(whole.receiptsTotal).toEqual(money(88_000_000, 23_000_000));
    expect(whole.payments).toEqual(
      paymentLines({
        heartSurgery: money(35_000_000, 0),
        cleftSurgery: money(12_000_000, 0),
        // S3 2.000.000 + S5 2.000.000; S4, paid and reversed within the period, nets to nothing.
        scholarship: money(4_000_000, 0),
        gifts: money(1_000_000, 1_600_000),
      }),
    );
    expect(whole.paymentsTotal).toEqual(money(52_000_000, 1_600_000));
    // 50 + 88 − 52 = 86.000.000 cash; 23 − 1,6 = 21.400.000 goods.
    expect(whole.closing).toEqual(money(86_000_000, 21_400_000));
    expect(whole.closing).toEqual(second.closing);
    expectBalanced(whole);
  });

  it('a period before any posting is all zeros', async () => {
    const statement = await fundStatement(t.db, { from: '2026-01-01', to: '2026-08-31' });
    expect(statement.opening).toEqual(nothing);
    expect(statement.closing).toEqual(nothing);
    expect(statement.receipts).toHaveLength(8);
    expect(statement.payments).toHaveLength(7);
  });
});

describe('fund statement after a donor is edited', () => {
  it('still counts each receipt under the donor’s kind and origin of the day it was written', async () => {
    const own = await giftContext();
    try {
      const { donorIds } = await seedFundReports(own);
      const before = await fundStatement(own.db, october);
      // R02 30.000.000 in cash and R05 15.000.000 in goods, from D1.
      expect(before.receipts.find((line) => line.kind === 'business' && line.origin === 'domestic')?.amounts).toEqual(money(30_000_000, 15_000_000));
      const d1 = fundDonors.D1;
      const edited = { name: d1.name, kind: 'agency', origin: 'international', contactPerson: null, phone: null, email: null, address: d1.address, note: null };
      await updateDonor(own.db, own.clock, { ...donorInputSchema.parse(edited), id: donorIds.D1 });
      expect(await fundStatement(own.db, october)).toEqual(before);
    } finally {
      own.close();
    }
  });
});

const cell = (children: number, amount: number): ChildTimesCell => ({ children, amount });
const none = cell(0, 0);
function cells(nonZero: Partial<Record<SpendingPurpose, ChildTimesCell>>): Record<SpendingPurpose, ChildTimesCell> {
  return {
    heartSurgery: nonZero.heartSurgery ?? none,
    cleftSurgery: nonZero.cleftSurgery ?? none,
    otherSurgery: nonZero.otherSurgery ?? none,
    longTermTreatment: nonZero.longTermTreatment ?? none,
    scholarship: nonZero.scholarship ?? none,
    emergency: nonZero.emergency ?? none,
    gifts: nonZero.gifts ?? none,
  };
}

describe('child-times report', () => {
  it('November: payments by commune and type, the October payment reversed counted back, gifts at the fund’s share', async () => {
    // G1's gifts handed over in November: 3 × 500.000 = 1.500.000, split 1.000.000 : 2.000.000
    // between the fund and the sponsor → 500.000 for the fund, over the three children in the
    // order of their ids: 166.666 each and the 2 đồng left to the first two → recipient-1
    // (Máy Tơ) 166.667, recipient-2 (Máy Tơ) 166.667, recipient-3 (Cầu Đất) 166.666.
    const report = await childTimesReport(t.db, t.units, november);
    expect(report).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      rows: [
        {
          unitId: 'w:11329',
          unitName: 'Phường Cầu Đất',
          // S2 12.000.000, S5 2.000.000, one gift 166.666; S4's October payment reversed on 16/11:
          // −1 / −4.000.000. The absent child is not counted.
          cells: cells({ cleftSurgery: cell(1, 12_000_000), scholarship: cell(1, 2_000_000), emergency: cell(-1, -4_000_000), gifts: cell(1, 166_666) }),
          // 1 + 1 − 1 + 1 = 2; 12.000.000 + 2.000.000 − 4.000.000 + 166.666.
          total: cell(2, 10_166_666),
        },
        {
          unitId: 'w:11311',
          unitName: 'Phường Máy Tơ',
          // S1 35.000.000; two gifts 166.667 + 166.667 (G2's is not the fund's; the pending one is not
          // handed over). S6, done but paid by insurance alone, posted nothing: not counted.
          cells: cells({ heartSurgery: cell(1, 35_000_000), gifts: cell(2, 333_334) }),
          total: cell(3, 35_333_334),
        },
      ],
      totals: cells({
        heartSurgery: cell(1, 35_000_000),
        cleftSurgery: cell(1, 12_000_000),
        scholarship: cell(1, 2_000_000),
        emergency: cell(-1, -4_000_000),
        gifts: cell(3, 500_000),
      }),
      // 1 + 1 + 1 − 1 + 3 = 5; 35.000.000 + 12.000.000 + 2.000.000 − 4.000.000 + 500.000.
      total: cell(5, 45_500_000),
    });
  });

  it('October: the payments posted in October, the one reversed in November included, and the gift handed over then', async () => {
    // One gift of 500.000 split 1 : 2 → 166.666,67 and 333.333,33: the fund takes the đồng left (larger remainder).
    const report = await childTimesReport(t.db, t.units, october);
    expect(report.rows).toEqual([
      {
        unitId: 'w:11329',
        unitName: 'Phường Cầu Đất',
        // S4 paid 22/10: its reversal on 16/11 does not change October.
        cells: cells({ emergency: cell(1, 4_000_000) }),
        total: cell(1, 4_000_000),
      },
      {
        unitId: 'w:11311',
        unitName: 'Phường Máy Tơ',
        // S3 2.000.000 on 30/10 and the gift.
        cells: cells({ scholarship: cell(1, 2_000_000), gifts: cell(1, 166_667) }),
        total: cell(2, 2_166_667),
      },
    ]);
    // 4.000.000 + 2.000.000 + 166.667.
    expect(report.total).toEqual(cell(3, 6_166_667));
  });

  it('October–November: a payment and its reversal in the period net to nothing', async () => {
    // G1's four gifts: 4 × 500.000 = 2.000.000, a third for the fund: 666.666,67 → 666.667; over four
    // equal gifts 166.666,75 each: the 3 đồng left go to recipient-0, -1, -2 (Máy Tơ), 166.667 each;
    // recipient-3 (Cầu Đất) 166.666.
    const report = await childTimesReport(t.db, t.units, octoberToNovember);
    expect(report.rows).toEqual([
      {
        unitId: 'w:11329',
        unitName: 'Phường Cầu Đất',
        // S2 12.000.000, S5 2.000.000; S4 + 1 − 1 = 0, 4.000.000 − 4.000.000 = 0.
        cells: cells({ cleftSurgery: cell(1, 12_000_000), scholarship: cell(1, 2_000_000), gifts: cell(1, 166_666) }),
        total: cell(3, 14_166_666),
      },
      {
        unitId: 'w:11311',
        unitName: 'Phường Máy Tơ',
        // S1 35.000.000, S3 2.000.000, three gifts 3 × 166.667.
        cells: cells({ heartSurgery: cell(1, 35_000_000), scholarship: cell(1, 2_000_000), gifts: cell(3, 500_001) }),
        total: cell(5, 37_500_001),
      },
    ]);
    expect(report.total).toEqual(cell(8, 51_666_667));
  });

  it('agrees with the statement’s support payments and the transparency list’s spending, period by period', async () => {
    for (const period of [october, november, octoberToNovember, { from: '2026-10-23', to: '2026-11-16' }]) {
      const [statement, times, list] = await Promise.all([
        fundStatement(t.db, period),
        childTimesReport(t.db, t.units, period),
        transparencyReport(t.db, t.units, period),
      ]);
      for (const { purpose, amounts } of statement.payments) {
        if (purpose !== 'gifts') expect(times.totals[purpose].amount).toBe(amounts.total);
      }
      expect(list.spending).toEqual(Object.entries(times.totals).map(([purpose, figures]) => ({ purpose, ...figures })));
      expect(list.spendingTotal).toEqual(times.total);
    }
  });
});

describe('transparency list', () => {
  it('November: donors by total with public names, organisations’ addresses, public purposes, the words and the spending', async () => {
    const report = await transparencyReport(t.db, t.units, november);
    expect(report).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      donors: [
        // R07 10.000.000 for a child: never the child's name; an individual: no address.
        {
          number: 1,
          name: 'Lê Thị Bích Ngọc',
          kind: 'individual',
          origin: 'domestic',
          address: null,
          cash: 10_000_000,
          goods: 0,
          total: 10_000_000,
          purposes: 'Hỗ trợ trẻ em có hoàn cảnh đặc biệt',
        },
        // R10 8.000.000 in goods, for gifts; an organisation: its address is published.
        {
          number: 2,
          name: 'Tổ chức Ánh Dương Quốc tế',
          kind: 'organisation',
          origin: 'international',
          address: 'Số 8 Marina, Singapore',
          cash: 0,
          goods: 8_000_000,
          total: 8_000_000,
          purposes: 'Tặng quà',
        },
        // R08 5.000.000 for the children of Phường Cầu Đất.
        {
          number: 3,
          name: 'Trần Quốc Việt',
          kind: 'individual',
          origin: 'international',
          address: null,
          cash: 5_000_000,
          goods: 0,
          total: 5_000_000,
          purposes: 'Trẻ em Phường Cầu Đất',
        },
        // R09 1.000.000, anonymous, not earmarked.
        {
          number: 4,
          name: 'Nhà hảo tâm không nêu tên',
          kind: 'individual',
          origin: 'domestic',
          address: null,
          cash: 1_000_000,
          goods: 0,
          total: 1_000_000,
          purposes: '',
        },
      ],
      // 10 + 5 + 1 = 16.000.000 cash; 8.000.000 goods.
      donorsTotal: { cash: 16_000_000, goods: 8_000_000, total: 24_000_000 },
      totalInWords: 'Hai mươi bốn triệu đồng chẵn',
      spending: [
        { purpose: 'heartSurgery', children: 1, amount: 35_000_000 },
        { purpose: 'cleftSurgery', children: 1, amount: 12_000_000 },
        { purpose: 'otherSurgery', children: 0, amount: 0 },
        { purpose: 'longTermTreatment', children: 0, amount: 0 },
        { purpose: 'scholarship', children: 1, amount: 2_000_000 },
        // S4's October payment reversed on 16/11.
        { purpose: 'emergency', children: -1, amount: -4_000_000 },
        { purpose: 'gifts', children: 3, amount: 500_000 },
      ],
      spendingTotal: { children: 5, amount: 45_500_000 },
    });
    const published = JSON.stringify(report);
    for (const name of Object.values(fundChildNames)) expect(published).not.toContain(name);
    expect(published).not.toContain('Trương Văn Hảo');
  });

  it('October: a receipt cancelled after the period stays on the period’s list, as in the statement', async () => {
    const [report, statement] = await Promise.all([transparencyReport(t.db, t.units, october), fundStatement(t.db, october)]);
    expect(report.donors.map((d) => [d.number, d.name, d.cash, d.goods, d.total])).toEqual([
      // R02 30.000.000 + R05 15.000.000 in goods.
      [1, 'Công ty TNHH Thép Hải Long', 30_000_000, 15_000_000, 45_000_000],
      // R03 40.000.000.
      [2, 'Tổ chức Ánh Dương Quốc tế', 40_000_000, 0, 40_000_000],
      // R06 3.000.000, received 25/10 and cancelled only on 10/11.
      [3, 'Lê Thị Bích Ngọc', 3_000_000, 0, 3_000_000],
      // R04 2.000.000.
      [4, 'Nhà hảo tâm không nêu tên', 2_000_000, 0, 2_000_000],
    ]);
    // 30 + 40 + 3 + 2 = 75.000.000 cash; 15.000.000 goods: the statement's October receipts.
    expect(report.donorsTotal).toEqual({ cash: 75_000_000, goods: 15_000_000, total: 90_000_000 });
    expect(report.donorsTotal).toEqual(statement.receiptsTotal);
    // S3 2.000.000, S4 4.000.000 (reversed only in November), one gift 166.667.
    expect(report.spendingTotal).toEqual({ children: 3, amount: 6_166_667 });
  });

  it('October–November: a cancelled receipt is left out; several earmarks are joined, none adds nothing', async () => {
    const report = await transparencyReport(t.db, t.units, octoberToNovember);
    expect(report.donors.map((d) => [d.number, d.name, d.cash, d.goods, d.total, d.purposes])).toEqual([
      // R03 40.000.000 + R10 8.000.000.
      [1, 'Tổ chức Ánh Dương Quốc tế', 40_000_000, 8_000_000, 48_000_000, 'Phẫu thuật hở môi, hở vòm miệng; Tặng quà'],
      // R02 30.000.000 (heart) + R05 15.000.000 in goods (not earmarked).
      [2, 'Công ty TNHH Thép Hải Long', 30_000_000, 15_000_000, 45_000_000, 'Phẫu thuật tim'],
      // R07 only: R06 was cancelled.
      [3, 'Lê Thị Bích Ngọc', 10_000_000, 0, 10_000_000, 'Hỗ trợ trẻ em có hoàn cảnh đặc biệt'],
      [4, 'Trần Quốc Việt', 5_000_000, 0, 5_000_000, 'Trẻ em Phường Cầu Đất'],
      // R04 2.000.000 + R09 1.000.000.
      [5, 'Nhà hảo tâm không nêu tên', 3_000_000, 0, 3_000_000, ''],
    ]);
    expect(report.donors[1]?.address).toBe('Số 12 Lạch Tray, Hải Phòng');
    // 48 + 45 + 10 + 5 + 3 = 111.000.000.
    expect(report.donorsTotal).toEqual({ cash: 88_000_000, goods: 23_000_000, total: 111_000_000 });
    expect(report.totalInWords).toBe('Một trăm mười một triệu đồng chẵn');
    // Payments S1, S2, S3, S5: 35 + 12 + 2 + 2 = 51.000.000 (S4's payment and its reversal net to
    // nothing); G1's four gifts 4 × 500.000 = 2.000.000, a third of it for the fund: 666.666,67 →
    // 666.667 (the larger remainder). 4 + 4 lượt trẻ.
    expect(report.spendingTotal).toEqual({ children: 8, amount: 51_666_667 });
  });
});

describe('the channels', () => {
  it('answer the reports and refuse a period that ends before it starts', async () => {
    const statement = await dispatch(t.ctx, 'fund.statement', november);
    expect(statement).toMatchObject({ ok: true, data: { closing: money(86_000_000, 21_400_000) } });
    const times = await dispatch(t.ctx, 'fund.childTimes', november);
    expect(times).toMatchObject({ ok: true, data: { total: cell(5, 45_500_000) } });
    const list = await dispatch(t.ctx, 'fund.transparency', november);
    expect(list).toMatchObject({ ok: true, data: { donorsTotal: { total: 24_000_000 } } });
    const backwards = await dispatch(t.ctx, 'fund.statement', { from: '2026-11-30', to: '2026-11-01' });
    expect(backwards).toMatchObject({ ok: false });
  });

  it('give each report as an .xlsx named after it and the period', async () => {
    const files = {
      'fund.statementExcel': 'Bao-cao-thu-chi-Quy-2026-11-01_2026-11-30.xlsx',
      'fund.childTimesExcel': 'Bao-cao-luot-tre-Quy-2026-11-01_2026-11-30.xlsx',
      'fund.transparencyExcel': 'Cong-khai-Quy-2026-11-01_2026-11-30.xlsx',
    } as const;
    for (const [channel, fileName] of Object.entries(files)) {
      const result = await dispatch(t.ctx, channel, november);
      expect(result).toMatchObject({ ok: true, data: { fileName, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
    }
  });
});
