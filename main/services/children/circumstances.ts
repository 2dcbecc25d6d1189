import type { Kysely } from 'kysely';
import type { GroupCode } from '../../../shared/codes/groups';
import type { CircumstanceOption } from '../../../shared/register';
import type { Database } from '../../db/schema';

/** The sub-groups and at-risk options, in the office's order (inactive ones too, flagged). */
export async function listCircumstances(db: Kysely<Database>): Promise<CircumstanceOption[]> {
  const rows = await db.selectFrom('circumstance_option').selectAll().orderBy('sort_order').orderBy('code').execute();
  return rows.map((row) => ({
    code: row.code,
    kind: row.kind,
    // Seeded and edited only with codes from shared/codes/groups.ts.
    groupCode: row.group_code as GroupCode | null,
    nameVi: row.name_vi,
    nameEn: row.name_en,
    active: row.active === 1,
  }));
}
