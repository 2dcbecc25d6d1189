import { type Kysely, sql } from 'kysely';

// Frozen: never edit a migration after it ships; add a new one instead.
// The register of children in special circumstances (DOMAIN.md §3–§4).

const circumstanceSeed = [
  ['a1', 'subgroup', 'a', 'Không có người chăm sóc', 'No carer'],
  ['a2', 'subgroup', 'a', 'Đang được chăm sóc tại cơ sở trợ giúp xã hội, cơ sở bảo vệ trẻ em', 'In a social-assistance or child-protection facility'],
  ['a3', 'subgroup', 'a', 'Đang sống cùng người thân thích', 'Living with relatives'],
  ['a4', 'subgroup', 'a', 'Đang được chăm sóc thay thế bởi người không phải người thân thích (trừ nhận con nuôi)', 'In alternative care with non-relatives (not adoption)'],
  ['b1', 'subgroup', 'b', 'Chưa được nhận chăm sóc thay thế', 'Not yet in alternative care'],
  ['b2', 'subgroup', 'b', 'Đang được chăm sóc thay thế', 'In alternative care'],
  ['c1', 'subgroup', 'c', 'Cha hoặc mẹ đã chết, người còn lại mất tích', 'One parent dead, the other missing'],
  ['c2', 'subgroup', 'c', 'Cha hoặc mẹ đã chết, người còn lại đang chấp hành án phạt tù', 'One parent dead, the other in prison'],
  ['c3', 'subgroup', 'c', 'Cha hoặc mẹ đã chết, người còn lại đang ở cơ sở cai nghiện, cơ sở giáo dục bắt buộc', 'One parent dead, the other in a rehabilitation or compulsory-education facility'],
  ['c4', 'subgroup', 'c', 'Cha hoặc mẹ đã chết, người còn lại không đủ năng lực, điều kiện chăm sóc', 'One parent dead, the other unable to care'],
  ['c5', 'subgroup', 'c', 'Cả cha và mẹ mất tích, chấp hành án phạt tù hoặc ở cơ sở cai nghiện, cơ sở giáo dục bắt buộc', 'Both parents missing, in prison or in a facility'],
  ['r1', 'atRisk', null, 'Sống trong gia đình có bạo lực', 'Living in a family with violence'],
  ['r2', 'atRisk', null, 'Cha mẹ ly hôn, ly thân hoặc đi làm ăn xa, không có người chăm sóc thường xuyên', 'Parents divorced, separated or working away, no regular carer'],
  ['r3', 'atRisk', null, 'Cha hoặc mẹ nghiện ma túy, đang chấp hành án phạt tù', 'A parent addicted to drugs or in prison'],
  ['r4', 'atRisk', null, 'Thuộc hộ nghèo, có nguy cơ bỏ học', 'Poor household, at risk of leaving school'],
  ['r5', 'atRisk', null, 'Lao động sớm, làm việc trong điều kiện nguy hiểm', 'Working early or in dangerous conditions'],
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('circumstance_option')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('subgroup', 'atRisk')`))
    .addColumn('group_code', 'text')
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  for (const [index, [code, kind, groupCode, nameVi, nameEn]] of circumstanceSeed.entries()) {
    await sql`insert into circumstance_option (code, kind, group_code, name_vi, name_en, sort_order, active)
      values (${code}, ${kind}, ${groupCode}, ${nameVi}, ${nameEn}, ${index + 1}, 1)`.execute(db);
  }

  await db.schema
    .createTable('child')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull().check(sql`sex in ('male', 'female')`))
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('ethnicity_list', 'text', (c) => c.notNull().check(sql`ethnicity_list in ('2008', '1979')`))
    .addColumn('ethnicity_code', 'text', (c) => c.notNull())
    .addColumn('personal_id', 'text')
    .addColumn('birth_certificate_no', 'text')
    .addColumn('health_insurance_no', 'text')
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('village', 'text')
    .addColumn('address_line', 'text')
    .addColumn('household_status', 'text', (c) => c.notNull())
    .addColumn('school_level', 'text', (c) => c.notNull())
    .addColumn('school_class', 'text')
    .addColumn('health_notes', 'text')
    .addColumn('disability_notes', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'atRisk', 'left')`))
    .addColumn('left_reason', 'text')
    .addColumn('left_date', 'text')
    .addColumn('left_note', 'text')
    // Derived, kept by the service: folded name for duplicates, a byte-comparable key for
    // Vietnamese list order, and folded name + IDs + guardian names for search.
    .addColumn('folded_name', 'text', (c) => c.notNull())
    .addColumn('sort_key', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create unique index child_personal_id on child (office_id, personal_id) where personal_id is not null`.execute(db);
  // The list shows every record in the file (a province holds many offices'), so the orders
  // lead with their sort column; the row id that SQLite appends breaks ties.
  await db.schema.createIndex('child_sort').on('child').columns(['sort_key']).execute();
  await db.schema.createIndex('child_status').on('child').columns(['status', 'sort_key']).execute();
  await db.schema.createIndex('child_unit').on('child').columns(['unit_id', 'sort_key']).execute();
  // Also holds the list's other filter columns and sort keys, so that counting and sorting a
  // filtered list can read this index alone (ages are birth-date ranges), not the wide rows.
  await db.schema
    .createIndex('child_birth')
    .on('child')
    .columns(['birth_date', 'sort_key', 'status', 'sex', 'unit_id', 'household_status', 'ethnicity_code', 'created_at'])
    .execute();
  await db.schema.createIndex('child_created').on('child').columns(['created_at']).execute();
  await db.schema.createIndex('child_folded_name').on('child').columns(['folded_name', 'birth_date']).execute();

  // Search over child.search_text: a trigram index that reads its text from the child row
  // (external content) and is kept in step by triggers, whoever writes the row. The service
  // writes each word as '^^' + word (so a one- or two-letter search is the trigram '^^x' or
  // '^xy', the start of a word) followed, for words of letters, by the word's three-character
  // token from search_word (so a common word such as "nguyen" is one trigram's list, not four).
  await sql`create virtual table child_search using fts5(
    search_text, content = 'child', content_rowid = 'rowid', tokenize = 'trigram case_sensitive 1'
  )`.execute(db);
  await sql`create trigger child_search_insert after insert on child begin
    insert into child_search (rowid, search_text) values (new.rowid, new.search_text);
  end`.execute(db);
  await sql`create trigger child_search_delete after delete on child begin
    insert into child_search (child_search, rowid, search_text) values ('delete', old.rowid, old.search_text);
  end`.execute(db);
  await sql`create trigger child_search_update after update of search_text on child begin
    insert into child_search (child_search, rowid, search_text) values ('delete', old.rowid, old.search_text);
    insert into child_search (rowid, search_text) values (new.rowid, new.search_text);
  end`.execute(db);

  await db.schema
    .createTable('guardian')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id'))
    .addColumn('child_id', 'text', (c) => c.notNull().references('child.id').onDelete('cascade'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('folded_name', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('personal_id', 'text')
    .addColumn('lives_with_child', 'integer', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('guardian_child').on('guardian').columns(['child_id', 'sort_order']).execute();
  await db.schema.createIndex('guardian_folded_name').on('guardian').columns(['folded_name']).execute();
  await db.schema.createIndex('guardian_personal_id').on('guardian').columns(['personal_id']).execute();

  await db.schema
    .createTable('membership')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id'))
    .addColumn('child_id', 'text', (c) => c.notNull().references('child.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('group', 'atRisk')`))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('subgroup_code', 'text')
    .addColumn('start_date', 'text', (c) => c.notNull())
    // The day the membership ended (the child is no longer in the group on that day).
    .addColumn('end_date', 'text')
    .addColumn('end_reason', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('membership_period', sql`end_date is null or end_date >= start_date`)
    .addCheckConstraint('membership_end', sql`(end_date is null) = (end_reason is null)`)
    .execute();
  await db.schema.createIndex('membership_child').on('membership').columns(['child_id', 'start_date']).execute();
  await db.schema.createIndex('membership_code').on('membership').columns(['kind', 'code', 'start_date']).execute();

  await db.schema
    .createTable('visit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id'))
    .addColumn('child_id', 'text', (c) => c.notNull().references('child.id').onDelete('cascade'))
    .addColumn('visit_date', 'text', (c) => c.notNull())
    .addColumn('visitor', 'text', (c) => c.notNull())
    .addColumn('health', 'text')
    .addColumn('schooling', 'text')
    .addColumn('needs', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visit_child').on('visit').columns(['child_id', 'visit_date']).execute();

  // "Not a duplicate" decisions, remembered per pair (ids stored in sorted order).
  await db.schema
    .createTable('duplicate_decision')
    .addColumn('child_a', 'text', (c) => c.notNull().references('child.id').onDelete('cascade'))
    .addColumn('child_b', 'text', (c) => c.notNull().references('child.id').onDelete('cascade'))
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('duplicate_decision_pk', ['child_a', 'child_b'])
    .addCheckConstraint('duplicate_decision_order', sql`child_a < child_b`)
    .execute();

  // Every word of letters ever written to search_text, with its token: three private-use
  // characters (U+E000–U+E0FF), given in order and never reused.
  await db.schema
    .createTable('search_word')
    .addColumn('word', 'text', (c) => c.primaryKey())
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .modifyEnd(sql`without rowid`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table child_search`.execute(db);
  for (const table of ['search_word', 'duplicate_decision', 'visit', 'membership', 'guardian', 'child', 'circumstance_option']) {
    await db.schema.dropTable(table).execute();
  }
}
