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
  /** Group codes open on the start day. */
  groups: readonly string[];
  /** At-risk codes open on the start day, the earliest first. */
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
// child_select (small, in child id order, so each child's memberships are read in
// membership_open's order) beats fetching most children one by one; a condition written
// `+column` is not served by an index.
const fewUnits = 5;
const narrowAgeYears = 3;
const fewMembers = 1 / 8;

/**
 * The child's memberships open that day, as one string: group codes as they are, at-risk codes
 * as '!' + start date + ' ' + code (so that the earliest can be found). Read per child through
 * membership_open.
 */
const openColumn = (day: string) => sql<string | null>`(select group_concat(case when membership.kind = 'group'
    then membership.code else '!' || membership.start_date || ' ' || membership.code end)
  from membership where membership.child_id = child.id and ${openOn(day)})`;

/**
 * In one of the groups or on the at-risk list: when few children can be, found through
 * membership_code (null otherwise: tested on each child's open memberships instead).
 */
async function fewInMemberships(db: Db, rules: SelectionRules, day: string, size: number): Promise<Condition | null> {
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
  return (rows[0]?.n ?? 0) < size * fewMembers ? sql`child.id in (${sql.join(parts, sql` union all `)})` : null;
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

function parseOpen(open: string | null): { groups: readonly string[]; atRisk: readonly string[] } {
  if (open === null) return { groups: noCodes, atRisk: noCodes };
  // Most children are in one group.
  if (!open.includes(',') && !open.startsWith('!')) return { groups: [open], atRisk: noCodes };
  const groups: string[] = [];
  const atRisk: string[] = [];
  for (const item of open.split(',')) (item.startsWith('!') ? atRisk : groups).push(item);
  atRisk.sort();
  return { groups, atRisk: atRisk.map((item) => item.slice(item.indexOf(' ') + 1)) };
}

/**
 * The children the rules match on the campaign's start day: on the register (not left), born
 * by then and under 16, in the age range, units and household statuses asked, in one of the
 * groups or on the at-risk list asked (neither asked: every such child), and, when asked, not
 * given a gift from one of the campaign's sources in the last N months; with their groups and
 * at-risk reasons that day. In no particular order.
 */
export async function selectChildren(db: Db, rules: SelectionRules, campaign: CampaignRef): Promise<ChildSelection> {
  const day = campaign.startDate;
  const conditions = childConditions(rules, day);
  const byMembership = rules.groupCodes.length > 0 || rules.includeAtRisk;
  const { rows: sizeRows } = await sql<{ n: number | null }>`select max(rowid) as n from child`.execute(db);
  const few = byMembership ? await fewInMemberships(db, rules, day, sizeRows[0]?.n ?? 0) : null;
  if (few) conditions.push(few);
  // Tens of thousands of children come back as one text, a line each ("id unit open"): making
  // a JavaScript object of each row would cost more than the query itself.
  const { rows } = await sql<{ lines: string | null }>`select
      group_concat(child.id || ' ' || child.unit_id || ' ' || coalesce(${openColumn(day)}, ''), char(10)) as lines
    from child where ${sql.join(conditions, sql` and `)}`.execute(db);
  const recent = rules.noGiftMonths === null ? null : await recentlyGiven(db, campaign, rules.noGiftMonths);
  // The groups asked are tested here, on the memberships read for each child anyway (SQLite
  // would work the per-child subquery out twice to test it in the query).
  const groupsAsked = new Set<string>(rules.groupCodes);
  const inGroupsAsked = (open: { groups: readonly string[]; atRisk: readonly string[] }) =>
    open.groups.some((code) => groupsAsked.has(code)) || (rules.includeAtRisk && open.atRisk.length > 0);
  const children: SelectedChild[] = [];
  let excludedByRecentGift = 0;
  for (const line of rows[0]?.lines?.split('\n') ?? []) {
    const idEnd = line.indexOf(' ');
    const unitEnd = line.indexOf(' ', idEnd + 1);
    const text = line.slice(unitEnd + 1);
    const open = parseOpen(text === '' ? null : text);
    if (byMembership && !inGroupsAsked(open)) continue;
    const childId = line.slice(0, idEnd);
    if (recent?.has(childId)) {
      excludedByRecentGift++;
      continue;
    }
    children.push({ childId, unitId: line.slice(idEnd + 1, unitEnd), ...open });
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

async function plan(db: Db, campaignId: string, gift: CampaignGift, selection: ChildSelection): Promise<Plan> {
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
  const added = toAdd.reduce((sum, c) => sum + listedGift(gift, listingOf(gift, c).groupCode).amount, 0);
  return { onList, toAdd, toDrop, plannedAmount: kept - dropped + added };
}

/** What applying the rules would change, without changing anything: counts per unit and in all. */
export async function previewSelection(db: Db, units: UnitCatalog, input: ParsedInput<'gifts.previewSelection'>): Promise<SelectionPreview> {
  const { row, gift: stored } = await loadCampaign(db, input.campaignId);
  const gift = { ...stored, preferredGroups: new Set(input.rules.groupCodes) };
  const selection = await selectChildren(db, input.rules, { id: row.id, startDate: row.start_date });
  const { onList, toAdd, toDrop, plannedAmount } = await plan(db, row.id, gift, selection);
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
    const { toAdd, toDrop } = await plan(trx, row.id, gift, selection);
    for (const ids of chunks(toDrop.map((r) => r.id))) await trx.deleteFrom('gift_recipient').where('id', 'in', ids).execute();
    const proxies = await proxyNames(trx, toAdd.map((c) => c.childId));
    const values = toAdd.map((c) => {
      const listing = listingOf(gift, c);
      const priced = listedGift(gift, listing.groupCode);
      return {
        id: newId(),
        campaign_id: row.id,
        child_id: c.childId,
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
