import type { Kysely } from 'kysely';
import { deliveredStatuses, type DeliveryStatus, type FundingSourceKind } from '../../../shared/codes/gifts';
import { legalGroups } from '../../../shared/codes/groups';
import { compareVietnamese } from '../../../shared/format/names';
import type { CampaignSummary, GiftTotals, SummaryLine } from '../../../shared/gifts';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import type { UnitCatalog } from '../units';

/** The summary's key for children listed as at risk rather than under a legal group. */
export const atRiskGroupKey = 'atRisk';
const atRiskGroupLabel = 'Trẻ em có nguy cơ';
/** ... and for children in no group and not at risk on the start day (added by hand, say). */
export const noGroupKey = 'none';
const noGroupLabel = 'Không thuộc nhóm nào vào ngày bắt đầu';

const sourceLabels: Record<Exclude<FundingSourceKind, 'sponsor'>, string> = {
  childFund: 'Quỹ Bảo trợ trẻ em',
  stateBudget: 'Ngân sách nhà nước',
};

/** How a funding source is written in documents and summaries (always Vietnamese). */
export const fundingLabel = (kind: FundingSourceKind, sponsorName: string | null): string =>
  kind === 'sponsor' ? (sponsorName ?? '') : sourceLabels[kind];

const isDelivered = (status: DeliveryStatus): boolean => (deliveredStatuses as readonly DeliveryStatus[]).includes(status);

const emptyTotals = (): GiftTotals => ({ plannedChildren: 0, plannedAmount: 0, deliveredChildren: 0, deliveredAmount: 0 });

function count(totals: GiftTotals, amount: number, delivered: boolean): void {
  totals.plannedChildren += 1;
  totals.plannedAmount += amount;
  if (delivered) {
    totals.deliveredChildren += 1;
    totals.deliveredAmount += amount;
  }
}

/**
 * `total` split in proportion to `weights`, in whole đồng that add up to `total` exactly: each
 * part is rounded down, and the đồng left over go one each to the largest remainders (the
 * earlier part first on a tie). All-zero weights split evenly. BigInt: amount × weight can pass 2^53.
 */
export function splitByShares(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const shares = weights.every((w) => w === 0) ? weights.map(() => 1n) : weights.map((w) => BigInt(w));
  const sum = shares.reduce((a, b) => a + b, 0n);
  const whole = BigInt(total);
  const parts = shares.map((share) => (whole * share) / sum);
  const remainders = shares.map((share, index) => ({ index, rest: (whole * share) % sum }));
  let left = Number(whole - parts.reduce((a, b) => a + b, 0n));
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const { index } of remainders) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1;
  }
  return parts.map(Number);
}

/**
 * A campaign's planned and delivered children and đồng, per unit, per legal group and per
 * funding source. Planned: the children on the list; delivered: those who (or whose guardian)
 * received the gift. Sources are not tied to children, so each source line carries its share
 * of the amounts and the campaign's children counts.
 */
export async function campaignSummary(db: Kysely<Database>, units: UnitCatalog, campaignId: string): Promise<CampaignSummary> {
  const campaign = await db.selectFrom('gift_campaign').select('id').where('id', '=', campaignId).executeTakeFirst();
  if (!campaign) throw new AppFailure('errors.notFound');
  const funding = await db
    .selectFrom('gift_funding')
    .select(['id', 'kind', 'sponsor_name', 'amount'])
    .where('campaign_id', '=', campaignId)
    .orderBy('sort_order')
    .execute();
  const recipients = await db
    .selectFrom('gift_recipient as r')
    .innerJoin('child as c', 'c.id', 'r.child_id')
    .select(['r.group_code', 'r.at_risk_code', 'r.cash', 'r.goods_value', 'r.status', 'r.unit_id'])
    .where('r.campaign_id', '=', campaignId)
    .where('r.included', '=', 1)
    .execute();

  const total = emptyTotals();
  const byUnit = new Map<string, GiftTotals>();
  const byGroup = new Map<string, GiftTotals>();
  for (const row of recipients) {
    const amount = row.cash + row.goods_value;
    const delivered = isDelivered(row.status);
    count(total, amount, delivered);
    for (const [map, key] of [
      [byUnit, row.unit_id],
      [byGroup, row.group_code ?? (row.at_risk_code !== null ? atRiskGroupKey : noGroupKey)],
    ] as const) {
      const totals = map.get(key) ?? emptyTotals();
      count(totals, amount, delivered);
      map.set(key, totals);
    }
  }

  const unitLines: SummaryLine[] = [...byUnit]
    .map(([key, totals]) => ({ key, label: units.unitName(key) ?? key, ...totals }))
    .sort((a, b) => compareVietnamese(a.label, b.label));
  const groupLabels: [string, string][] = [...legalGroups.map((g): [string, string] => [g.code, g.nameVi]), [atRiskGroupKey, atRiskGroupLabel], [noGroupKey, noGroupLabel]];
  const groupLines: SummaryLine[] = groupLabels.flatMap(([key, label]) => {
    const totals = byGroup.get(key);
    return totals ? [{ key, label, ...totals }] : [];
  });
  const weights = funding.map((f) => f.amount);
  const planned = splitByShares(total.plannedAmount, weights);
  const delivered = splitByShares(total.deliveredAmount, weights);
  const sourceLines: SummaryLine[] = funding.map((source, index) => ({
    key: source.id,
    label: fundingLabel(source.kind, source.sponsor_name),
    plannedChildren: total.plannedChildren,
    plannedAmount: planned[index] ?? 0,
    deliveredChildren: total.deliveredChildren,
    deliveredAmount: delivered[index] ?? 0,
  }));
  return { byUnit: unitLines, byGroup: groupLines, bySource: sourceLines, total };
}
