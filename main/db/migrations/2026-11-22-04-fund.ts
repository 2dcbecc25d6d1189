import { type Kysely, sql } from 'kysely';

// Frozen: never edit a migration after it ships; add a new one instead.
// The Child Fund (DOMAIN.md §6): donors, receipts, support for children, and its ledger.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('fund_donor')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    // Folded name (no case, no accents): search, and the transparency list's order.
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('agency', 'organisation', 'business', 'individual')`))
    .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin in ('domestic', 'international')`))
    .addColumn('anonymous', 'integer', (c) => c.notNull().check(sql`anonymous in (0, 1)`))
    .addColumn('contact_person', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('address', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fund_donor_name').on('fund_donor').columns(['name_key']).execute();

  // A receipt is posted when it is written; it is never edited, only cancelled by a reversal.
  await db.schema
    .createTable('fund_receipt')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id'))
    .addColumn('receipt_no', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('donor_id', 'text', (c) => c.notNull().references('fund_donor.id'))
    // The donor's kind and origin the day the receipt was written (set by a trigger below): the
    // statement groups by them, so editing a donor later does not rewrite a closed statement.
    .addColumn('donor_kind', 'text', (c) => c.check(sql`donor_kind in ('agency', 'organisation', 'business', 'individual')`))
    .addColumn('donor_origin', 'text', (c) => c.check(sql`donor_origin in ('domestic', 'international')`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('cash', 'inKind')`))
    // Cash: the amount; in kind: the goods' estimated value.
    .addColumn('amount', 'integer', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('goods_description', 'text')
    .addColumn('goods_quantity', 'real')
    .addColumn('goods_unit', 'text')
    .addColumn('earmark_kind', 'text', (c) => c.notNull().check(sql`earmark_kind in ('none', 'purpose', 'unit', 'child')`))
    .addColumn('earmark_purpose', 'text')
    .addColumn('earmark_unit_id', 'text')
    .addColumn('earmark_child_id', 'text', (c) => c.references('child.id'))
    // The pot the earmark names (see shared/codes/fund.ts potKey).
    .addColumn('pot', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('cancelled_on', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('fund_receipt_number', ['office_id', 'receipt_no'])
    .addCheckConstraint('fund_receipt_goods', sql`kind = 'cash' or (goods_description is not null and goods_quantity > 0)`)
    .addCheckConstraint('fund_receipt_cancel', sql`(cancelled_on is null) = (cancel_reason is null)`)
    .addCheckConstraint(
      'fund_receipt_earmark',
      sql`(earmark_kind = 'purpose') = (earmark_purpose is not null)
        and (earmark_kind = 'unit') = (earmark_unit_id is not null)
        and (earmark_kind = 'child') = (earmark_child_id is not null)`,
    )
    .execute();
  await db.schema.createIndex('fund_receipt_received').on('fund_receipt').columns(['received_on']).execute();
  await db.schema.createIndex('fund_receipt_donor').on('fund_receipt').columns(['donor_id', 'received_on']).execute();
  await db.schema.createIndex('fund_receipt_child').on('fund_receipt').columns(['earmark_child_id']).execute();

  // Support for one child: proposal → approved → done (or rejected / cancelled).
  await db.schema
    .createTable('fund_support')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id'))
    .addColumn('child_id', 'text', (c) => c.notNull().references('child.id'))
    // The child's commune when proposed, set again when done: where the case is counted.
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) =>
      c.notNull().check(sql`type in ('heartSurgery', 'cleftSurgery', 'otherSurgery', 'longTermTreatment', 'scholarship', 'emergency')`),
    )
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('proposed', 'approved', 'done', 'rejected', 'cancelled')`))
    .addColumn('proposed_on', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text')
    .addColumn('diagnosis', 'text')
    .addColumn('estimated_cost', 'integer', (c) => c.notNull().check(sql`estimated_cost >= 0`))
    .addColumn('proposal_note', 'text')
    .addColumn('decision_no', 'text')
    .addColumn('decision_date', 'text')
    .addColumn('approved_amount', 'integer', (c) => c.check(sql`approved_amount > 0`))
    .addColumn('hospital', 'text')
    .addColumn('done_on', 'text')
    .addColumn('paid_on', 'text')
    .addColumn('cost_fund', 'integer', (c) => c.check(sql`cost_fund >= 0`))
    .addColumn('cost_insurance', 'integer', (c) => c.check(sql`cost_insurance >= 0`))
    .addColumn('cost_cofunders', 'integer', (c) => c.check(sql`cost_cofunders >= 0`))
    .addColumn('cofunder_names', 'text')
    .addColumn('cost_family', 'integer', (c) => c.check(sql`cost_family >= 0`))
    .addColumn('done_note', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('closed_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'fund_support_decision',
      sql`status not in ('approved', 'done') or (decision_no is not null and decision_date is not null and approved_amount is not null)`,
    )
    .addCheckConstraint(
      'fund_support_done',
      sql`(status = 'done') = (done_on is not null and paid_on is not null and cost_fund is not null
        and cost_insurance is not null and cost_cofunders is not null and cost_family is not null)`,
    )
    .addCheckConstraint('fund_support_closed', sql`(status in ('rejected', 'cancelled')) = (closed_reason is not null and closed_on is not null)`)
    .execute();
  await db.schema.createIndex('fund_support_child').on('fund_support').columns(['child_id', 'proposed_on']).execute();
  await db.schema.createIndex('fund_support_status').on('fund_support').columns(['status', 'type', 'proposed_on']).execute();

  // The case's history: each step with its day and text, and the follow-up notes.
  await db.schema
    .createTable('fund_support_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('support_id', 'text', (c) => c.notNull().references('fund_support.id'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('proposed', 'proposalEdited', 'approved', 'approvalAmended', 'done', 'reopened', 'rejected', 'cancelled', 'followUp')`),
    )
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text')
    .addColumn('text', 'text')
    .execute();
  await db.schema.createIndex('fund_support_event_support').on('fund_support_event').columns(['support_id', 'at']).execute();

  // Scanned documents. The file itself is <data folder>/attachments/<sha256>; main opens it.
  await db.schema
    .createTable('fund_attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('support_id', 'text', (c) => c.notNull().references('fund_support.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('proposal', 'decision', 'invoice', 'other')`))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull().check(sql`mime_type in ('application/pdf', 'image/jpeg', 'image/png')`))
    .addColumn('size', 'integer', (c) => c.notNull().check(sql`size > 0`))
    .addColumn('sha256', 'text', (c) => c.notNull().check(sql`length(sha256) = 64`))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fund_attachment_support').on('fund_attachment').columns(['support_id']).execute();
  await db.schema.createIndex('fund_attachment_hash').on('fund_attachment').columns(['sha256']).execute();

  // The ledger: postings (numbered in the order made) and their entries, both append-only.
  await db.schema
    .createTable('fund_posting')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id'))
    .addColumn('seq', 'integer', (c) => c.notNull().unique())
    .addColumn('posted_on', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) =>
      c.notNull().check(sql`source in ('receipt', 'supportPayment', 'campaignPayment', 'goodsIssue', 'reversal')`),
    )
    .addColumn('receipt_id', 'text', (c) => c.references('fund_receipt.id'))
    .addColumn('support_id', 'text', (c) => c.references('fund_support.id'))
    .addColumn('campaign_id', 'text', (c) => c.references('gift_campaign.id'))
    // A reversal names the posting it negates; each posting can be reversed once.
    .addColumn('reverses_id', 'text', (c) => c.references('fund_posting.id').unique())
    .addColumn('reason', 'text')
    // Set when the posting took the fund below zero: the explicit, logged override, and how far
    // below what the general fund could give it went (đồng).
    .addColumn('override_reason', 'text')
    .addColumn('overdrawn', 'integer', (c) => c.notNull().defaultTo(0).check(sql`overdrawn >= 0`))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('fund_posting_override', sql`(override_reason is null) = (overdrawn = 0)`)
    .addCheckConstraint('fund_posting_reversal', sql`(source = 'reversal') = (reverses_id is not null and reason is not null)`)
    .addCheckConstraint('fund_posting_receipt', sql`source <> 'receipt' or receipt_id is not null`)
    .addCheckConstraint('fund_posting_support', sql`source <> 'supportPayment' or support_id is not null`)
    .addCheckConstraint('fund_posting_campaign', sql`source not in ('campaignPayment', 'goodsIssue') or campaign_id is not null`)
    .execute();
  await db.schema.createIndex('fund_posting_date').on('fund_posting').columns(['posted_on', 'seq']).execute();
  await db.schema.createIndex('fund_posting_receipt').on('fund_posting').columns(['receipt_id']).execute();
  await db.schema.createIndex('fund_posting_support').on('fund_posting').columns(['support_id']).execute();
  await db.schema.createIndex('fund_posting_campaign').on('fund_posting').columns(['campaign_id']).execute();

  await db.schema
    .createTable('fund_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('posting_id', 'text', (c) => c.notNull().references('fund_posting.id'))
    .addColumn('asset', 'text', (c) => c.notNull().check(sql`asset in ('cash', 'goods')`))
    .addColumn('pot', 'text', (c) => c.notNull())
    // Goods: the in-kind receipt they came with, and how many (signed like the amount).
    .addColumn('lot_receipt_id', 'text', (c) => c.references('fund_receipt.id'))
    .addColumn('quantity', 'real')
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addCheckConstraint('fund_entry_goods', sql`(asset = 'goods') = (lot_receipt_id is not null and quantity is not null)`)
    .execute();
  await db.schema.createIndex('fund_entry_posting').on('fund_entry').columns(['posting_id']).execute();
  await db.schema.createIndex('fund_entry_pot').on('fund_entry').columns(['asset', 'pot', 'posting_id', 'amount']).execute();
  await db.schema.createIndex('fund_entry_lot').on('fund_entry').columns(['lot_receipt_id']).execute();

  // Closed months ("2026-10") and years ("2026"). Closing is final.
  await db.schema
    .createTable('fund_period_close')
    .addColumn('period', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id'))
    .addColumn('closed_at', 'text', (c) => c.notNull())
    .execute();

  // The database itself refuses to change posted entries or write into a closed period, so
  // that no code path (nor a future bug) can: corrections are reversing postings.
  for (const table of ['fund_posting', 'fund_entry', 'fund_period_close']) {
    for (const event of ['update', 'delete']) {
      await sql
        .raw(
          `create trigger ${table}_no_${event} before ${event} on ${table}
           begin select raise(abort, '${table} is append-only'); end`,
        )
        .execute(db);
    }
  }
  // Closing a period closes the books up to its end: nothing dated on or before the end of any
  // closed period (shared/codes/fund.ts periodEnd; "2026-10-31" covers every October day).
  const closedThrough = (day: string) =>
    `exists (select 1 from fund_period_close
      where ${day} <= case when length(period) = 4 then period || '-12-31' else period || '-31' end)`;
  await sql
    .raw(
      `create trigger fund_posting_closed_period before insert on fund_posting
       when ${closedThrough('new.posted_on')}
       begin select raise(abort, 'fund period closed'); end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger fund_entry_closed_period before insert on fund_entry
       when ${closedThrough('(select posted_on from fund_posting where id = new.posting_id)')}
       begin select raise(abort, 'fund period closed'); end`,
    )
    .execute(db);

  await sql`
    create trigger fund_receipt_donor_snapshot after insert on fund_receipt
    when new.donor_kind is null or new.donor_origin is null
    begin
      update fund_receipt
      set donor_kind = coalesce(new.donor_kind, (select kind from fund_donor where id = new.donor_id)),
        donor_origin = coalesce(new.donor_origin, (select origin from fund_donor where id = new.donor_id))
      where id = new.id;
    end
  `.execute(db);
  await sql`
    create trigger fund_receipt_donor_fixed before update of donor_kind, donor_origin on fund_receipt
    when old.donor_kind is not null and (new.donor_kind is not old.donor_kind or new.donor_origin is not old.donor_origin)
    begin select raise(abort, 'fund_receipt keeps its donor as received'); end
  `.execute(db);
}
