/**
 * Gift campaigns (DOMAIN.md §5): what is given, when, and who pays. The budget is the sum of
 * the funding sources; a frozen campaign's list is printed, so its gift and funding no longer
 * change (name, dates and note still may).
 */
import { sql, type Kysely } from 'kysely';
import { deliveredStatuses, deliveryStatuses, type DeliveryStatus } from '../../../shared/codes/gifts';
import { groupCodes, type GroupCode } from '../../../shared/codes/groups';
import type { ParsedInput } from '../../../shared/contract';
import type { CampaignDetail, CampaignListRow, FundingSource, GiftTotals, GroupRate } from '../../../shared/gifts';
import { selectionRulesSchema, type SelectionRules } from '../../../shared/schemas/gifts';
import { newId, type Clock } from '../../clock';
import type { Database, GiftCampaignTable } from '../../db/schema';
import { AppFailure } from '../../failure';
import { recordAudit } from '../audit';
import { chunks } from '../children/rows';
import { getOffice } from '../office';
import { listingOf, resolveGift, type CampaignGift } from './amounts';
import { eligibleOn } from './eligibility';
import { sourceKey } from './source-key';

type CampaignInput = ParsedInput<'gifts.createCampaign'>;
type CampaignUpdate = ParsedInput<'gifts.updateCampaign'>;
type CampaignRow = GiftCampaignTable;

export interface CampaignCounts {
  totals: GiftTotals;
  statusCounts: Record<DeliveryStatus, number>;
}

const emptyCounts = (): CampaignCounts => ({
  totals: { plannedChildren: 0, plannedAmount: 0, deliveredChildren: 0, deliveredAmount: 0 },
  statusCounts: Object.fromEntries(deliveryStatuses.map((s) => [s, 0])) as Record<DeliveryStatus, number>,
});

const handedOver: ReadonlySet<string> = new Set(deliveredStatuses);

/** Planned and delivered totals and the children by status, of the children on the list (removed ones not counted). */
async function countsByCampaign(db: Kysely<Database>, campaignId: string | null): Promise<Map<string, CampaignCounts>> {
  let query = db
    .selectFrom('gift_recipient')
    .select(['campaign_id', 'status'])
    .select((eb) => [eb.fn.countAll<number>().as('n'), sql<number>`sum(cash + goods_value)`.as('amount')])
    .where('included', '=', 1)
    .groupBy(['campaign_id', 'status']);
  if (campaignId !== null) query = query.where('campaign_id', '=', campaignId);
  const counts = new Map<string, CampaignCounts>();
  for (const row of await query.execute()) {
    const entry = counts.get(row.campaign_id) ?? emptyCounts();
    const n = Number(row.n);
    const amount = Number(row.amount ?? 0);
    entry.statusCounts[row.status] += n;
    entry.totals.plannedChildren += n;
    entry.totals.plannedAmount += amount;
    if (handedOver.has(row.status)) {
      entry.totals.deliveredChildren += n;
      entry.totals.deliveredAmount += amount;
    }
    counts.set(row.campaign_id, entry);
  }
  return counts;
}

/** A campaign's planned and delivered totals and its children by delivery status. */
export async function campaignTotals(db: Kysely<Database>, campaignId: string): Promise<CampaignCounts> {
  return (await countsByCampaign(db, campaignId)).get(campaignId) ?? emptyCounts();
}

/** The campaign's row and its gift (default and group rates), or notFound. */
/** The rules last applied, as stored (JSON written by applySelection). */
export function storedRules(json: string | null): SelectionRules | null {
  return json === null ? null : selectionRulesSchema.parse(JSON.parse(json));
}

export async function loadCampaign(db: Kysely<Database>, id: string): Promise<{ row: CampaignRow; gift: CampaignGift }> {
  const row = await db.selectFrom('gift_campaign').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppFailure('errors.notFound');
  const rates = await db.selectFrom('gift_group_rate').select(['group_code', 'cash', 'goods_value']).where('campaign_id', '=', id).execute();
  return {
    row,
    gift: {
      perChild: { cash: row.cash_per_child, goodsValue: row.goods_value_per_child },
      rates: new Map(rates.map((r) => [r.group_code, { cash: r.cash, goodsValue: r.goods_value }])),
      preferredGroups: new Set(storedRules(row.rules)?.groupCodes ?? []),
    },
  };
}

