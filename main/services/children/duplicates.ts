import type { Kysely } from 'kysely';
import { foldVietnamese, splitVietnameseName } from '../../../shared/format/names';
import { isIsoDate } from '../../../shared/format/date';
import type { DuplicateCandidate } from '../../../shared/register';
import type { DuplicateQuery } from '../../../shared/schemas/children';
import type { Database } from '../../db/schema';
import type { UnitCatalog } from '../units';

type Reason = DuplicateCandidate['reason'];
const strength: Record<Reason, number> = { samePersonalId: 0, similarName: 1, sameGuardian: 2 };
const maxCandidates = 20;

/** Edit distance, stopping early once it is certainly above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Same folded name, at most two letters apart, or the same given and family name. */
export function similarNames(foldedA: string, foldedB: string): boolean {
  if (foldedA === foldedB || editDistance(foldedA, foldedB, 2) <= 2) return true;
  const a = splitVietnameseName(foldedA);
  const b = splitVietnameseName(foldedB);
  return a.given !== '' && a.given === b.given && a.family === b.family;
}

const digits = (text: string | null | undefined): string => (text ?? '').replace(/\D/g, '');

/** Phones compared by their digits, +84 read as the leading 0. */
function phoneKey(phone: string | null | undefined): string {
  const d = digits(phone);
  return d.startsWith('84') && d.length === 11 ? `0${d.slice(2)}` : d;
}

/**
 * Records that may be the same child as the one being entered: the same personal ID; the same
 * birth date and a similar name; or the same guardian (same personal ID, or same name and the
 * same phone or the same child's birth date). Leaves out the record itself and pairs a user has
 * already judged "not the same child". Strongest reason first, at most 20.
 */
export async function findDuplicates(db: Kysely<Database>, units: UnitCatalog, query: DuplicateQuery): Promise<DuplicateCandidate[]> {
  const found = new Map<string, Reason>();
  const note = (id: string, reason: Reason) => {
    const known = found.get(id);
    if (!known || strength[reason] < strength[known]) found.set(id, reason);
  };

  const personalId = digits(query.personalId);
  if (personalId.length === 12) {
    const rows = await db.selectFrom('child').select('id').where('personal_id', '=', personalId).execute();
    for (const row of rows) note(row.id, 'samePersonalId');
  }

  const folded = foldVietnamese(query.fullName);
  const birthDate = isIsoDate(query.birthDate) ? query.birthDate : null;
  if (folded && birthDate) {
    const rows = await db.selectFrom('child').select(['id', 'folded_name']).where('birth_date', '=', birthDate).execute();
    for (const row of rows) if (similarNames(folded, row.folded_name)) note(row.id, 'similarName');
  }

  const guardians = [
    ...(query.guardians ?? []),
    ...query.guardianNames.map((fullName) => ({ fullName, phone: null, personalId: null })),
  ].map((g) => ({ folded: foldVietnamese(g.fullName), phone: phoneKey(g.phone), personalId: digits(g.personalId) }));
  const guardianIds = [...new Set(guardians.map((g) => g.personalId).filter((id) => id.length === 12))];
  if (guardianIds.length > 0) {
    const rows = await db.selectFrom('guardian').select('child_id').where('personal_id', 'in', guardianIds).execute();
    for (const row of rows) note(row.child_id, 'sameGuardian');
  }
  const guardianNames = [...new Set(guardians.map((g) => g.folded).filter(Boolean))];
  if (guardianNames.length > 0) {
    const rows = await db
      .selectFrom('guardian')
      .innerJoin('child', 'child.id', 'guardian.child_id')
      .select(['guardian.child_id', 'guardian.folded_name', 'guardian.phone', 'child.birth_date'])
      .where('guardian.folded_name', 'in', guardianNames)
      .execute();
    for (const row of rows) {
      const same = guardians.some(
        (g) => g.folded === row.folded_name && ((g.phone !== '' && g.phone === phoneKey(row.phone)) || row.birth_date === birthDate),
      );
      if (same) note(row.child_id, 'sameGuardian');
    }
  }

  if (query.id) {
    found.delete(query.id);
    const decided = await db
      .selectFrom('duplicate_decision')
      .select(['child_a', 'child_b'])
      .where((eb) => eb.or([eb('child_a', '=', query.id ?? ''), eb('child_b', '=', query.id ?? '')]))
      .execute();
    for (const pair of decided) found.delete(pair.child_a === query.id ? pair.child_b : pair.child_a);
  }
  if (found.size === 0) return [];

  const rows = await db
    .selectFrom('child')
    .select(['id', 'full_name', 'birth_date', 'unit_id', 'sort_key'])
    .where('id', 'in', [...found.keys()])
    .execute();
  return rows
    .map((row) => ({ row, reason: found.get(row.id) ?? 'sameGuardian' }))
    .sort((a, b) => strength[a.reason] - strength[b.reason] || (a.row.sort_key < b.row.sort_key ? -1 : a.row.sort_key > b.row.sort_key ? 1 : 0))
    .slice(0, maxCandidates)
    .map(({ row, reason }) => ({
      id: row.id,
      fullName: row.full_name,
      birthDate: row.birth_date,
      unitName: units.unitName(row.unit_id) ?? '',
      reason,
    }));
}
