/**
 * The province report's row for an office equals what the office's own reports show over the
 * same data, for several periods. The office is a seeded one (seedOfficeData: a register with
 * history, a frozen Tết campaign and a draft one, a fund with receipts, a cancellation, support
 * payments, a campaign payment and a goods issue, the models' rollouts and evidence); its data
 * reaches the province the way it does in use: exported, staged, dry run, applied.
 *
 * Compared, figure by figure where they mean the same thing:
 * - children: the review report's "Cuối kỳ" (total, each legal group, the at-risk row); male and
 *   female: the children the review's own stays count at the end, by the sex on their record;
 * - gifts: over the year, the campaign summaries' delivered children and đồng; in any period,
 *   the lượt trẻ report's gift column counts the same handovers (every campaign that handed
 *   gifts here has a Child Fund source, which that column requires);
 * - fund: the statement's cash received, paid and closing balance; the support columns of the
 *   lượt trẻ report (children and đồng);
 * - models: the coverage screen for the year of the period's end.
 * `supported` (children given a gift or Child Fund support) has no office report to match: it is
 * worked out here from the office's tables by the rule province-report-children.ts states.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spendingPurposes } from '../../shared/codes/fund';
import { builtinModelTypes } from '../../shared/codes/models';
import { deliveredStatuses } from '../../shared/codes/gifts';
import { groupCodes } from '../../shared/codes/groups';
import type { ProvinceReportOffice } from '../../shared/exchange';
import { exportPackage } from '../../main/services/exchange/office/export';
import { saveExchangeSettings, setPassphrase } from '../../main/services/exchange/office/settings';
import { applyImport } from '../../main/services/exchange/province/apply';
import { dryRun } from '../../main/services/exchange/province/dry-run';
import { provinceReport } from '../../main/services/exchange/report/province-report';
import { childTimesReport } from '../../main/services/fund/reports/child-times';
import { fundStatement } from '../../main/services/fund/reports/statement';
import { campaignSummary } from '../../main/services/gifts/summary';
import { coverage } from '../../main/services/models/coverage';
import { atRiskKey, loadFacts, totalKey, walkStays } from '../../main/services/review/facts';
import { reviewReport } from '../../main/services/review/report';
import { countsAtEnd } from '../../main/services/review/stays';
import { provinceContext } from '../fixtures/exchange-packages';
import { officeDataContext, type OfficeDataContext } from '../fixtures/office-data';

const passphrase = 'Mật khẩu chung Hải Phòng 2026';

const periods = [
  { label: 'quarter 1 of 2026 (Tết gifts, receipts, a cancelled receipt)', from: '2026-01-01', to: '2026-03-31' },
  { label: 'June to September 2026 (support payments, memberships ending)', from: '2026-06-01', to: '2026-09-30' },
  { label: 'the year 2026', from: '2026-01-01', to: '2026-12-31' },
];

let office: OfficeDataContext;
let province: Awaited<ReturnType<typeof provinceContext>>;

beforeAll(async () => {
  office = await officeDataContext({ children: 300, seed: 2029 });
  await saveExchangeSettings(office.ctx.db, office.clock, { officeCode: 'HP-NQ', includePersonalIds: false, includeGuardianPhones: false });
  await setPassphrase(office.ctx.db, office.clock, passphrase);
  const sent = await exportPackage(office.ctx, { period: { kind: 'quarter', year: 2026, number: 4 }, passphrase });

  province = await provinceContext();
  const token = province.ctx.staging.put(sent.file.fileName, new Uint8Array(Buffer.from(sent.file.base64, 'base64'))).token;
  const input = { tokens: [token], passphrases: [passphrase], force: [] };
  const dry = await dryRun(province.ctx, input);
  if (!dry.canApply) throw new Error('the package does not apply');
  await applyImport(province.ctx, input);
});

afterAll(async () => {
  await (office as OfficeDataContext | undefined)?.close();
  await (province as typeof province | undefined)?.close();
});

async function provinceRow(period: { from: string; to: string }): Promise<ProvinceReportOffice> {
  const report = await provinceReport(province.ctx, { from: period.from, to: period.to });
  const row = report.offices.find((found) => found.office.id === office.data.officeId);
  if (!row || report.offices.length !== 1) throw new Error('the province holds one office: the seeded one');
  return row;
}

/** The children the review's own stays count at the end of the period (its “Cuối kỳ” total, child by child). */
async function childrenAtEnd(period: { from: string; to: string }): Promise<Set<string>> {
  const atEnd = new Set<string>();
  walkStays(await loadFacts(office.ctx.db, period), (dimension, key, stays, childId) => {
    if (dimension === 'total' && key === totalKey && stays.some((stay) => countsAtEnd(stay, period))) atEnd.add(childId);
  });
  return atEnd;
}

const supportPurposes = spendingPurposes.filter((purpose) => purpose !== 'gifts');

