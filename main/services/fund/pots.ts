import type { Kysely } from 'kysely';
import {
  generalPot,
  inKindEarmarkKinds,
  inKindEarmarkPurposes,
  spendingPurposes,
  type EarmarkKind,
  type PotKey,
  type SpendingPurpose,
} from '../../../shared/codes/fund';
import type { PotInfo } from '../../../shared/fund';
import { compareVietnamese, compareVietnameseNames } from '../../../shared/format/names';
import type { Database } from '../../db/schema';
import { parseUnitRef } from '../../../shared/units';
import type { UnitCatalog } from '../units';
import { chunks } from '../children/rows';

const isPurpose = (value: string): value is SpendingPurpose => (spendingPurposes as readonly string[]).includes(value);

/** A pot key taken apart, without names. Unknown keys read as the general fund. */
export function parsePot(key: PotKey): PotInfo {
  const bare: PotInfo = { key, kind: 'none', purpose: null, unitId: null, unitName: null, childId: null, childName: null };
  const colon = key.indexOf(':');
  if (key === generalPot || colon < 0) return bare;
  const kind = key.slice(0, colon);
  const rest = key.slice(colon + 1);
  if (kind === 'purpose' && isPurpose(rest)) return { ...bare, kind: 'purpose', purpose: rest };
  if (kind === 'unit') return { ...bare, kind: 'unit', unitId: rest };
  if (kind === 'child') return { ...bare, kind: 'child', childId: rest };
  return bare;
}

/** Pots described for the office's screens: communes and children by name. */
export async function describePots(db: Kysely<Database>, units: UnitCatalog, keys: Iterable<PotKey>): Promise<Map<PotKey, PotInfo>> {
  const infos = new Map<PotKey, PotInfo>();
  for (const key of keys) {
    const info = parsePot(key);
    if (info.unitId) info.unitName = units.unitName(info.unitId) ?? null;
    infos.set(key, info);
  }
  const childIds = [...infos.values()].flatMap((info) => (info.childId ? [info.childId] : []));
  for (const ids of chunks(childIds)) {
    const rows = await db.selectFrom('child').select(['id', 'full_name']).where('id', 'in', ids).execute();
    const names = new Map(rows.map((row) => [row.id, row.full_name]));
    for (const info of infos.values()) if (info.childId && names.has(info.childId)) info.childName = names.get(info.childId) ?? null;
  }
  return infos;
}

const kindOrder: Record<PotInfo['kind'], number> = { none: 0, purpose: 1, unit: 2, child: 3 };

/** The order pots are listed in: the general fund, purposes as listed, communes by name, children as on the register's lists. */
export function comparePots(a: PotInfo, b: PotInfo): number {
  const byKind = kindOrder[a.kind] - kindOrder[b.kind];
  if (byKind !== 0) return byKind;
  if (a.kind === 'purpose') return spendingPurposes.indexOf(a.purpose ?? 'gifts') - spendingPurposes.indexOf(b.purpose ?? 'gifts');
  const byName =
    a.kind === 'unit' ? compareVietnamese(a.unitName ?? '', b.unitName ?? '') : compareVietnameseNames(a.childName ?? '', b.childName ?? '');
  return byName || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The units whose earmarks serve a child recorded in `unitId`: that unit and, for a ward of a
 * legacy district, the current communes it merged into (the office may set money aside for
 * either).
 */
export function unitsServing(units: UnitCatalog, unitId: string): string[] {
  const { kind, id } = parseUnitRef(unitId);
  if (kind !== 'legacyWard') return [unitId];
  return [unitId, ...(units.legacyWard(id)?.communeCodes ?? [])];
}

/** Whether goods received in kind may be set aside so: they only leave the fund through gift campaigns. */
export function goodsMayBeSetAsideFor(kind: EarmarkKind, purpose: SpendingPurpose | null): boolean {
  return inKindEarmarkKinds.includes(kind) && (kind !== 'purpose' || (purpose !== null && inKindEarmarkPurposes.includes(purpose)));
}
