import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { giftContext, seedGiftChildren, type GiftContext } from '../../../../tests/fixtures/gifts';
import { seedFundReports } from '../../../../tests/fixtures/fund-reports';
import { insertChildFriendlyScore, insertFloodPoint, insertSafeHomeAssessment, childFriendlyScores } from '../../../../tests/fixtures/models';
import { insertOfficeSnapshot, officeTableRows, provinceContext, type SnapshotRows } from '../../../../tests/fixtures/province-rows';
import { exchangeTableNames } from '../../../../shared/codes/exchange';
import { builtinModelTypes } from '../../../../shared/codes/models';
import { spendingPurposes } from '../../../../shared/codes/fund';
import type { ProvinceReportOffice } from '../../../../shared/exchange';
import { newId } from '../../../clock';
import { childTimesReport } from '../../fund/reports/child-times';
import { fundStatement } from '../../fund/reports/statement';
import { campaignSummary } from '../../gifts/summary';
import { coverage } from '../../models/coverage';
import { getOffice } from '../../office';
import { atRiskKey } from '../../review/facts';
import { reviewReport } from '../../review/report';
import { provinceReport } from './province-report';

/**
 * The province's row for an office equals what the office's own screens show for the same
 * period: an office's database is filled through its services and fixtures (the fund and gifts
 * of fund-reports.ts, children in two groups, at risk, ended and left, rollouts and the models'
 * evidence), its rows are sent as an export sends them (the registry's columns), and the
 * office's review report, fund statement, lượt trẻ report, campaign summaries and coverage are
 * compared with the province's report over the stored snapshot.
 */

const periods = [
  { from: '2026-10-01', to: '2026-10-31' },
  { from: '2026-11-01', to: '2026-11-30' },
  { from: '2026-11-05', to: '2026-11-15' },
  { from: '2026-01-01', to: '2026-12-31' },
];

type ProvinceContext = Awaited<ReturnType<typeof provinceContext>>;
let office: GiftContext;
let province: ProvinceContext;