/** Refuses any change to a frozen campaign's list. */
export function requireDraft(row: Pick<CampaignRow, 'status'>): void {
  if (row.status !== 'draft') throw new AppFailure('errors.campaignFrozen');
}

/** A membership is open on a day when it started by then and had not ended (it ends on its end date). */
export const openOn = (date: string) => sql<boolean>`membership.start_date <= ${date} and (membership.end_date is null or membership.end_date > ${date})`;

export interface OpenMemberships {
  groups: string[];
  /** Earliest first. */
  atRisk: string[];
}

/** The groups and at-risk reasons of children on a day: of one campaign's recipients, or of the children given. */
export async function openMemberships(
  db: Kysely<Database>,
  date: string,
  scope: { campaignId: string } | { childIds: readonly string[] },
): Promise<Map<string, OpenMemberships>> {
  let query = db
    .selectFrom('membership')
    .select(['membership.child_id', 'membership.kind', 'membership.code'])
    .where(openOn(date))
    .orderBy('membership.start_date')
    .orderBy('membership.code');
  if ('campaignId' in scope) {
    query = query.where('membership.child_id', 'in', (eb) =>
      eb.selectFrom('gift_recipient').select('gift_recipient.child_id').where('gift_recipient.campaign_id', '=', scope.campaignId),
    );
  } else {
    if (scope.childIds.length === 0) return new Map();
    query = query.where('membership.child_id', 'in', [...scope.childIds]);
  }
  const byChild = new Map<string, OpenMemberships>();
  for (const row of await query.execute()) {
    const entry = byChild.get(row.child_id) ?? { groups: [], atRisk: [] };
    (row.kind === 'group' ? entry.groups : entry.atRisk).push(row.code);
    byChild.set(row.child_id, entry);
  }
  return byChild;
}

/**
 * After a draft's gift, rates or start day change: each recipient is listed again under the
 * group that now gives the most, and re-priced unless their gift was set by hand.
 */
async function relistRecipients(db: Kysely<Database>, campaignId: string, gift: CampaignGift, startDate: string, now: string): Promise<void> {
  const recipients = await db
    .selectFrom('gift_recipient')
    .select(['id', 'child_id', 'group_code', 'at_risk_code', 'cash', 'goods_value', 'amount_source'])
    .where('campaign_id', '=', campaignId)
    .execute();
  const open = await openMemberships(db, startDate, { campaignId });
  for (const r of recipients) {
    const memberships = open.get(r.child_id);
    // A child no longer in any group or on the at-risk list that day keeps how they were listed.
    const listing = memberships ? listingOf(gift, memberships) : { groupCode: r.group_code, atRiskCode: r.at_risk_code };
    const priced = resolveGift(gift, { amountSource: r.amount_source, groupCode: listing.groupCode, own: { cash: r.cash, goodsValue: r.goods_value } });
    const changed =
      listing.groupCode !== r.group_code ||
      listing.atRiskCode !== r.at_risk_code ||
      priced.cash !== r.cash ||
      priced.goodsValue !== r.goods_value ||
      priced.amountSource !== r.amount_source;
    if (!changed) continue;
    await db
      .updateTable('gift_recipient')
      .set({
        group_code: listing.groupCode,
        at_risk_code: listing.atRiskCode,
        cash: priced.cash,
        goods_value: priced.goodsValue,
        amount_source: priced.amountSource,
        updated_at: now,
      })
      .where('id', '=', r.id)
      .execute();
  }
}

const groupOrder: ReadonlyMap<string, number> = new Map(groupCodes.map((code, index) => [code, index]));

