/**
 * Who a campaign proposes: the selection rules run in SQL over the register, ages and
 * memberships counted on the campaign's start day. Applying them changes only what the rules
 * put there: children added or removed by hand stay as the user left them.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { deliveredStatuses } from '../../../shared/codes/gifts';
import { childAgeLimit, type HouseholdStatus, type Sex } from '../../../shared/codes/register';
import type { ParsedInput } from '../../../shared/contract';
import { compareVietnamese } from '../../../shared/format/names';
import type { CampaignDetail, SelectionPreview } from '../../../shared/gifts';
import type { SelectionRules } from '../../../shared/schemas/gifts';
import { newId, type Clock } from '../../clock';
import type { Database, GiftRecipientTable } from '../../db/schema';
import { recordAudit } from '../audit';
import { bornOnOrBefore } from '../children/dates';
import { chunks } from '../children/rows';
import type { UnitCatalog } from '../units';
import { giftAmount, listedGift, listingOf, type CampaignGift } from './amounts';
import { getCampaign, loadCampaign, openOn, requireDraft } from './campaigns';
import { proxyNames } from './recipients';

type Db = Kysely<Database>;

export interface SelectedChild {
  childId: string;
  unitId: string;
}

/** A child's memberships open on a day: group codes, and at-risk codes, the earliest first. */
export interface OpenOnDay {
  groups: readonly string[];
  atRisk: readonly string[];
}

export interface ChildSelection {
  children: SelectedChild[];
  /** Matched every rule but were given a gift from one of the campaign's sources within the months asked. */
  excludedByRecentGift: number;
}

