/**
 * A campaign's list of recipients, changed by hand: a child added or removed (with a reason),
 * restored, or given their own gift. Once the list is frozen for printing, each such change
 * needs a reason and is logged (gift_change), so that the printed roster can be reconciled.
 */
import { sql, type Kysely } from 'kysely';
import type { GroupCode } from '../../../shared/codes/groups';
import { childAgeLimit } from '../../../shared/codes/register';
import type { ParsedInput } from '../../../shared/contract';
import { ageOn } from '../../../shared/format/date';
import { compareVietnamese, foldVietnamese } from '../../../shared/format/names';
import type { GiftChange, RecipientRow } from '../../../shared/gifts';
import { newId, type Clock } from '../../clock';
import type { Database, GiftChangeTable, GiftCampaignTable } from '../../db/schema';
import { AppFailure } from '../../failure';
import { recordAudit } from '../audit';
import { chunks } from '../children/rows';
import type { UnitCatalog } from '../units';
import { giftAmount, listedGift, listingOf, resolveGift } from './amounts';
import { loadCampaign, openMemberships } from './campaigns';
import { eligibleOn } from './eligibility';

type Db = Kysely<Database>;

/** Who receives the gift for each child ("Người nhận thay"): the first guardian living with them, else the first guardian. */
export async function proxyNames(db: Db, childIds: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const living = new Set<string>();
  for (const ids of chunks(childIds)) {
    const rows = await db
      .selectFrom('guardian')
      .select(['child_id', 'full_name', 'lives_with_child'])
      .where('child_id', 'in', ids)
      .orderBy('child_id')
      .orderBy('sort_order')
      .execute();
    for (const row of rows) {
      if (living.has(row.child_id)) continue;
      if (row.lives_with_child === 1) {
        names.set(row.child_id, row.full_name);
        living.add(row.child_id);
      } else if (!names.has(row.child_id)) {
        names.set(row.child_id, row.full_name);
      }
    }
  }
  return names;
}

function recipientQuery(db: Db) {
  return db
    .selectFrom('gift_recipient as r')
    .innerJoin('child as c', 'c.id', 'r.child_id')
    .select([
      'r.id',
      'r.campaign_id',
      'r.child_id',
      'c.full_name',
      'c.birth_date',
      'c.sex',
      'r.unit_id',
      'c.village',
      'c.address_line',
      'c.sort_key',
      'r.group_code',
      'r.at_risk_code',
      'r.proxy_name',
      'r.cash',
      'r.goods_value',
      'r.amount_source',
      'r.origin',
      'r.included',
      'r.add_reason',
      'r.remove_reason',
      'r.status',
      'r.delivered_on',
      'r.received_by',
      'r.delivery_note',
    ]);
}

type Recipient = Awaited<ReturnType<ReturnType<typeof recipientQuery>['executeTakeFirstOrThrow']>>;

function toRow(units: UnitCatalog, r: Recipient): RecipientRow {
  return {
    id: r.id,
    childId: r.child_id,
    fullName: r.full_name,
    birthDate: r.birth_date,
    sex: r.sex,
    unitId: r.unit_id,
    unitName: units.unitName(r.unit_id) ?? '',
    village: r.village,
    addressLine: r.address_line,
    groupCode: r.group_code as GroupCode | null,
    atRiskCode: r.at_risk_code,
    proxyName: r.proxy_name,
    cash: r.cash,
    goodsValue: r.goods_value,
    amount: giftAmount({ cash: r.cash, goodsValue: r.goods_value }),
    amountSource: r.amount_source,
    origin: r.origin,
    included: r.included === 1,
    addReason: r.add_reason,
    removeReason: r.remove_reason,
    status: r.status,
    deliveredOn: r.delivered_on,
    receivedBy: r.received_by,
    deliveryNote: r.delivery_note,
  };
}

