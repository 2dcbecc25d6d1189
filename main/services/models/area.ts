/**
 * "All communes in the area" for the community models: the office's area units as saved
 * (office_area_unit): its current communes, or the wards of a legacy district. Coverage counts
 * against them and a rollout may name only them.
 */
import type { Kysely } from 'kysely';
import { compareVietnamese } from '../../../shared/format/names';
import { communeRef, legacyWardRef, type UnitRef } from '../../../shared/units';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import { getOffice } from '../office';
import type { UnitCatalog } from '../units';

export interface AreaUnit {
  id: UnitRef;
  name: string;
}

export interface OfficeArea {
  officeId: string;
  /** Sorted by name. */
  units: AreaUnit[];
  has(unitId: string): boolean;
}

export async function officeArea(db: Kysely<Database>, units: UnitCatalog): Promise<OfficeArea> {
  const office = await getOffice(db);
  if (!office) throw new AppFailure('errors.officeNotSetUp');
  const refs = office.area.kind === 'communes' ? office.area.communeCodes.map(communeRef) : office.area.wardIds.map(legacyWardRef);
  const list = [...new Set(refs)]
    .map((id) => ({ id, name: units.unitName(id) ?? id }))
    .sort((a, b) => compareVietnamese(a.name, b.name));
  const ids = new Set(list.map((u) => u.id));
  return { officeId: office.id, units: list, has: (unitId) => ids.has(unitId) };
}

/** Refuses a unit outside the office's area, on the form's unit field. */
export function requireAreaUnit(area: OfficeArea, unitId: string): void {
  if (!area.has(unitId)) throw new AppFailure('errors.invalidInput', [{ path: 'unitId', message: 'validation.unitOutsideArea' }]);
}