function listRow(row: CampaignRow, budget: number, counts: CampaignCounts): CampaignListRow {
  return {
    id: row.id,
    name: row.name,
    occasion: row.occasion,
    year: row.year,
    startDate: row.start_date,
    endDate: row.end_date,
    status: row.status,
    budget,
    ...counts.totals,
  };
}

/** Every campaign, the newest first, with its budget and totals. */
export async function listCampaigns(db: Kysely<Database>): Promise<CampaignListRow[]> {
  const [rows, budgets, counts] = await Promise.all([
    db.selectFrom('gift_campaign').selectAll().orderBy('start_date', 'desc').orderBy('created_at', 'desc').orderBy('id', 'desc').execute(),
    db.selectFrom('gift_funding').select(['campaign_id', sql<number>`sum(amount)`.as('budget')]).groupBy('campaign_id').execute(),
    countsByCampaign(db, null),
  ]);
  const budgetOf = new Map(budgets.map((b) => [b.campaign_id, Number(b.budget)]));
  return rows.map((row) => listRow(row, budgetOf.get(row.id) ?? 0, counts.get(row.id) ?? emptyCounts()));
}

/** One campaign with its funding, group rates, last rules, budget left and children by status. */
export async function getCampaign(db: Kysely<Database>, id: string): Promise<CampaignDetail> {
  const { row, gift } = await loadCampaign(db, id);
  const [funding, counts] = await Promise.all([
    db.selectFrom('gift_funding').select(['id', 'kind', 'sponsor_name', 'amount']).where('campaign_id', '=', id).orderBy('sort_order').execute(),
    campaignTotals(db, id),
  ]);
  const sources: FundingSource[] = funding.map((f) => ({ id: f.id, kind: f.kind, sponsorName: f.sponsor_name, amount: f.amount }));
  const budget = sources.reduce((sum, f) => sum + f.amount, 0);
  const groupRates: GroupRate[] = [...gift.rates.entries()]
    .sort(([a], [b]) => (groupOrder.get(a) ?? 0) - (groupOrder.get(b) ?? 0))
    .map(([groupCode, rate]) => ({ groupCode: groupCode as GroupCode, cash: rate.cash, goodsValue: rate.goodsValue }));
  return {
    ...listRow(row, budget, counts),
    cashPerChild: row.cash_per_child,
    goodsDescription: row.goods_description,
    goodsValuePerChild: row.goods_value_per_child,
    funding: sources,
    groupRates,
    note: row.note,
    rules: storedRules(row.rules),
    frozenAt: row.frozen_at,
    remainingBudget: budget - counts.totals.plannedAmount,
    statusCounts: counts.statusCounts,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const campaignColumns = (input: CampaignInput) => ({
  name: input.name,
  occasion: input.occasion,
  year: input.year,
  start_date: input.startDate,
  end_date: input.endDate,
  cash_per_child: input.cashPerChild,
  goods_description: input.goodsDescription,
  goods_value_per_child: input.goodsValuePerChild,
  note: input.note,
});

async function writeFunding(db: Kysely<Database>, campaignId: string, input: CampaignInput): Promise<void> {
  await db.deleteFrom('gift_funding').where('campaign_id', '=', campaignId).execute();
  await db
    .insertInto('gift_funding')
    .values(
      input.funding.map((f, index) => {
        const sponsorName = f.kind === 'sponsor' ? (f.sponsorName ?? '').replace(/\s+/g, ' ') : null;
        return { id: newId(), campaign_id: campaignId, kind: f.kind, sponsor_name: sponsorName, source_key: sourceKey(f.kind, sponsorName), amount: f.amount, sort_order: index };
      }),
    )
    .execute();
}

async function writeRates(db: Kysely<Database>, campaignId: string, input: CampaignInput): Promise<void> {
  await db.deleteFrom('gift_group_rate').where('campaign_id', '=', campaignId).execute();
  if (input.groupRates.length === 0) return;
  await db
    .insertInto('gift_group_rate')
    .values(input.groupRates.map((r) => ({ campaign_id: campaignId, group_code: r.groupCode, cash: r.cash, goods_value: r.goodsValue })))
    .execute();
}

/** A new campaign, as a draft with an empty list. */
export async function createCampaign(db: Kysely<Database>, clock: Clock, input: CampaignInput): Promise<CampaignDetail> {
  const office = await getOffice(db);
  if (!office) throw new AppFailure('errors.officeNotSetUp');
  const id = newId();
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('gift_campaign')
      .values({ id, office_id: office.id, ...campaignColumns(input), rules: null, status: 'draft', frozen_at: null, created_at: now, updated_at: now })
      .execute();
    await writeFunding(trx, id, input);
    await writeRates(trx, id, input);
    await recordAudit(trx, clock, { officeId: office.id, action: 'create', entity: 'gift_campaign', entityId: id });
  });
  return getCampaign(db, id);
}

