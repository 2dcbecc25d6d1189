import type { Kysely } from 'kysely';
import { foldVietnamese } from '../../../shared/format/names';
import type { DuplicateCandidate } from '../../../shared/register';
import type { Database } from '../../db/schema';
import type { UnitCatalog } from '../units';
import { similarNames } from './register-port';

/**
 * Children already in the register that an imported row may be, found for all rows at once
 * (a few queries for the whole file, not a few per row). The reasons are those of the
 * register's own check (children/duplicates.ts): the same personal ID; the same birth date and
 * a similar name; or a guardian of the same name with the same phone or the same child's birth
 * date. Strongest reason first, at most 20, as there.
 */

export interface DuplicateProbe {
  fullName: string;
  birthDate: string;
  personalId: string | null;
  guardians: readonly { fullName: string; phone: string | null }[];
}

interface RegisterChild {
  id: string;
  full_name: string;
  folded_name: string;
  birth_date: string;
  unit_id: string;
  personal_id: string | null;
  sort_key: string;
}

// Well under SQLite's limit on bound parameters.
const CHUNK = 500;

async function inChunks<T, R>(values: readonly T[], query: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < values.length; i += CHUNK) results.push(...(await query(values.slice(i, i + CHUNK))));
  return results;
}

const strength: Record<DuplicateCandidate['reason'], number> = { samePersonalId: 0, similarName: 1, sameGuardian: 2 };
const MAX_CANDIDATES = 20;

/** Phones compared by their digits, +84 read as the leading 0. */
function phoneKey(phone: string | null): string {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.startsWith('84') && digits.length === 11 ? `0${digits.slice(2)}` : digits;
}

export async function findRegisterDuplicates(
  db: Kysely<Database>,
  units: UnitCatalog,
  officeId: string,
  probes: readonly DuplicateProbe[],
): Promise<DuplicateCandidate[][]> {
  const columns = ['child.id', 'child.full_name', 'child.folded_name', 'child.birth_date', 'child.unit_id', 'child.personal_id', 'child.sort_key'] as const;
  const personalIds = [...new Set(probes.flatMap((p) => (p.personalId ? [p.personalId] : [])))];
  const birthDates = [...new Set(probes.map((p) => p.birthDate))];
  const guardianNames = [...new Set(probes.flatMap((p) => p.guardians.map((g) => foldVietnamese(g.fullName))))];

  const byId = await inChunks(personalIds, (chunk) =>
    db.selectFrom('child').select(columns).where('office_id', '=', officeId).where('personal_id', 'in', chunk).execute(),
  );
  const byBirth = await inChunks(birthDates, (chunk) =>
    db.selectFrom('child').select(columns).where('office_id', '=', officeId).where('birth_date', 'in', chunk).execute(),
  );
  const byGuardian = await inChunks(guardianNames, (chunk) =>
    db
      .selectFrom('guardian')
      .innerJoin('child', 'child.id', 'guardian.child_id')
      .select([...columns, 'guardian.folded_name as guardian_name', 'guardian.phone as guardian_phone'])
      .where('guardian.office_id', '=', officeId)
      .where('guardian.folded_name', 'in', chunk)
      .execute(),
  );

  const group = <T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(key(row));
      if (list) list.push(row);
      else map.set(key(row), [row]);
    }
    return map;
  };
  const samePersonalId = group(byId, (c) => c.personal_id ?? '');
  const sameBirth = group(byBirth, (c) => c.birth_date);
  const sameGuardian = group(byGuardian, (c) => c.guardian_name);

  const candidate = (child: RegisterChild, reason: DuplicateCandidate['reason']): DuplicateCandidate => ({
    id: child.id,
    fullName: child.full_name,
    birthDate: child.birth_date,
    unitName: units.unitName(child.unit_id) ?? child.unit_id,
    reason,
  });

  return probes.map((probe) => {
    const folded = foldVietnamese(probe.fullName);
    const found = new Map<string, { child: RegisterChild; reason: DuplicateCandidate['reason'] }>();
    const add = (child: RegisterChild, reason: DuplicateCandidate['reason']): void => {
      const known = found.get(child.id);
      if (!known || strength[reason] < strength[known.reason]) found.set(child.id, { child, reason });
    };
    for (const child of probe.personalId ? (samePersonalId.get(probe.personalId) ?? []) : []) add(child, 'samePersonalId');
    for (const child of folded ? (sameBirth.get(probe.birthDate) ?? []) : []) {
      if (similarNames(folded, child.folded_name)) add(child, 'similarName');
    }
    for (const guardian of probe.guardians) {
      const phone = phoneKey(guardian.phone);
      for (const child of sameGuardian.get(foldVietnamese(guardian.fullName)) ?? []) {
        if ((phone !== '' && phone === phoneKey(child.guardian_phone)) || child.birth_date === probe.birthDate) add(child, 'sameGuardian');
      }
    }
    // The register's order: reason, then the stored sort key (Vietnamese name order).
    return [...found.values()]
      .sort((a, b) => strength[a.reason] - strength[b.reason] || (a.child.sort_key < b.child.sort_key ? -1 : a.child.sort_key > b.child.sort_key ? 1 : 0))
      .slice(0, MAX_CANDIDATES)
      .map(({ child, reason }) => candidate(child, reason));
  });
}
