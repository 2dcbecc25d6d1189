import type { Kysely } from 'kysely';
import { foldVietnamese } from '../../../shared/format/names';
import type { Database } from '../../db/schema';
export { seededRandom } from '../../../tests/fixtures/random';

/**
 * Test helpers for the review report: children and memberships written straight into the
 * register's tables (the children service is not needed to count them). Names are fictional.
 */

let serial = 0;
const nextId = (prefix: string): string => `${prefix}-${String(++serial).padStart(6, '0')}`;
const stamp = '2026-11-22T08:00:00.000Z';

export interface ChildFixture {
  id?: string;
  fullName?: string;
  birthDate?: string;
  unitId?: string;
  status?: 'active' | 'atRisk' | 'left';
}

export async function addChild(db: Kysely<Database>, officeId: string, child: ChildFixture = {}): Promise<string> {
  const id = child.id ?? nextId('child');
  const fullName = child.fullName ?? 'Nguyễn Văn An';
  const folded = foldVietnamese(fullName);
  await db
    .insertInto('child')
    .values({
      id,
      office_id: officeId,
      full_name: fullName,
      sex: 'male',
      birth_date: child.birthDate ?? '2015-06-01',
      ethnicity_list: '2008',
      ethnicity_code: '01',
      personal_id: null,
      birth_certificate_no: null,
      health_insurance_no: null,
      unit_id: child.unitId ?? 'w:11311',
      village: null,
      address_line: null,
      household_status: 'other',
      school_level: 'primary',
      school_class: null,
      health_notes: null,
      disability_notes: null,
      status: child.status ?? 'active',
      left_reason: null,
      left_date: null,
      left_note: null,
      folded_name: folded,
      sort_key: folded,
      search_text: folded,
      created_at: stamp,
      updated_at: stamp,
    })
    .execute();
  return id;
}

export interface MembershipFixture {
  kind?: 'group' | 'atRisk';
  code: string;
  start: string;
  end?: string | null;
  reason?: string | null;
}

export async function addMemberships(
  db: Kysely<Database>,
  officeId: string,
  childId: string,
  memberships: readonly MembershipFixture[],
): Promise<void> {
  if (memberships.length === 0) return;
  await db
    .insertInto('membership')
    .values(
      memberships.map((m) => ({
        id: nextId('membership'),
        office_id: officeId,
        child_id: childId,
        kind: m.kind ?? 'group',
        code: m.code,
        subgroup_code: null,
        start_date: m.start,
        end_date: m.end ?? null,
        end_reason: m.end ? (m.reason ?? 'circumstanceEnded') : null,
        note: null,
        created_at: stamp,
        updated_at: stamp,
      })),
    )
    .execute();
}


export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
