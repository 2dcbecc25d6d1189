import type { Kysely } from 'kysely';
import type { SpendingPurpose } from '../../../../shared/codes/fund';
import { deliveredStatuses } from '../../../../shared/codes/gifts';
import type { ChildTimesCell, ChildTimesReport, ChildTimesRow } from '../../../../shared/fund';
import { compareVietnamese } from '../../../../shared/format/names';
import type { FundPeriod } from '../../../../shared/schemas/fund';
import type { Database } from '../../../db/schema';
import { splitByShares } from '../../gifts/summary';
import type { UnitCatalog } from '../../units';

/**
 * Lượt trẻ and đồng the fund gave, by commune and purpose, for a period [from, to]. It reports
 * what the fund paid for, so a case whose fund share was 0 (others paid it all) posts nothing
 * and is not counted.
 * - support, from the ledger, so that a closed period's figures never change and the statement,
 *   this report and the transparency list agree: each 'supportPayment' posting dated in
 *   [from, to] counts +1 lượt trẻ and its amount (minus the sum of its entries); each reversal
 *   of one dated in [from, to] (a case reopened) counts −1 and minus that amount; both in the
 *   case's unit_id row and its type's column. A case paid in October and reopened in November
 *   keeps 1 lượt trẻ in October and shows −1 in November, and +1 again if completed again then;
 * - gifts, from the gift campaigns, not from the ledger (the statement pays gifts from the
 *   ledger's campaign payments and goods issues, which are not per child): each recipient handed
 *   their gift (status received or receivedByGuardian, still on the list, delivered_on in
 *   [from, to]) of a campaign with a 'childFund' funding source counts one lượt trẻ, in the
 *   recipient's unit_id row, and the fund's part of the gift: per campaign, the childFund part
 *   of the gifts handed over in the period (their cash + goods_value split over the campaign's
 *   funding sources as the campaign summary does, splitByShares), then split over those
 *   recipients in proportion to their gifts, in the order of their ids, so that the parts of a
 *   campaign add up exactly. So the gifts column may differ from the statement's gifts line:
 *   the workbook and the print page say so under the table (giftsNote).
 * Rows: the units with any figure not zero, by name (compareVietnamese); then totals per purpose
 * and overall.
 */

/** Printed under the table: what the gifts columns count, and why they may differ from the statement. */
export const giftsNote =
  'Tặng quà: số lượt trẻ đã nhận quà trong kỳ của các đợt có nguồn Quỹ Bảo trợ trẻ em; số tiền là phần Quỹ trong giá trị quà, theo tỷ lệ nguồn kinh phí của đợt.';

type Db = Kysely<Database>;

const noCell = (): ChildTimesCell => ({ children: 0, amount: 0 });

export const noCells = (): Record<SpendingPurpose, ChildTimesCell> => ({
  heartSurgery: noCell(),
  cleftSurgery: noCell(),
  otherSurgery: noCell(),
  longTermTreatment: noCell(),
  scholarship: noCell(),
  emergency: noCell(),
  gifts: noCell(),
});

interface Figure {
  unitId: string;
  purpose: SpendingPurpose;
  children: number;
  amount: number;
}

async function supportFigures(db: Db, { from, to }: FundPeriod): Promise<Figure[]> {
  const rows = await db
    .selectFrom('fund_posting as p')
    .innerJoin('fund_support as s', 's.id', 'p.support_id')
    .leftJoin('fund_posting as o', 'o.id', 'p.reverses_id')
    .leftJoin('fund_entry as e', 'e.posting_id', 'p.id')
    .select((eb) => [
      's.unit_id',
      's.type',
      'p.source',
      eb.fn.count<number>('p.id').distinct().as('postings'),
      eb.fn.coalesce(eb.fn.sum<number>('e.amount'), eb.val(0)).as('entries'),
    ])
    .where('p.posted_on', '>=', from)
    .where('p.posted_on', '<=', to)
    .where((eb) => eb.or([eb('p.source', '=', 'supportPayment'), eb.and([eb('p.source', '=', 'reversal'), eb('o.source', '=', 'supportPayment')])]))
    .groupBy(['s.unit_id', 's.type', 'p.source'])
    .execute();
  return rows.map((row) => ({
    unitId: row.unit_id,
    purpose: row.type,
    children: (row.source === 'reversal' ? -1 : 1) * Number(row.postings),
    // A payment's entries take money out (below zero); its reversal's put it back.
    amount: -Number(row.entries),
  }));
}

async function giftFigures(db: Db, { from, to }: FundPeriod): Promise<Figure[]> {
  const fundCampaigns = db.selectFrom('gift_funding').select('campaign_id').where('kind', '=', 'childFund');
  const recipients = await db
    .selectFrom('gift_recipient')
    .select(['id', 'campaign_id', 'unit_id', 'cash', 'goods_value'])
    .where('campaign_id', 'in', fundCampaigns)
    .where('included', '=', 1)
    .where('status', 'in', [...deliveredStatuses])
    .where('delivered_on', '>=', from)
    .where('delivered_on', '<=', to)
    .orderBy('campaign_id')
    .orderBy('id')
    .execute();
  if (recipients.length === 0) return [];
  const funding = await db
    .selectFrom('gift_funding')
    .select(['campaign_id', 'kind', 'amount'])
    .where('campaign_id', 'in', [...new Set(recipients.map((r) => r.campaign_id))])
    .orderBy('campaign_id')
    .orderBy('sort_order')
    .execute();

  const figures: Figure[] = [];
  for (const campaignId of new Set(recipients.map((r) => r.campaign_id))) {
    const gifts = recipients.filter((r) => r.campaign_id === campaignId);
    const sources = funding.filter((f) => f.campaign_id === campaignId);
    const handedOver = gifts.reduce((sum, r) => sum + r.cash + r.goods_value, 0);
    const bySource = splitByShares(handedOver, sources.map((s) => s.amount));
    const fundPart = sources.reduce((sum, source, index) => sum + (source.kind === 'childFund' ? (bySource[index] ?? 0) : 0), 0);
    const parts = splitByShares(fundPart, gifts.map((r) => r.cash + r.goods_value));
    gifts.forEach((r, index) => figures.push({ unitId: r.unit_id, purpose: 'gifts', children: 1, amount: parts[index] ?? 0 }));
  }
  return figures;
}

export async function childTimesReport(db: Db, units: UnitCatalog, period: FundPeriod): Promise<ChildTimesReport> {
  const figures = [...(await supportFigures(db, period)), ...(await giftFigures(db, period))];
  const byUnit = new Map<string, ChildTimesRow>();
  const totals = noCells();
  const total = noCell();
  for (const figure of figures) {
    let row = byUnit.get(figure.unitId);
    if (!row) {
      row = { unitId: figure.unitId, unitName: units.unitName(figure.unitId) ?? figure.unitId, cells: noCells(), total: noCell() };
      byUnit.set(figure.unitId, row);
    }
    for (const cell of [row.cells[figure.purpose], row.total, totals[figure.purpose], total]) {
      cell.children += figure.children;
      cell.amount += figure.amount;
    }
  }
  const given = (row: ChildTimesRow) => Object.values(row.cells).some((cell) => cell.children !== 0 || cell.amount !== 0);
  const rows = [...byUnit.values()].filter(given).sort((a, b) => compareVietnamese(a.unitName, b.unitName) || a.unitId.localeCompare(b.unitId));
  return { from: period.from, to: period.to, rows, totals, total };
}
