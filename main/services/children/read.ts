import type { Kysely } from 'kysely';
import type { HouseholdStatus, LeaveReason, MembershipEndReason, SchoolLevel } from '../../../shared/codes/register';
import type { ChildDetail } from '../../../shared/register';
import { AppFailure } from '../../failure';
import type { Database } from '../../db/schema';
import type { UnitCatalog } from '../units';

/** A child's record with guardians, memberships (oldest first) and visits (newest first). */
export async function getChild(db: Kysely<Database>, units: UnitCatalog, id: string): Promise<ChildDetail> {
  const row = await db.selectFrom('child').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppFailure('errors.notFound');
  const [guardians, memberships, visits] = await Promise.all([
    db.selectFrom('guardian').selectAll().where('child_id', '=', id).orderBy('sort_order').execute(),
    db.selectFrom('membership').selectAll().where('child_id', '=', id).orderBy('start_date').orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('visit').selectAll().where('child_id', '=', id).orderBy('visit_date', 'desc').orderBy('created_at', 'desc').orderBy('id', 'desc').execute(),
  ]);
  return {
    id: row.id,
    fullName: row.full_name,
    sex: row.sex,
    birthDate: row.birth_date,
    ethnicityList: row.ethnicity_list,
    ethnicityCode: row.ethnicity_code,
    personalId: row.personal_id,
    birthCertificateNo: row.birth_certificate_no,
    healthInsuranceNo: row.health_insurance_no,
    unitId: row.unit_id,
    unitName: units.unitName(row.unit_id) ?? '',
    village: row.village,
    addressLine: row.address_line,
    // Written only from the parsed code lists, so the stored text is one of them.
    householdStatus: row.household_status as HouseholdStatus,
    schoolLevel: row.school_level as SchoolLevel,
    schoolClass: row.school_class,
    healthNotes: row.health_notes,
    disabilityNotes: row.disability_notes,
    status: row.status,
    leftReason: row.left_reason as LeaveReason | null,
    leftDate: row.left_date,
    leftNote: row.left_note,
    guardians: guardians.map((g) => ({
      id: g.id,
      fullName: g.full_name,
      relation: g.relation,
      phone: g.phone,
      personalId: g.personal_id,
      livesWithChild: g.lives_with_child === 1,
    })),
    memberships: memberships.map((m) => ({
      id: m.id,
      kind: m.kind,
      code: m.code,
      subgroupCode: m.subgroup_code,
      startDate: m.start_date,
      endDate: m.end_date,
      endReason: m.end_reason as MembershipEndReason | null,
      note: m.note,
    })),
    visits: visits.map((v) => ({
      id: v.id,
      visitDate: v.visit_date,
      visitor: v.visitor,
      health: v.health,
      schooling: v.schooling,
      needs: v.needs,
      notes: v.notes,
    })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