/** The same day `months` months earlier (the month's last day when it is shorter). */
export function monthsBefore(iso: string, months: number): string {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * Children given a gift from one of this campaign's sources in another campaign, handed over
 * within the months before the start day (through gift_funding_source and the recipients' key).
 */
async function recentlyGiven(db: Db, campaign: CampaignRef, months: number): Promise<Set<string>> {
  const { rows } = await sql<{ child_id: string }>`select distinct r.child_id from gift_funding mine
      join gift_funding f on f.source_key = mine.source_key and f.campaign_id <> mine.campaign_id
      join gift_recipient r on r.campaign_id = f.campaign_id
    where mine.campaign_id = ${campaign.id} and r.status in (${sql.join([...deliveredStatuses])})
      and r.delivered_on > ${monthsBefore(campaign.startDate, months)} and r.delivered_on <= ${campaign.startDate}`.execute(db);
  return new Set(rows.map((r) => r.child_id));
}

type CampaignRef = { id: string; startDate: string };
type Condition = RawBuilder<unknown>;

// SQLite keeps no statistics, so the query says which condition may lead to an index: one that
// keeps few children (a few units, a rare group, a narrow age range). Otherwise reading all of
// child_select (small: the tests and the id) beats fetching most children one by one; a
// condition written `+column` is not served by an index.
const fewUnits = 5;
const narrowAgeYears = 3;
const fewMembers = 1 / 8;

/**
 * In one of the groups or on the at-risk list that day. The children who are come from
 * membership_code, once; when they are few they lead the query, otherwise each child read
 * from child_select is looked up among them.
 */
async function inMemberships(db: Db, rules: SelectionRules, day: string, size: number): Promise<Condition> {
  const parts: Condition[] = [];
  if (rules.groupCodes.length > 0) {
    parts.push(sql`select membership.child_id from membership
      where membership.kind = 'group' and membership.code in (${sql.join(rules.groupCodes)}) and ${openOn(day)}`);
  }
  if (rules.includeAtRisk) parts.push(sql`select membership.child_id from membership where membership.kind = 'atRisk' and ${openOn(day)}`);
  // An upper bound on the children, read from membership_code alone.
  const groups = rules.groupCodes.length > 0 ? rules.groupCodes : [''];
  const { rows } = await sql<{ n: number }>`select
      (select count(*) from membership where kind = 'group' and code in (${sql.join(groups)}) and start_date <= ${day})
      + ${rules.includeAtRisk ? sql`(select count(*) from membership where kind = 'atRisk' and start_date <= ${day})` : sql`0`} as n`.execute(db);
  const few = (rows[0]?.n ?? 0) < size * fewMembers;
  return sql`${few ? sql`child.id` : sql`+child.id`} in (${sql.join(parts, sql` union all `)})`;
}

/** On the register, born by the start day and under 16 then, within the ages, units and household statuses asked. */
function childConditions(rules: SelectionRules, day: string): Condition[] {
  const byUnit = rules.unitIds.length > 0 && rules.unitIds.length <= fewUnits;
  const ageSpan = (rules.ageMax ?? childAgeLimit - 1) - (rules.ageMin ?? 0) + 1;
  const birth = ageSpan <= narrowAgeYears && !byUnit ? sql`child.birth_date` : sql`+child.birth_date`;
  const conditions: Condition[] = [
    sql`child.status <> 'left'`,
    sql`${birth} <= ${bornOnOrBefore(day, rules.ageMin ?? 0)}`,
    sql`${birth} > ${bornOnOrBefore(day, (rules.ageMax ?? childAgeLimit - 1) + 1)}`,
  ];
  if (rules.unitIds.length > 0) conditions.push(sql`${byUnit ? sql`child.unit_id` : sql`+child.unit_id`} in (${sql.join(rules.unitIds)})`);
  if (rules.householdStatuses.length > 0) conditions.push(sql`+child.household_status in (${sql.join(rules.householdStatuses)})`);
  return conditions;
}

const noCodes: readonly string[] = Object.freeze([]);

/** "d,n,!2026-03-01 r1": the memberships of one child as openDays writes them. */
function parseOpen(open: string): OpenOnDay {
  // Most children are in one group.
  if (!open.includes(',') && !open.startsWith('!')) return { groups: [open], atRisk: noCodes };
  const groups: string[] = [];
  const atRisk: string[] = [];
  for (const item of open.split(',')) (item.startsWith('!') ? atRisk : groups).push(item);
  atRisk.sort();
  return { groups, atRisk: atRisk.map((item) => item.slice(item.indexOf(' ') + 1)) };
}

/** Past this many children, reading every membership open that day beats looking each child up. */
const manyChildren = 500;

/**
 * The groups and at-risk reasons of these children on a day (what lists them on a campaign).
 * A child with none is left out of the map.
 */
export async function openOnDay(db: Db, day: string, childIds: readonly string[]): Promise<Map<string, OpenOnDay>> {
  const wanted = new Set(childIds);
  const byChild = new Map<string, OpenOnDay>();
  if (wanted.size === 0) return byChild;
  const each = sql`case when membership.kind = 'group' then membership.code else '!' || membership.start_date || ' ' || membership.code end`;
  const scope = wanted.size > manyChildren ? sql`` : sql`and membership.child_id in (${sql.join([...wanted])})`;
  // One text, a line per child ("id d,n,!2026-03-01 r1"): thousands of rows as JavaScript
  // objects would cost more than reading them.
  const { rows } = await sql<{ lines: string | null }>`select group_concat(line, char(10)) as lines from (
      select membership.child_id || ' ' || group_concat(${each}) as line from membership
      where ${openOn(day)} ${scope} group by membership.child_id)`.execute(db);
  for (const line of rows[0]?.lines?.split('\n') ?? []) {
    const idEnd = line.indexOf(' ');
    const childId = line.slice(0, idEnd);
    if (wanted.has(childId)) byChild.set(childId, parseOpen(line.slice(idEnd + 1)));
  }
  return byChild;
}

const noneOpen: OpenOnDay = { groups: noCodes, atRisk: noCodes };

/**
 * The children the rules match on the campaign's start day: on the register (not left), born
 * by then and under 16, in the age range, units and household statuses asked, in one of the
 * groups or on the at-risk list asked (neither asked: every such child), and, when asked, not
 * given a gift from one of the campaign's sources in the last N months. In no particular order;
 * openOnDay tells how each would be listed.
 */
export async function selectChildren(db: Db, rules: SelectionRules, campaign: CampaignRef): Promise<ChildSelection> {
  const day = campaign.startDate;
  const conditions = childConditions(rules, day);
  if (rules.groupCodes.length > 0 || rules.includeAtRisk) {
    const { rows: sizeRows } = await sql<{ n: number | null }>`select max(rowid) as n from child`.execute(db);
    conditions.push(await inMemberships(db, rules, day, sizeRows[0]?.n ?? 0));
  }
  // Tens of thousands of children come back as one text, a line each ("id unit"): making a
  // JavaScript object of each row would cost more than the query itself.
  const { rows } = await sql<{ lines: string | null }>`select group_concat(child.id || ' ' || child.unit_id, char(10)) as lines
    from child where ${sql.join(conditions, sql` and `)}`.execute(db);
  const recent = rules.noGiftMonths === null ? null : await recentlyGiven(db, campaign, rules.noGiftMonths);
  const children: SelectedChild[] = [];
  let excludedByRecentGift = 0;
  for (const line of rows[0]?.lines?.split('\n') ?? []) {
    const idEnd = line.indexOf(' ');
    const childId = line.slice(0, idEnd);
    if (recent?.has(childId)) excludedByRecentGift++;
    else children.push({ childId, unitId: line.slice(idEnd + 1) });
  }
  return { children, excludedByRecentGift };
}

interface Existing {
  id: string;
  child_id: string;
  origin: GiftRecipientTable['origin'];
  included: number;
  amount_source: GiftRecipientTable['amount_source'];
  cash: number;
  goods_value: number;
}

/** What applying the rules would do to the list. */
interface Plan {
  onList: Map<string, Existing>;
  toAdd: SelectedChild[];
  toDrop: Existing[];
  plannedAmount: number;
}

async function plan(db: Db, campaignId: string, day: string, gift: CampaignGift, selection: ChildSelection): Promise<Plan> {
  const existing = await db
    .selectFrom('gift_recipient')
    .select(['id', 'child_id', 'origin', 'included', 'amount_source', 'cash', 'goods_value'])
    .where('campaign_id', '=', campaignId)
    .execute();
  const onList = new Map(existing.map((r) => [r.child_id, r]));
  const matched = new Set(selection.children.map((c) => c.childId));
  const toAdd = selection.children.filter((c) => !onList.has(c.childId));
  // Only what the rules put there and nobody has touched since.
  const toDrop = existing.filter((r) => r.origin === 'rule' && r.included === 1 && r.amount_source !== 'child' && !matched.has(r.child_id));
  const amountOf = (r: Existing) => giftAmount({ cash: r.cash, goodsValue: r.goods_value });
  const kept = existing.filter((r) => r.included === 1).reduce((sum, r) => sum + amountOf(r), 0);
  const dropped = toDrop.reduce((sum, r) => sum + amountOf(r), 0);
  // Without group rates every child added gets the campaign's gift, however listed.
  const open = gift.rates.size > 0 ? await openOnDay(db, day, toAdd.map((c) => c.childId)) : new Map<string, OpenOnDay>();
  const added = toAdd.reduce((sum, c) => sum + listedGift(gift, listingOf(gift, open.get(c.childId) ?? noneOpen).groupCode).amount, 0);
  return { onList, toAdd, toDrop, plannedAmount: kept - dropped + added };
}

/** What applying the rules would change, without changing anything: counts per unit and in all. */
export async function previewSelection(db: Db, units: UnitCatalog, input: ParsedInput<'gifts.previewSelection'>): Promise<SelectionPreview> {
  const { row, gift: stored } = await loadCampaign(db, input.campaignId);
  const gift = { ...stored, preferredGroups: new Set(input.rules.groupCodes) };
  const selection = await selectChildren(db, input.rules, { id: row.id, startDate: row.start_date });
  const { onList, toAdd, toDrop, plannedAmount } = await plan(db, row.id, row.start_date, gift, selection);
  const counts = new Map<string, number>();
  let removedByHand = 0;
  for (const child of selection.children) {
    counts.set(child.unitId, (counts.get(child.unitId) ?? 0) + 1);
    if (onList.get(child.childId)?.included === 0) removedByHand++;
  }
  const byUnit = [...counts.entries()]
    .map(([unitId, count]) => ({ unitId, unitName: units.unitName(unitId) ?? '', count }))
    .sort((a, b) => compareVietnamese(a.unitName, b.unitName) || (a.unitId < b.unitId ? -1 : 1));
  return {
    matched: selection.children.length,
    removedByHand,
    byUnit,
    toAdd: toAdd.length,
    toDrop: toDrop.length,
    excludedByRecentGift: selection.excludedByRecentGift,
    plannedAmount,
  };
}

/**
 * Applies the rules to a draft list: adds the children they match who are not on it yet,
 * takes off the children they put there earlier and no longer match, and remembers the rules.
 */
export async function applySelection(db: Db, units: UnitCatalog, clock: Clock, input: ParsedInput<'gifts.applySelection'>): Promise<CampaignDetail> {
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const { row, gift: stored } = await loadCampaign(trx, input.campaignId);
    requireDraft(row);
    const gift = { ...stored, preferredGroups: new Set(input.rules.groupCodes) };
    const selection = await selectChildren(trx, input.rules, { id: row.id, startDate: row.start_date });
    const { toAdd, toDrop } = await plan(trx, row.id, row.start_date, gift, selection);
    for (const ids of chunks(toDrop.map((r) => r.id))) await trx.deleteFrom('gift_recipient').where('id', 'in', ids).execute();
    const proxies = await proxyNames(trx, toAdd.map((c) => c.childId));
    const open = await openOnDay(trx, row.start_date, toAdd.map((c) => c.childId));
    const values = toAdd.map((c) => {
      const listing = listingOf(gift, open.get(c.childId) ?? noneOpen);
      const priced = listedGift(gift, listing.groupCode);
      return {
        id: newId(),
        campaign_id: row.id,
        child_id: c.childId,
        unit_id: c.unitId,
        group_code: listing.groupCode,
        at_risk_code: listing.atRiskCode,
        proxy_name: proxies.get(c.childId) ?? null,
        cash: priced.cash,
        goods_value: priced.goodsValue,
        amount_source: priced.amountSource,
        origin: 'rule' as const,
        included: 1,
        add_reason: null,
        remove_reason: null,
        status: 'pending' as const,
        delivered_on: null,
        received_by: null,
        delivery_note: null,
        created_at: now,
        updated_at: now,
      };
    });
    for (const rows of chunks(values)) await trx.insertInto('gift_recipient').values(rows).execute();
    await trx.updateTable('gift_campaign').set({ rules: JSON.stringify(input.rules), updated_at: now }).where('id', '=', row.id).execute();
    await recordAudit(trx, clock, { officeId: row.office_id, action: 'update', entity: 'gift_campaign', entityId: row.id });
  });
  return getCampaign(db, input.campaignId);
}
