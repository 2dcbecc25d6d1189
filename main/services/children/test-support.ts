/**
 * Test helpers for the register's services: an in-memory database with the fixture office (a
 * legacy district: units 'w:11311', 'w:11314', 'w:11329' and communes '11311', '11329') and
 * valid child input. Every name is made up.
 */
import { createTestContext } from '../../../tests/fixtures/context';
import { legacyOffice } from '../../../tests/fixtures/office';
import { childCreateSchema, type ChildCreate, type ChildCreateInput } from '../../../shared/schemas/children';
import { saveOffice } from '../office';

export async function registerContext() {
  const t = await createTestContext();
  await saveOffice(t.ctx.db, t.ctx.units, t.clock, legacyOffice);
  const { db, units } = t.ctx;
  return { ...t, db, units };
}

export type RegisterContext = Awaited<ReturnType<typeof registerContext>>;

export const baseChild: ChildCreateInput = {
  fullName: 'Nguyễn Thị Hoa',
  sex: 'female',
  birthDate: '2015-06-01',
  ethnicityList: '2008',
  ethnicityCode: '01',
  personalId: null,
  birthCertificateNo: null,
  healthInsuranceNo: null,
  unitId: 'w:11311',
  village: 'Tổ 5',
  addressLine: null,
  householdStatus: 'poor',
  schoolLevel: 'primary',
  schoolClass: '4A',
  healthNotes: null,
  disabilityNotes: null,
  guardians: [],
  memberships: [{ kind: 'group', code: 'a', subgroupCode: null, startDate: '2024-01-10', note: null }],
};

/** A valid, parsed child input (as the handler passes it), with some fields changed. */
export const childInput = (changes: Partial<ChildCreateInput> = {}): ChildCreate => childCreateSchema.parse({ ...baseChild, ...changes });
