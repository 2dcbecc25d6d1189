import type { Kysely } from 'kysely';
import type { OfficeArea, OfficeProfile, OfficeSetup } from '../../shared/schemas/office';
import { communeRef, legacyWardRef, type OfficeUnit } from '../../shared/units';
import { AppFailure } from '../failure';
import { newId, type Clock } from '../clock';
import type { Database, OfficeRow } from '../db/schema';
import { recordAudit } from './audit';
import type { UnitCatalog } from './units';

/** The area must lie inside the chosen province and name only units that exist. */
function checkArea(units: UnitCatalog, provinceCode: string, area: OfficeArea): void {
  if (!units.province(provinceCode)) throw new AppFailure('errors.areaMismatch', [
    { path: 'provinceCode', message: 'validation.provinceRequired' },
  ]);
  if (area.kind === 'communes') {
    const foreign = area.communeCodes.some((code) => units.commune(code)?.provinceCode !== provinceCode);
    if (foreign) throw new AppFailure('errors.areaMismatch', [
      { path: 'area.communeCodes', message: 'validation.communesRequired' },
    ]);
    return;
  }
  const district = units.legacyDistrict(area.districtId);
  if (district?.provinceCode !== provinceCode) throw new AppFailure('errors.areaMismatch', [
    { path: 'area.districtId', message: 'validation.districtRequired' },
  ]);
  const wardIds = new Set(units.legacyWards(district.id).map((w) => w.id));
  if (area.wardIds.some((id) => !wardIds.has(id))) throw new AppFailure('errors.areaMismatch', [
    { path: 'area.wardIds', message: 'validation.wardsRequired' },
  ]);
}

function toProfile(row: OfficeRow, unitIds: string[]): OfficeProfile {
  const area: OfficeArea =
    row.area_kind === 'communes'
      ? { kind: 'communes', communeCodes: unitIds }
      : { kind: 'legacyDistrict', districtId: row.legacy_district_id ?? '', wardIds: unitIds };
  return {
    id: row.id,
    mode: row.mode,
    provinceCode: row.province_code,
    area,
    name: row.name,
    parentAgency: row.parent_agency,
    receiver: row.receiver,
    placeName: row.place_name,
    headTitle: row.head_title,
    headName: row.head_name,
    preparerName: row.preparer_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The installation's office, or null before setup. There is at most one. */
export async function getOffice(db: Kysely<Database>): Promise<OfficeProfile | null> {
  const row = await db.selectFrom('office').selectAll().orderBy('created_at').executeTakeFirst();
  if (!row) return null;
  const units = await db
    .selectFrom('office_area_unit')
    .select('unit_id')
    .where('office_id', '=', row.id)
    .orderBy('unit_id')
    .execute();
  return toProfile(row, units.map((u) => u.unit_id));
}

/** The id every record is written under; nothing can be written before the office is set up. */
export async function requireOfficeId(db: Kysely<Database>): Promise<string> {
  const office = await getOffice(db);
  if (!office) throw new AppFailure('errors.officeNotSetUp');
  return office.id;
}

/** Creates the office on first setup, or updates it from Settings. All or nothing. */
export async function saveOffice(
  db: Kysely<Database>,
  units: UnitCatalog,
  clock: Clock,
  input: OfficeSetup,
): Promise<OfficeProfile> {
  checkArea(units, input.provinceCode, input.area);
  const now = clock.now().toISOString();
  const unitKind = input.area.kind === 'communes' ? 'commune' : 'legacyWard';
  const unitIds = [...new Set(input.area.kind === 'communes' ? input.area.communeCodes : input.area.wardIds)];

  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('office').select(['id']).executeTakeFirst();
    const id = existing?.id ?? newId();
    const fields = {
      mode: input.mode,
      province_code: input.provinceCode,
      area_kind: input.area.kind,
      legacy_district_id: input.area.kind === 'legacyDistrict' ? input.area.districtId : null,
      name: input.name,
      parent_agency: input.parentAgency,
      receiver: input.receiver,
      place_name: input.placeName,
      head_title: input.headTitle,
      head_name: input.headName,
      preparer_name: input.preparerName,
      units_version: units.version,
      updated_at: now,
    };
    if (existing) await trx.updateTable('office').set(fields).where('id', '=', id).execute();
    else await trx.insertInto('office').values({ id, created_at: now, ...fields }).execute();

    await trx.deleteFrom('office_area_unit').where('office_id', '=', id).execute();
    await trx
      .insertInto('office_area_unit')
      .values(unitIds.map((unit_id) => ({ office_id: id, unit_kind: unitKind, unit_id })))
      .execute();
    await recordAudit(trx, clock, {
      officeId: id,
      action: existing ? 'update' : 'create',
      entity: 'office',
      entityId: id,
    });
  });

  const saved = await getOffice(db);
  if (!saved) throw new AppFailure('errors.internal');
  return saved;
}

/**
 * The units a record of this office may name. A legacy-district office lists its old wards
 * first (records entered before the reform keep them) and then the current communes they
 * became, so that new records can use today's units.
 */
export async function officeUnits(db: Kysely<Database>, units: UnitCatalog): Promise<OfficeUnit[]> {
  const office = await getOffice(db);
  if (!office) throw new AppFailure('errors.officeNotSetUp');
  const communeUnit = (code: string): OfficeUnit[] => {
    const commune = units.commune(code);
    return commune ? [{ id: communeRef(commune.code), name: commune.name, kind: 'commune' }] : [];
  };
  if (office.area.kind === 'communes') return office.area.communeCodes.flatMap(communeUnit);
  const chosen = new Set(office.area.wardIds);
  const wards = units.legacyWards(office.area.districtId).filter((w) => chosen.has(w.id));
  const communeCodes = [...new Set(wards.flatMap((w) => w.communeCodes))].sort();
  return [
    ...wards.map((w): OfficeUnit => ({ id: legacyWardRef(w.id), name: units.unitName(legacyWardRef(w.id)) ?? w.name, kind: 'legacyWard' })),
    ...communeCodes.flatMap(communeUnit),
  ];
}