describe.each(periods)('$label: the province shows what the office shows', (period) => {
  it('children at the end of the period: the review report’s “Cuối kỳ”, per group, at risk and in total', async () => {
    const review = await reviewReport(office.ctx.db, office.ctx.units, period);
    const row = await provinceRow(period);
    expect(row.children.total, 'total').toBe(review.total.end);
    for (const line of review.byGroup) {
      if (line.key === atRiskKey) expect(row.children.atRisk, 'at risk').toBe(line.counts.end);
      else expect(row.children.byGroup[line.key], `group ${line.key}`).toBe(line.counts.end);
    }
    expect(Object.keys(row.children.byGroup).sort()).toEqual([...groupCodes].sort());
    expect(review.total.end).toBeGreaterThan(50);
  });

  it('children by sex: those the review counts at the end, by the sex on their record', async () => {
    const atEnd = await childrenAtEnd(period);
    const sexes = await office.ctx.db.selectFrom('child').select(['id', 'sex']).execute();
    const count = (sex: string) => sexes.filter((child) => child.sex === sex && atEnd.has(child.id)).length;
    const row = await provinceRow(period);
    expect({ male: row.children.male, female: row.children.female }).toEqual({ male: count('male'), female: count('female') });
  });

  it('children supported: of those at the end, the ones handed a gift or paid by the fund in the period (the rule of province-report-children.ts, from the office’s tables)', async () => {
    const atEnd = await childrenAtEnd(period);
    const gifted = await office.ctx.db
      .selectFrom('gift_recipient')
      .select('child_id')
      .where('included', '=', 1)
      .where('status', 'in', [...deliveredStatuses])
      .where('delivered_on', '>=', period.from)
      .where('delivered_on', '<=', period.to)
      .execute();
    const reversed = office.ctx.db.selectFrom('fund_posting').select('reverses_id').where('source', '=', 'reversal').where('reverses_id', 'is not', null).where('posted_on', '<=', period.to);
    const paid = await office.ctx.db
      .selectFrom('fund_posting as p')
      .innerJoin('fund_support as s', 's.id', 'p.support_id')
      .select('s.child_id')
      .where('p.source', '=', 'supportPayment')
      .where('p.posted_on', '>=', period.from)
      .where('p.posted_on', '<=', period.to)
      .where('p.id', 'not in', reversed)
      .execute();
    const supported = new Set([...gifted, ...paid].map((row) => row.child_id).filter((id) => atEnd.has(id)));
    const row = await provinceRow(period);
    expect(row.children.supported).toBe(supported.size);
  });

  it('the fund: the statement’s cash received, paid and closing balance; the support columns of the lượt trẻ report', async () => {
    const statement = await fundStatement(office.ctx.db, period);
    const childTimes = await childTimesReport(office.ctx.db, office.ctx.units, period);
    const row = await provinceRow(period);
    expect(row.fund).toEqual({
      received: statement.receiptsTotal.cash,
      paid: statement.paymentsTotal.cash,
      balance: statement.closing.cash,
      childTimes: supportPurposes.reduce((sum, purpose) => sum + childTimes.totals[purpose].children, 0),
      supportPaid: supportPurposes.reduce((sum, purpose) => sum + childTimes.totals[purpose].amount, 0),
    });
  });

  it('gifts handed over in the period: the lượt trẻ report’s gift column counts the same handovers', async () => {
    // That column counts only campaigns with a Child Fund source: here, every campaign that handed gifts.
    const handing = await office.ctx.db
      .selectFrom('gift_recipient')
      .select('campaign_id')
      .distinct()
      .where('status', 'in', ['received', 'receivedByGuardian'])
      .where('included', '=', 1)
      .execute();
    const funded = await office.ctx.db.selectFrom('gift_funding').select('campaign_id').distinct().where('kind', '=', 'childFund').execute();
    expect(handing.every((campaign) => funded.some((found) => found.campaign_id === campaign.campaign_id))).toBe(true);

    const childTimes = await childTimesReport(office.ctx.db, office.ctx.units, period);
    const row = await provinceRow(period);
    expect(row.gifts.giftsDelivered).toBe(childTimes.totals.gifts.children);
  });

  it('the models: the coverage screen of the year of the period’s end', async () => {
    const year = Number(period.to.slice(0, 4));
    const screen = await coverage(office.ctx.db, office.ctx.units, { year, fromYear: year });
    const row = await provinceRow(period);
    expect(row.models.communes).toBe(screen.totalCommunes);
    for (const code of builtinModelTypes) {
      expect(row.models.covered[code], code).toBe(screen.models.find((model) => model.builtin === code)?.covered ?? 0);
    }
  });
});

it('over the year, the gifts handed over are the campaign summaries’ delivered children and đồng', async () => {
  const campaigns = await office.ctx.db.selectFrom('gift_campaign').select('id').execute();
  let children = 0;
  let amount = 0;
  let handing = 0;
  for (const campaign of campaigns) {
    const summary = await campaignSummary(office.ctx.db, office.ctx.units, campaign.id);
    children += summary.total.deliveredChildren;
    amount += summary.total.deliveredAmount;
    if (summary.total.deliveredChildren > 0) handing++;
  }
  const row = await provinceRow({ from: '2026-01-01', to: '2026-12-31' });
  expect(row.gifts).toEqual({ campaigns: handing, giftsDelivered: children, value: amount });
  expect(children).toBeGreaterThan(50);
});

it('the seeded office exercises every section, so that the comparisons compare something', async () => {
  const quarter = await provinceRow({ from: '2026-01-01', to: '2026-03-31' });
  expect(quarter.fund.received).toBeGreaterThan(0);
  expect(quarter.fund.paid).toBeGreaterThan(0);
  expect(quarter.gifts.giftsDelivered).toBeGreaterThan(0);
  const summer = await provinceRow({ from: '2026-06-01', to: '2026-09-30' });
  expect(summer.fund.childTimes).toBeGreaterThan(0);
  expect(summer.fund.supportPaid).toBeGreaterThan(0);
  expect(summer.children.atRisk).toBeGreaterThan(0);
  expect(quarter.children.supported).toBeGreaterThan(0);
  expect(summer.children.supported).toBeGreaterThan(0);
  expect(Object.values(summer.models.covered).filter((covered) => covered > 0).length).toBeGreaterThan(1);
});
