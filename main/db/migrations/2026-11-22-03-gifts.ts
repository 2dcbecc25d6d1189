import { type Kysely, sql } from 'kysely';

// Frozen: never edit a migration after it ships; add a new one instead.
// Holiday gift visits and their signed rosters (DOMAIN.md §5).

export async function up(db: Kysely<unknown>): Promise<void> {
  // Selecting recipients reads every child's memberships open on a day: an index that holds
  // the whole test (dates, kind, code) answers it without reading the membership rows. It
  // serves everything membership_child did, which it replaces.
  await db.schema
    .createIndex('membership_open')
    .on('membership')
    .columns(['child_id', 'start_date', 'end_date', 'kind', 'code'])
    .execute();
  await db.schema.dropIndex('membership_child').execute();
  // "In one of these groups that day": membership_code with the end date and the child, so
  // that the children of a group are read from the index alone.
  await db.schema.dropIndex('membership_code').execute();
  await db.schema
    .createIndex('membership_code')
    .on('membership')
    .columns(['kind', 'code', 'start_date', 'end_date', 'child_id'])
    .execute();
  // The rules' tests on a child (status, birth date, unit, household) and the child's id:
  // selection reads this small index instead of the wide rows.
  await db.schema
    .createIndex('child_select')
    .on('child')
    .columns(['id', 'status', 'birth_date', 'unit_id', 'household_status'])
    .execute();
  // The day the child was last handed a gift (to them or a guardian), kept by the delivery
  // service: the register's "no gift in the last 12 months" reads it instead of the gifts.
  await db.schema.alterTable('child').addColumn('last_gift_on', 'text').execute();
  // The register's list filters, now with that day and the child's id, so that the filter is
  // answered from the index and not the wide rows.
  await db.schema.dropIndex('child_birth').execute();
  await db.schema
    .createIndex('child_birth')
    .on('child')
    .columns(['birth_date', 'sort_key', 'status', 'sex', 'unit_id', 'household_status', 'ethnicity_code', 'created_at', 'last_gift_on', 'id'])
    .execute();

  await db.schema
    .createTable('gift_campaign')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('occasion', 'text', (c) =>
      c.notNull().check(sql`occasion in ('tet', 'childrenDay', 'midAutumn', 'schoolYear', 'disaster', 'other')`),
    )
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('cash_per_child', 'integer', (c) => c.notNull().check(sql`cash_per_child >= 0`))
    .addColumn('goods_description', 'text')
    .addColumn('goods_value_per_child', 'integer', (c) => c.notNull().check(sql`goods_value_per_child >= 0`))
    .addColumn('note', 'text')
    // The selection rules last applied, as JSON (SelectionRules); null before the first selection.
    .addColumn('rules', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'frozen')`))
    .addColumn('frozen_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('gift_campaign_period', sql`end_date >= start_date`)
    .addCheckConstraint('gift_campaign_frozen', sql`(status = 'frozen') = (frozen_at is not null)`)
    .execute();
  await db.schema.createIndex('gift_campaign_start').on('gift_campaign').columns(['start_date']).execute();

  // The sources that pay for a campaign, each with its share in đồng; the budget is their sum.
  await db.schema
    .createTable('gift_funding')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('gift_campaign.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('childFund', 'stateBudget', 'sponsor')`))
    .addColumn('sponsor_name', 'text')
    // Folded sponsor name, so that "the same source" matches whatever the case and accents.
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount >= 0`))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addCheckConstraint('gift_funding_sponsor', sql`(kind = 'sponsor') = (sponsor_name is not null)`)
    .execute();
  await db.schema.createIndex('gift_funding_campaign').on('gift_funding').columns(['campaign_id', 'sort_order']).execute();
  await db.schema.createIndex('gift_funding_source').on('gift_funding').columns(['source_key', 'campaign_id']).execute();

  // A different gift for the children of one legal group.
  await db.schema
    .createTable('gift_group_rate')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('gift_campaign.id').onDelete('cascade'))
    .addColumn('group_code', 'text', (c) => c.notNull())
    .addColumn('cash', 'integer', (c) => c.notNull().check(sql`cash >= 0`))
    .addColumn('goods_value', 'integer', (c) => c.notNull().check(sql`goods_value >= 0`))
    .addPrimaryKeyConstraint('gift_group_rate_pk', ['campaign_id', 'group_code'])
    .execute();

  // A child on a campaign's list. Name, birth date and address are read from the child's
  // record; the gift and what happened at the visit are the campaign's own.
  await db.schema
    .createTable('gift_recipient')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('gift_campaign.id').onDelete('cascade'))
    .addColumn('child_id', 'text', (c) => c.notNull().references('child.id'))
    // The unit the child lived in when listed, set again when the list is frozen: the commune
    // whose roster they are printed on, even if they move after the roster is printed.
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('group_code', 'text')
    .addColumn('at_risk_code', 'text')
    .addColumn('proxy_name', 'text')
    .addColumn('cash', 'integer', (c) => c.notNull().check(sql`cash >= 0`))
    .addColumn('goods_value', 'integer', (c) => c.notNull().check(sql`goods_value >= 0`))
    .addColumn('amount_source', 'text', (c) => c.notNull().check(sql`amount_source in ('campaign', 'group', 'child')`))
    .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin in ('rule', 'manual')`))
    .addColumn('included', 'integer', (c) => c.notNull().check(sql`included in (0, 1)`))
    .addColumn('add_reason', 'text')
    .addColumn('remove_reason', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('pending', 'received', 'receivedByGuardian', 'absent', 'refused')`),
    )
    .addColumn('delivered_on', 'text')
    .addColumn('received_by', 'text')
    .addColumn('delivery_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('gift_recipient_child', ['campaign_id', 'child_id'])
    .addCheckConstraint('gift_recipient_delivery', sql`(status = 'pending') = (delivered_on is null)`)
    .addCheckConstraint('gift_recipient_removed', sql`included = 1 or (remove_reason is not null and status = 'pending')`)
    .execute();
  // A campaign's children by what happened at the visit: "no gift from the same source in the
  // last N months" reads the other campaigns' handed-over gifts from this index alone.
  await db.schema
    .createIndex('gift_recipient_campaign_status')
    .on('gift_recipient')
    .columns(['campaign_id', 'status', 'delivered_on', 'child_id'])
    .execute();
  await db.schema.createIndex('gift_recipient_campaign_unit').on('gift_recipient').columns(['campaign_id', 'unit_id']).execute();
  // The register's "no gift in the last 12 months" and the child's history read by child.
  await db.schema.createIndex('gift_recipient_child_status').on('gift_recipient').columns(['child_id', 'status', 'delivered_on']).execute();

  // Changes to a list after it was frozen for printing.
  await db.schema
    .createTable('gift_change')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('gift_campaign.id').onDelete('cascade'))
    .addColumn('recipient_id', 'text', (c) => c.notNull().references('gift_recipient.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('added', 'removed', 'restored', 'amountChanged', 'proxyChanged')`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('old_amount', 'integer')
    .addColumn('new_amount', 'integer')
    .execute();
  await db.schema.createIndex('gift_change_campaign').on('gift_change').columns(['campaign_id', 'at']).execute();
}