const sameFunding = (stored: readonly FundingSource[], input: CampaignInput): boolean =>
  stored.length === input.funding.length &&
  input.funding.every((f, index) => {
    const s = stored[index];
    return s !== undefined && s.kind === f.kind && s.amount === f.amount && sourceKey(s.kind, s.sponsorName) === sourceKey(f.kind, f.sponsorName);
  });

/**
 * The same sources written differently ("Công ty Hoa Mai" → "Công ty TNHH Hoa Mai" folds
 * differently, but "CÔNG TY HOA MAI" does not): the new spelling is kept, even on a frozen list,
 * since it names the same source.
 */
async function renameSponsors(db: Kysely<Database>, stored: readonly FundingSource[], input: CampaignInput): Promise<void> {
  for (const [index, f] of input.funding.entries()) {
    const source = stored[index];
    const name = f.kind === 'sponsor' ? (f.sponsorName ?? '').replace(/\s+/g, ' ') : null;
    if (source && name !== null && source.sponsorName !== name) {
      await db.updateTable('gift_funding').set({ sponsor_name: name }).where('id', '=', source.id).execute();
    }
  }
}

const sameRates = (gift: CampaignGift, input: CampaignInput): boolean =>
  gift.rates.size === input.groupRates.length &&
  input.groupRates.every((r) => {
    const stored = gift.rates.get(r.groupCode);
    return stored !== undefined && stored.cash === r.cash && stored.goodsValue === r.goodsValue;
  });

/**
 * Saves a campaign. A draft may change freely (its list is re-priced); a frozen one only in its
 * name, dates and note, since its printed list shows the gift and the occasion.
 */
export async function updateCampaign(db: Kysely<Database>, clock: Clock, input: CampaignUpdate): Promise<CampaignDetail> {
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const { row, gift } = await loadCampaign(trx, input.id);
    const current = await getCampaign(trx, input.id);
    const fundingSame = sameFunding(current.funding, input);
    const giftSame =
      row.cash_per_child === input.cashPerChild &&
      row.goods_value_per_child === input.goodsValuePerChild &&
      row.goods_description === input.goodsDescription &&
      sameRates(gift, input);
    if (row.status === 'frozen' && (!fundingSame || !giftSame || row.occasion !== input.occasion || row.year !== input.year)) {
      throw new AppFailure('errors.campaignFrozen');
    }
    if (row.start_date !== input.startDate) await dropIneligible(trx, row, input.startDate, now);
    await trx.updateTable('gift_campaign').set({ ...campaignColumns(input), updated_at: now }).where('id', '=', input.id).execute();
    if (!fundingSame) await writeFunding(trx, input.id, input);
    else await renameSponsors(trx, current.funding, input);
    if (row.status === 'draft' && (!giftSame || row.start_date !== input.startDate)) {
      await writeRates(trx, input.id, input);
      const next = (await loadCampaign(trx, input.id)).gift;
      await relistRecipients(trx, input.id, next, input.startDate, now);
    }
    await recordAudit(trx, clock, { officeId: row.office_id, action: 'update', entity: 'gift_campaign', entityId: input.id });
  });
  return getCampaign(db, input.id);
}

/** Why a child is taken off a draft list when its start day moves (kept on the row, shown struck through). */
const noLongerEligible = 'Không còn đủ điều kiện vào ngày bắt đầu mới (đã đủ 16 tuổi, chưa sinh hoặc đã ra khỏi danh sách quản lý).';

