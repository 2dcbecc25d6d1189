import { sql, type Kysely, type Transaction } from 'kysely';
import { deliveredStatuses, type DeliveryStatus } from '../../../shared/codes/gifts';
import type { ParsedInput } from '../../../shared/contract';
import type { Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import { recordAudit } from '../audit';
import { chunks } from '../children/rows';

/**
 * What happened at the visit: each child received the gift, a guardian took it, the child was
 * absent or refused it. Recorded on a frozen list only: the printed, signed roster is what the
 * delivery is checked against.
 */

type Db = Kysely<Database> | Transaction<Database>;

async function frozenCampaign(db: Db, id: string): Promise<{ id: string; office_id: string }> {
  const campaign = await db.selectFrom('gift_campaign').select(['id', 'office_id', 'status']).where('id', '=', id).executeTakeFirst();
  if (!campaign) throw new AppFailure('errors.notFound');
  if (campaign.status !== 'frozen') throw new AppFailure('errors.campaignNotFrozen');
  return campaign;
}

/** Only a guardian's taking the gift names who took it. */
const receiver = (status: DeliveryStatus, receivedBy: string | null): string | null => (status === 'receivedByGuardian' ? receivedBy : null);

/**
 * Keeps child.last_gift_on (the register's "no gift in the last 12 months") in step with the
 * gifts handed over to the children of these campaigns, in the same transaction as the marks.
 */
async function refreshLastGift(trx: Transaction<Database>, campaignIds: readonly string[]): Promise<void> {
  await sql`update child set last_gift_on = (select max(r.delivered_on) from gift_recipient r
      where r.child_id = child.id and r.status in (${sql.join(deliveredStatuses)}) and r.included = 1)
    where child.id in (select child_id from gift_recipient where campaign_id in (${sql.join([...campaignIds])}))`.execute(trx);
}

async function auditDelivery(trx: Transaction<Database>, clock: Clock, campaign: { id: string; office_id: string }): Promise<void> {
  await recordAudit(trx, clock, { officeId: campaign.office_id, action: 'update', entity: 'gift_campaign', entityId: campaign.id });
}

/** Sets one status (and the day) on the given children of the list; 'pending' undoes a mark. */
export async function markDelivery(db: Kysely<Database>, clock: Clock, input: ParsedInput<'gifts.markDelivery'>): Promise<{ updated: number }> {
  if (input.status !== 'pending' && input.date === null) throw new AppFailure('errors.invalidInput', [{ path: 'date', message: 'validation.required' }]);
  const ids = [...new Set(input.recipientIds)];
  const now = clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    const found = [];
    for (const part of chunks(ids, 5_000)) {
      found.push(...(await trx.selectFrom('gift_recipient').select(['id', 'campaign_id', 'included']).where('id', 'in', part).execute()));
    }
    if (found.length !== ids.length) throw new AppFailure('errors.notFound');
    const campaigns = [];
    for (const campaignId of new Set(found.map((r) => r.campaign_id))) campaigns.push(await frozenCampaign(trx, campaignId));
    // A child taken off the list has nothing to receive; the mark applies to those on it.
    const targets = found.filter((r) => r.included === 1).map((r) => r.id);
    for (const part of chunks(targets, 5_000)) {
      await trx
        .updateTable('gift_recipient')
        .set({
          status: input.status,
          delivered_on: input.status === 'pending' ? null : input.date,
          received_by: receiver(input.status, input.receivedBy),
          delivery_note: input.note,
          updated_at: now,
        })
        .where('id', 'in', part)
        .execute();
    }
    await refreshLastGift(trx, campaigns.map((c) => c.id));
    for (const campaign of campaigns) await auditDelivery(trx, clock, campaign);
    return { updated: targets.length };
  });
}

/**
 * "All received on this day", for one unit or the whole area: every child still pending is
 * marked received, then the exceptions (a guardian took it, absent, refused) are recorded.
 */
export async function markAllReceived(db: Kysely<Database>, clock: Clock, input: ParsedInput<'gifts.markAllReceived'>): Promise<{ updated: number }> {
  const exceptions = new Map(input.exceptions.map((e) => [e.recipientId, e]));
  const exceptionIds = [...exceptions.keys()];
  const now = clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    const campaign = await frozenCampaign(trx, input.campaignId);
    let known = 0;
    // An exception is one of the children the day covers: on the list, in the unit asked, and
    // not marked yet (a child of another commune is not "all received" here).
    for (const part of chunks(exceptionIds, 5_000)) {
      let exceptionQuery = trx
        .selectFrom('gift_recipient')
        .select('id')
        .where('campaign_id', '=', campaign.id)
        .where('included', '=', 1)
        .where('status', '=', 'pending')
        .where('id', 'in', part);
      if (input.unitId !== null) {
        const unitId = input.unitId;
        exceptionQuery = exceptionQuery.where('unit_id', '=', unitId);
      }
      known += (await exceptionQuery.execute()).length;
    }
    if (known !== exceptionIds.length) throw new AppFailure('errors.notFound');

    let bulk = trx
      .updateTable('gift_recipient')
      .set({ status: 'received', delivered_on: input.date, received_by: null, updated_at: now })
      .where('campaign_id', '=', campaign.id)
      .where('included', '=', 1)
      .where('status', '=', 'pending');
    if (input.unitId !== null) {
      const unitId = input.unitId;
      bulk = bulk.where('unit_id', '=', unitId);
    }
    if (exceptionIds.length > 0) bulk = bulk.where('id', 'not in', exceptionIds);
    const marked = Number((await bulk.executeTakeFirst()).numUpdatedRows);

    for (const exception of exceptions.values()) {
      await trx
        .updateTable('gift_recipient')
        .set({
          status: exception.status,
          delivered_on: input.date,
          received_by: receiver(exception.status, exception.receivedBy),
          delivery_note: exception.note,
          updated_at: now,
        })
        .where('id', '=', exception.recipientId)
        .execute();
    }
    await refreshLastGift(trx, [campaign.id]);
    await auditDelivery(trx, clock, campaign);
    return { updated: marked + exceptionIds.length };
  });
}