async function recipient(db: Db, id: string): Promise<Recipient> {
  const row = await recipientQuery(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw new AppFailure('errors.notFound');
  return row;
}

/** Children by unit (in Vietnamese order of the units' names), then by name. */
function inUnitOrder(units: UnitCatalog, rows: RecipientRow[]): RecipientRow[] {
  const unitIds = [...new Set(rows.map((r) => r.unitId))];
  const names = new Map(unitIds.map((id) => [id, units.unitName(id) ?? id]));
  unitIds.sort((a, b) => compareVietnamese(names.get(a) ?? a, names.get(b) ?? b) || (a < b ? -1 : 1));
  const rank = new Map(unitIds.map((id, index) => [id, index]));
  // The rows come in name order and Array.prototype.sort is stable.
  return rows.sort((a, b) => (rank.get(a.unitId) ?? 0) - (rank.get(b.unitId) ?? 0));
}

/** The list: of one unit or all, by delivery status, with or without the children removed, found by name. */
export async function listRecipients(db: Db, units: UnitCatalog, query: ParsedInput<'gifts.recipients'>): Promise<RecipientRow[]> {
  await loadCampaign(db, query.campaignId);
  let select = recipientQuery(db).where('r.campaign_id', '=', query.campaignId);
  if (query.unitId !== null) select = select.where('r.unit_id', '=', query.unitId);
  if (query.statuses.length > 0) select = select.where('r.status', 'in', query.statuses);
  if (!query.includeRemoved) select = select.where('r.included', '=', 1);
  const search = foldVietnamese(query.search);
  if (search !== '') select = select.where(sql<boolean>`instr(c.folded_name, ${search}) > 0`);
  const rows = await select.orderBy('c.sort_key').orderBy('r.id').execute();
  return inUnitOrder(units, rows.map((r) => toRow(units, r)));
}

function requireReason(reason: string | null): string {
  const text = (reason ?? '').trim();
  if (text === '') throw new AppFailure('errors.reasonRequired');
  return text;
}

/** A change to a frozen list, for reconciling the printed roster. */
async function logChange(db: Db, campaign: GiftCampaignTable, change: Omit<GiftChangeTable, 'id' | 'campaign_id' | 'at'>, now: string): Promise<void> {
  if (campaign.status !== 'frozen') return;
  await db.insertInto('gift_change').values({ id: newId(), campaign_id: campaign.id, at: now, ...change }).execute();
}

/** Adds an eligible child by hand, with the reason; their gift is their group's or the campaign's. */
export async function addRecipient(db: Db, units: UnitCatalog, clock: Clock, input: ParsedInput<'gifts.addRecipient'>): Promise<RecipientRow> {
  const now = clock.now().toISOString();
  const reason = requireReason(input.reason);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const { row: campaign, gift } = await loadCampaign(trx, input.campaignId);
    const child = await trx.selectFrom('child').select(['id', 'status', 'birth_date', 'unit_id']).where('id', '=', input.childId).executeTakeFirst();
    if (!child) throw new AppFailure('errors.notFound');
    const existing = await trx
      .selectFrom('gift_recipient')
      .select('id')
      .where('campaign_id', '=', input.campaignId)
      .where('child_id', '=', input.childId)
      .executeTakeFirst();
    if (existing) throw new AppFailure('errors.recipientExists');
    if (!eligibleOn(child, campaign.start_date)) throw new AppFailure('errors.childNotEligible');
    const open = await openMemberships(trx, campaign.start_date, { childIds: [child.id] });
    const listing = listingOf(gift, open.get(child.id) ?? { groups: [], atRisk: [] });
    const priced = listedGift(gift, listing.groupCode);
    const proxy = (await proxyNames(trx, [child.id])).get(child.id) ?? null;
    await trx
      .insertInto('gift_recipient')
      .values({
        id,
        campaign_id: campaign.id,
        child_id: child.id,
        unit_id: child.unit_id,
        group_code: listing.groupCode,
        at_risk_code: listing.atRiskCode,
        proxy_name: proxy,
        cash: priced.cash,
        goods_value: priced.goodsValue,
        amount_source: priced.amountSource,
        origin: 'manual',
        included: 1,
        add_reason: reason,
        remove_reason: null,
        status: 'pending',
        delivered_on: null,
        received_by: null,
        delivery_note: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await logChange(trx, campaign, { recipient_id: id, kind: 'added', reason, old_amount: null, new_amount: priced.amount }, now);
    await recordAudit(trx, clock, { officeId: campaign.office_id, action: 'create', entity: 'gift_recipient', entityId: id });
  });
  return toRow(units, await recipient(db, id));
}

/** Takes a child off the list, with the reason; the row stays (struck through). Only before the gift is handed over. */
export async function removeRecipient(db: Db, units: UnitCatalog, clock: Clock, input: ParsedInput<'gifts.removeRecipient'>): Promise<RecipientRow> {
  const now = clock.now().toISOString();
  const reason = requireReason(input.reason);
  await db.transaction().execute(async (trx) => {
    const r = await recipient(trx, input.recipientId);
    if (r.included === 0) return;
    if (r.status !== 'pending') throw new AppFailure('errors.invalidInput', [{ path: 'recipientId', message: 'validation.alreadyDelivered' }]);
    const { row: campaign } = await loadCampaign(trx, r.campaign_id);
    await trx.updateTable('gift_recipient').set({ included: 0, remove_reason: reason, updated_at: now }).where('id', '=', r.id).execute();
    const amount = giftAmount({ cash: r.cash, goodsValue: r.goods_value });
    await logChange(trx, campaign, { recipient_id: r.id, kind: 'removed', reason, old_amount: amount, new_amount: null }, now);
    await recordAudit(trx, clock, { officeId: campaign.office_id, action: 'update', entity: 'gift_recipient', entityId: r.id });
  });
  return toRow(units, await recipient(db, input.recipientId));
}

/**
 * Puts a removed child back on the list. The child now stands there by hand (origin manual,
 * the reason kept), so that re-applying the rules does not drop them again.
 */
export async function restoreRecipient(db: Db, units: UnitCatalog, clock: Clock, input: ParsedInput<'gifts.restoreRecipient'>): Promise<RecipientRow> {
  const now = clock.now().toISOString();
  const reason = requireReason(input.reason);
  await db.transaction().execute(async (trx) => {
    const r = await recipient(trx, input.recipientId);
    if (r.included === 1) return;
    const { row: campaign } = await loadCampaign(trx, r.campaign_id);
    await trx
      .updateTable('gift_recipient')
      .set({ included: 1, remove_reason: null, origin: 'manual', add_reason: r.add_reason ?? reason, updated_at: now })
      .where('id', '=', r.id)
      .execute();
    const amount = giftAmount({ cash: r.cash, goodsValue: r.goods_value });
    await logChange(trx, campaign, { recipient_id: r.id, kind: 'restored', reason, old_amount: null, new_amount: amount }, now);
    await recordAudit(trx, clock, { officeId: campaign.office_id, action: 'update', entity: 'gift_recipient', entityId: r.id });
  });
  return toRow(units, await recipient(db, input.recipientId));
}

/**
 * Sets one child's own gift (or, with gift null, gives them their group's or the campaign's
 * again) and who receives it for them. On a frozen list a change of either needs a reason and is logged.
 */
export async function setRecipientGift(db: Db, units: UnitCatalog, clock: Clock, input: ParsedInput<'gifts.setRecipientGift'>): Promise<RecipientRow> {
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    const r = await recipient(trx, input.recipientId);
    const { row: campaign, gift } = await loadCampaign(trx, r.campaign_id);
    const own = { cash: r.cash, goodsValue: r.goods_value };
    const next = input.gift === null
      ? resolveGift(gift, { amountSource: 'campaign', groupCode: r.group_code, own })
      : resolveGift(gift, { amountSource: 'child', groupCode: r.group_code, own: input.gift });
    const giftChanged = next.cash !== r.cash || next.goodsValue !== r.goods_value;
    // Who signs for the child is column (7) of the printed roster: a change is logged too.
    const proxyChanged = (input.proxyName ?? null) !== (r.proxy_name ?? null);
    const reason = campaign.status === 'frozen' && (giftChanged || proxyChanged) ? requireReason(input.reason) : (input.reason ?? '');
    await trx
      .updateTable('gift_recipient')
      .set({ cash: next.cash, goods_value: next.goodsValue, amount_source: next.amountSource, proxy_name: input.proxyName, updated_at: now })
      .where('id', '=', r.id)
      .execute();
    if (giftChanged) {
      const change = { recipient_id: r.id, kind: 'amountChanged' as const, reason, old_amount: giftAmount(own), new_amount: next.amount };
      await logChange(trx, campaign, change, now);
    }
    if (proxyChanged) {
      await logChange(trx, campaign, { recipient_id: r.id, kind: 'proxyChanged', reason, old_amount: null, new_amount: null }, now);
    }
    await recordAudit(trx, clock, { officeId: campaign.office_id, action: 'update', entity: 'gift_recipient', entityId: r.id });
  });
  return toRow(units, await recipient(db, input.recipientId));
}

/** The changes made to a list after it was frozen, newest first. */
export async function listChanges(db: Db, units: UnitCatalog, campaignId: string): Promise<GiftChange[]> {
  await loadCampaign(db, campaignId);
  const rows = await db
    .selectFrom('gift_change as g')
    .innerJoin('gift_recipient as r', 'r.id', 'g.recipient_id')
    .innerJoin('child as c', 'c.id', 'r.child_id')
    .select(['g.id', 'g.at', 'g.kind', 'g.recipient_id', 'g.reason', 'g.old_amount', 'g.new_amount', 'c.full_name', 'r.unit_id'])
    .where('g.campaign_id', '=', campaignId)
    .orderBy('g.at', 'desc')
    .orderBy('g.id', 'desc')
    .execute();
  return rows.map((g) => ({
    id: g.id,
    at: g.at,
    kind: g.kind,
    recipientId: g.recipient_id,
    childName: g.full_name,
    unitName: units.unitName(g.unit_id) ?? '',
    reason: g.reason,
    oldAmount: g.old_amount,
    newAmount: g.new_amount,
  }));
}
