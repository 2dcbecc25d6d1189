import { type Kysely, sql } from 'kysely';

// Frozen: never edit a migration after it ships; add a new one instead.
// Community models rolled out commune by commune (DOMAIN.md §7).

const shippedModels = ['safeHome', 'childFriendly', 'communityProtection', 'childrenClub', 'schoolCounselling', 'floodChildcare'];

/**
 * QĐ 548/QĐ-LĐTBXH's 33 safe-home criteria in its 6 areas. Their wording and which 15 are
 * mandatory could not be established from a public source here, so the office types them from
 * the decision (Mô hình → Ngôi nhà an toàn → Tiêu chí); the recognition rule reads only the
 * mandatory flags, and refuses to recognise anyone until exactly 15 are marked.
 */
const safeHomeAreaSizes: [string, number][] = [
  ['surroundings', 6],
  ['rooms', 6],
  ['kitchen', 6],
  ['electricity', 5],
  ['stairs', 5],
  ['householdItems', 5],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('model_type')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Null for the shipped models, which every office has.
    .addColumn('office_id', 'text', (c) => c.references('office.id'))
    .addColumn('builtin', 'text', (c) => c.unique())
    .addColumn('name', 'text')
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0).check(sql`archived in (0, 1)`))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('model_type_named', sql`(builtin is null) = (name is not null)`)
    .execute();
  const now = new Date().toISOString();
  await db
    .insertInto('model_type' as never)
    .values(shippedModels.map((code, index) => ({ id: code, office_id: null, builtin: code, name: null, archived: 0, sort_order: index, created_at: now })) as never)
    .execute();

  await db.schema
    .createTable('model_rollout')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id'))
    .addColumn('model_type_id', 'text', (c) => c.notNull().references('model_type.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('notStarted', 'planned', 'pilot', 'active', 'recognised', 'stopped')`),
    )
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('decision_no', 'text')
    .addColumn('person_in_charge', 'text')
    .addColumn('budget', 'integer', (c) => c.check(sql`budget >= 0`))
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('model_rollout_one', ['model_type_id', 'unit_id', 'year'])
    .execute();
  await db.schema.createIndex('model_rollout_year').on('model_rollout').columns(['year', 'model_type_id', 'status', 'unit_id']).execute();

  // Each save of a rollout: the fields that changed, from what to what (JSON).
  await db.schema
    .createTable('model_rollout_change')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rollout_id', 'text', (c) => c.notNull().references('model_rollout.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('created', 'updated')`))
    .addColumn('changes', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('model_rollout_change_rollout').on('model_rollout_change').columns(['rollout_id', 'at']).execute();

  await db.schema
    .createTable('model_target')
    .addColumn('model_type_id', 'text', (c) => c.notNull().references('model_type.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id'))
    .addColumn('target_communes', 'integer', (c) => c.notNull().check(sql`target_communes >= 0`))
    .addPrimaryKeyConstraint('model_target_pk', ['model_type_id', 'year'])
    .execute();

  await db.schema
    .createTable('safe_home_criterion')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('area', 'text', (c) =>
      c.notNull().check(sql`area in ('surroundings', 'rooms', 'kitchen', 'electricity', 'stairs', 'householdItems')`),
    )
    .addColumn('number', 'integer', (c) => c.notNull().unique())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('mandatory', 'integer', (c) => c.notNull().check(sql`mandatory in (0, 1)`))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  let number = 0;
  const criteria = safeHomeAreaSizes.flatMap(([area, size]) =>
    Array.from({ length: size }, () => {
      number += 1;
      const id = `c${String(number).padStart(2, '0')}`;
      return { id, area, number, text: `Tiêu chí ${number}`, mandatory: 0, updated_at: now };
    }),
  );
  await db.insertInto('safe_home_criterion' as never).values(criteria as never).execute();

  await db.schema
    .createTable('safe_home_assessment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('assessed_on', 'text', (c) => c.notNull())
    .addColumn('household_head', 'text', (c) => c.notNull())
    .addColumn('village', 'text')
    .addColumn('address', 'text')
    // JSON array of the criterion ids the household meets.
    .addColumn('met_criteria', 'text', (c) => c.notNull())
    .addColumn('child_injured', 'integer', (c) => c.notNull().check(sql`child_injured in (0, 1)`))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('safe_home_assessment_year').on('safe_home_assessment').columns(['year', 'unit_id']).execute();

  // Registered children who live in an assessed household.
  await db.schema
    .createTable('safe_home_child')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('safe_home_assessment.id').onDelete('cascade'))
    .addColumn('child_id', 'text', (c) => c.notNull().references('child.id'))
    .addPrimaryKeyConstraint('safe_home_child_pk', ['assessment_id', 'child_id'])
    .execute();
  await db.schema.createIndex('safe_home_child_child').on('safe_home_child').columns(['child_id']).execute();

  await db.schema
    .createTable('child_friendly_criterion')
    .addColumn('number', 'integer', (c) => c.primaryKey())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('child_friendly_criterion' as never)
    .values(Array.from({ length: 13 }, (_, index) => ({ number: index + 1, text: `Tiêu chí ${index + 1}` })) as never)
    .execute();

  await db.schema
    .createTable('child_friendly_score')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('commune_class', 'text', (c) => c.notNull().check(sql`commune_class in ('urbanWard', 'mountainIslandDisadvantaged', 'other')`))
    .addColumn('assessed_on', 'text', (c) => c.notNull())
    // JSON array of the 13 scores, in the criteria's order.
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('child_friendly_score_one', ['unit_id', 'year'])
    .execute();

  await db.schema
    .createTable('flood_point')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('office_id', 'text', (c) => c.notNull().references('office.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('children_enrolled', 'integer', (c) => c.notNull().check(sql`children_enrolled >= 0`))
    .addColumn('days_open', 'integer', (c) => c.notNull().check(sql`days_open >= 0`))
    .addColumn('cost_per_child_day', 'integer', (c) => c.notNull().check(sql`cost_per_child_day >= 0`))
    .addColumn('carers', 'integer', (c) => c.notNull().check(sql`carers >= 0`))
    .addColumn('carer_pay_per_day', 'integer', (c) => c.notNull().check(sql`carer_pay_per_day >= 0`))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('flood_point_year').on('flood_point').columns(['year', 'unit_id']).execute();
}