async function seedOffice(t: GiftContext): Promise<void> {
  await seedFundReports(t);
  await seedGiftChildren(t, [
    { groups: ['d', 'n'], sex: 'male' },
    { atRisk: ['r1'], unitId: 'w:11329' },
    { groups: ['a', 'c'], ended: [{ code: 'a', on: '2026-10-31' }] },
    { groups: ['b'], left: { on: '2026-11-15' } },
    { groups: ['h'], since: '2026-11-20', sex: 'male' },
    { groups: ['k'], ended: [{ code: 'k', on: '2026-11-15' }] },
    { groups: ['e'], atRisk: ['r2'], since: '2025-02-01' },
  ]);
  const saved = await getOffice(t.db);
  if (!saved) throw new Error('no office');
  const stamp = '2026-11-22T08:00:00.000Z';
  const rollouts: [string, string, number, 'planned' | 'pilot' | 'active' | 'recognised' | 'stopped'][] = [
    ['safeHome', 'w:11311', 2026, 'active'],
    ['childFriendly', 'w:11314', 2026, 'planned'],
    ['communityProtection', 'w:11314', 2026, 'pilot'],
    ['childrenClub', 'w:11329', 2025, 'active'],
    ['schoolCounselling', 'w:11329', 2026, 'stopped'],
    ['floodChildcare', 'w:11311', 2026, 'recognised'],
  ];
  for (const [model, unitId, year, status] of rollouts) {
    await t.db
      .insertInto('model_rollout')
      .values({
        id: newId(),
        office_id: saved.id,
        model_type_id: model,
        unit_id: unitId,
        year,
        status,
        start_date: null,
        end_date: null,
        decision_no: null,
        person_in_charge: null,
        budget: null,
        notes: null,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
  }
  await insertSafeHomeAssessment(t.db, saved.id, 'w:11329', 2026);
  await insertChildFriendlyScore(t.db, saved.id, 'w:11311', 2026, childFriendlyScores(true));
  await insertChildFriendlyScore(t.db, saved.id, 'w:11329', 2026, childFriendlyScores(false));
  await insertFloodPoint(t.db, saved.id, 'w:11329', 2026);
}

beforeAll(async () => {
  office = await giftContext();
  await seedOffice(office);
  const saved = await getOffice(office.db);
  if (!saved || saved.area.kind !== 'legacyDistrict') throw new Error('the fixture office covers a legacy district');
  const rows: SnapshotRows = Object.fromEntries(exchangeTableNames.map((table) => [table, officeTableRows(office.ctx.sqlite, table)]));
  province = await provinceContext();
  insertOfficeSnapshot(
    province.ctx.sqlite,
    { id: saved.id, code: 'HP-NQ', name: saved.name, units: saved.area.wardIds.map((id) => ({ ref: `w:${id}`, name: id })) },
    rows,
  );
});

afterAll(async () => {
  // Either is missing when beforeAll failed before making it.
  await (office as GiftContext | undefined)?.close();
  await (province as ProvinceContext | undefined)?.close();
});

async function provinceRowFor(period: { from: string; to: string }): Promise<ProvinceReportOffice> {
  const report = await provinceReport(province.ctx, period);
  const [row] = report.offices;
  if (!row || report.offices.length !== 1) throw new Error('one office expected');
  return row;
}

describe.each(periods)('for $from – $to, the province shows what the office shows', (period) => {
  it('children at the end of the period, per group and at risk: the review report’s “Cuối kỳ”', async () => {
    const review = await reviewReport(office.db, office.units, period);
    const row = await provinceRowFor(period);
    expect(row.children.total).toBe(review.total.end);
    for (const line of review.byGroup) {
      if (line.key === atRiskKey) expect(row.children.atRisk, 'at risk').toBe(line.counts.end);
      else expect(row.children.byGroup[line.key], `group ${line.key}`).toBe(line.counts.end);
    }
    expect(row.children.male + row.children.female).toBe(row.children.total);
  });

  it('the fund: the statement’s cash received, paid and closing balance, and the support columns of the lượt trẻ report', async () => {
    const statement = await fundStatement(office.db, period);
    const childTimes = await childTimesReport(office.db, office.units, period);
    const support = spendingPurposes.filter((purpose) => purpose !== 'gifts');
    const row = await provinceRowFor(period);
    expect(row.fund).toEqual({
      received: statement.receiptsTotal.cash,
      paid: statement.paymentsTotal.cash,
      balance: statement.closing.cash,
      childTimes: support.reduce((sum, purpose) => sum + childTimes.totals[purpose].children, 0),
      supportPaid: support.reduce((sum, purpose) => sum + childTimes.totals[purpose].amount, 0),
    });
  });

  it('the models: the coverage screen of the year of the period’s end', async () => {
    const year = Number(period.to.slice(0, 4));
    const screen = await coverage(office.db, office.units, { year, fromYear: year });
    const row = await provinceRowFor(period);
    expect(row.models.communes).toBe(screen.totalCommunes);
    for (const code of builtinModelTypes) {
      expect(row.models.covered[code], code).toBe(screen.models.find((model) => model.builtin === code)?.covered ?? 0);
    }
  });
});

it('the fixture exercises every section (so that the comparisons above compare something)', async () => {
  const row = await provinceRowFor({ from: '2026-11-01', to: '2026-11-30' });
  expect(row.children.total).toBeGreaterThan(10);
  expect(row.children.atRisk).toBeGreaterThan(0);
  expect(row.fund.received).toBeGreaterThan(0);
  expect(row.fund.childTimes).not.toBe(0);
  expect(Object.values(row.models.covered).filter((covered) => covered > 0).length).toBeGreaterThan(2);
});

it('over the whole year, the gifts handed over are the campaign summaries’ “delivered”', async () => {
  const campaigns = await office.db.selectFrom('gift_campaign').select('id').execute();
  let children = 0;
  let amount = 0;
  for (const campaign of campaigns) {
    const summary = await campaignSummary(office.db, office.units, campaign.id);
    children += summary.total.deliveredChildren;
    amount += summary.total.deliveredAmount;
  }
  const row = await provinceRowFor({ from: '2026-01-01', to: '2026-12-31' });
  expect(row.gifts).toEqual({ campaigns: campaigns.length, giftsDelivered: children, value: amount });
  expect(children).toBeGreaterThan(0);
});
