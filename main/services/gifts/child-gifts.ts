import type { Kysely } from 'kysely';
import type { ChildGift } from '../../../shared/gifts';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';

/**
 * A child's gift history for their record: every campaign whose list they were on, newest
 * first, including those they were taken off (included false) so the record shows why not.
 */
export async function childGifts(db: Kysely<Database>, childId: string): Promise<ChildGift[]> {
  const child = await db.selectFrom('child').select('id').where('id', '=', childId).executeTakeFirst();
  if (!child) throw new AppFailure('errors.notFound');
  const rows = await db
    .selectFrom('gift_recipient as r')
    .innerJoin('gift_campaign as g', 'g.id', 'r.campaign_id')
    .select([
      'r.id',
      'r.cash',
      'r.goods_value',
      'r.included',
      'r.status',
      'r.delivered_on',
      'g.id as campaign_id',
      'g.name',
      'g.occasion',
      'g.year',
      'g.start_date',
      'g.goods_description',
      'g.goods_value_per_child',
    ])
    .where('r.child_id', '=', childId)
    .orderBy('g.start_date', 'desc')
    .orderBy('g.created_at', 'desc')
    .execute();
  if (rows.length === 0) return [];
  const funding = await db
    .selectFrom('gift_funding')
    .select(['campaign_id', 'kind', 'sponsor_name'])
    .where('campaign_id', 'in', [...new Set(rows.map((r) => r.campaign_id))])
    .orderBy('campaign_id')
    .orderBy('sort_order')
    .execute();
  const sources = new Map<string, ChildGift['sources']>();
  for (const source of funding) {
    const list = sources.get(source.campaign_id) ?? [];
    list.push({ kind: source.kind, sponsorName: source.sponsor_name });
    sources.set(source.campaign_id, list);
  }
  return rows.map((row) => ({
    recipientId: row.id,
    campaignId: row.campaign_id,
    campaignName: row.name,
    occasion: row.occasion,
    year: row.year,
    startDate: row.start_date,
    amount: row.cash + row.goods_value,
    cash: row.cash,
    goodsValue: row.goods_value,
    // The campaign describes its goods; a child whose own gift left out valued goods got none.
    goodsDescription: row.goods_value > 0 || row.goods_value_per_child === 0 ? row.goods_description : null,
    sources: sources.get(row.campaign_id) ?? [],
    included: row.included === 1,
    status: row.status,
    deliveredOn: row.delivered_on,
  }));
}