/**
 * When the start day moves, the children on the list who are no longer eligible that day (16
 * by then, born after it, or gone from the register) come off a draft list: those the rules
 * put there are dropped, those added by hand are kept as removed with the reason. A frozen
 * list is printed: the move is refused instead.
 */
async function dropIneligible(db: Kysely<Database>, campaign: CampaignRow, startDate: string, now: string): Promise<void> {
  const listed = await db
    .selectFrom('gift_recipient as r')
    .innerJoin('child as c', 'c.id', 'r.child_id')
    .select(['r.id', 'r.origin', 'r.status', 'c.status as child_status', 'c.birth_date'])
    .where('r.campaign_id', '=', campaign.id)
    .where('r.included', '=', 1)
    .execute();
  const ineligible = listed.filter((r) => !eligibleOn({ status: r.child_status, birth_date: r.birth_date }, startDate));
  if (ineligible.length === 0) return;
  if (campaign.status === 'frozen' || ineligible.some((r) => r.status !== 'pending')) throw new AppFailure('errors.startDateExcludesChildren');
  const dropped = ineligible.filter((r) => r.origin === 'rule').map((r) => r.id);
  const kept = ineligible.filter((r) => r.origin === 'manual').map((r) => r.id);
  for (const ids of chunks(dropped)) await db.deleteFrom('gift_recipient').where('id', 'in', ids).execute();
  for (const ids of chunks(kept)) {
    await db.updateTable('gift_recipient').set({ included: 0, remove_reason: noLongerEligible, updated_at: now }).where('id', 'in', ids).execute();
  }
}

/** Deletes a draft campaign and its list; refused once the list is frozen (it may be printed) or a gift is marked. */
export async function deleteCampaign(db: Kysely<Database>, clock: Clock, id: string): Promise<{ deleted: true }> {
  await db.transaction().execute(async (trx) => {
    const { row } = await loadCampaign(trx, id);
    if (row.status === 'frozen') throw new AppFailure('errors.frozenCampaignDelete');
    const marked = await trx.selectFrom('gift_recipient').select('id').where('campaign_id', '=', id).where('status', '!=', 'pending').executeTakeFirst();
    if (marked) throw new AppFailure('errors.campaignHasDeliveries');
    // The fund's ledger is append-only: its postings keep naming the campaign (reversed ones too).
    const posted = await trx.selectFrom('fund_posting').select('id').where('campaign_id', '=', id).executeTakeFirst();
    if (posted) throw new AppFailure('errors.campaignHasFundPostings');
    await trx.deleteFrom('gift_change').where('campaign_id', '=', id).execute();
    await trx.deleteFrom('gift_recipient').where('campaign_id', '=', id).execute();
    await trx.deleteFrom('gift_group_rate').where('campaign_id', '=', id).execute();
    await trx.deleteFrom('gift_funding').where('campaign_id', '=', id).execute();
    await trx.deleteFrom('gift_campaign').where('id', '=', id).execute();
    await recordAudit(trx, clock, { officeId: row.office_id, action: 'delete', entity: 'gift_campaign', entityId: id });
  });
  return { deleted: true };
}

/** Fixes the list for printing: from now on every change needs a reason and is logged. */
export async function freezeCampaign(db: Kysely<Database>, clock: Clock, id: string): Promise<CampaignDetail> {
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const { row } = await loadCampaign(trx, id);
    requireDraft(row);
    // Each child is printed on the roster of the commune they live in now, and stays on it.
    await sql`update gift_recipient set unit_id = (select child.unit_id from child where child.id = gift_recipient.child_id)
      where campaign_id = ${id}`.execute(trx);
    await trx.updateTable('gift_campaign').set({ status: 'frozen', frozen_at: now, updated_at: now }).where('id', '=', id).execute();
    await recordAudit(trx, clock, { officeId: row.office_id, action: 'update', entity: 'gift_campaign', entityId: id });
  });
  return getCampaign(db, id);
}
