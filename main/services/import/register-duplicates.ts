import { sql, type Kysely, type Transaction } from 'kysely';
import { foldVietnamese } from '../../../shared/format/names';
import type { DuplicateCandidate } from '../../../shared/register';
import type { Database } from '../../db/schema';
import type { UnitCatalog } from '../units';
import { comparableName, similarName, type ComparableName } from './name-matcher';

/**
 * Children already in the register that an imported row may be, found for all rows at once:
 * five queries for the whole file, whatever its size. The reasons are those of the register's
 * own check (children/duplicates.ts): the same personal ID; the same birth date and a similar
 * name; or a guardian of the same name with the same phone or the same child's birth date.
 * Strongest reason first, at most 20, as there.
 *
 * The first three queries read row numbers and the few columns the rules compare, mostly from
 * indexes; only the children that do match are read in full. A 5,000-row list shares a birth
 * date with most of a large register, so reading every such child whole would cost far more
 * than the comparisons.
 */

export interface DuplicateProbe {
  fullName: string;
  birthDate: string;
  personalId: string | null;
  guardians: readonly { fullName: string; phone: string | null }[];
}

type Reason = DuplicateCandidate['reason'];

interface RegisterChild {
  id: string;
  full_name: string;
  birth_date: string;
  unit_id: string;
  sort_key: string;
}

const strength: Record<Reason, number> = { samePersonalId: 0, similarName: 1, sameGuardian: 2 };
const MAX_CANDIDATES = 20;

/** Phones compared by their digits, +84 read as the leading 0. */
function phoneKey(phone: string | null): string {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.startsWith('84') && digits.length === 11 ? `0${digits.slice(2)}` : digits;
}

/** A list bound as one JSON parameter (SQLite's limit on bound parameters does not apply). */
const listOf = (values: readonly unknown[]) => sql`(select value from json_each(${JSON.stringify(values)}))`;

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export async function findRegisterDuplicates(
  db: Kysely<Database>,
  units: UnitCatalog,
  officeId: string,
  probes: readonly DuplicateProbe[],
): Promise<DuplicateCandidate[][]> {
  // One read transaction: the queries name children by row number, which must mean the same
  // child in all of them.
  return db.transaction().execute((trx) => findIn(trx, units, officeId, probes));
}

async function findIn(
  db: Transaction<Database>,
  units: UnitCatalog,
  officeId: string,
  probes: readonly DuplicateProbe[],
): Promise<DuplicateCandidate[][]> {
  const personalIds = [...new Set(probes.flatMap((p) => (p.personalId ? [p.personalId] : [])))];
  const birthDates = [...new Set(probes.flatMap((p) => (p.birthDate ? [p.birthDate] : [])))];
  const guardians = probes.map((p) => p.guardians.map((g) => ({ name: foldVietnamese(g.fullName), phone: phoneKey(g.phone) })));
  const guardianNames = [...new Set(guardians.flat().map((g) => g.name))];

  // Row number → reason, per probe.
  const found = probes.map(() => new Map<number, Reason>());
  const note = (probe: number, row: number, reason: Reason): void => {
    const known = found[probe]?.get(row);
    if (known === undefined || strength[reason] < strength[known]) found[probe]?.set(row, reason);
  };

  const byId = await sql<{ r: number; personal_id: string }>`
    select rowid as r, personal_id from child
    where office_id = ${officeId} and personal_id in ${listOf(personalIds)}`.execute(db);
  const idRows = new Map<string, number[]>();
  for (const row of byId.rows) pushTo(idRows, row.personal_id, row.r);
  probes.forEach((probe, index) => {
    for (const row of probe.personalId ? (idRows.get(probe.personalId) ?? []) : []) note(index, row, 'samePersonalId');
  });

  // Name and birth date only, from the index on both: no child row is read. Children of other
  // offices are dropped when the matches are read in full.
  const byBirth = await sql<{ r: number; folded_name: string; birth_date: string }>`
    select rowid as r, folded_name, birth_date from child indexed by child_folded_name
    where birth_date in ${listOf(birthDates)}`.execute(db);
  const bornOn = new Map<string, { r: number; name: ComparableName }[]>();
  const birthDateOf = new Map<number, string>();
  for (const row of byBirth.rows) {
    pushTo(bornOn, row.birth_date, { r: row.r, name: comparableName(row.folded_name) });
    birthDateOf.set(row.r, row.birth_date);
  }
  probes.forEach((probe, index) => {
    const name = comparableName(foldVietnamese(probe.fullName));
    if (!name.folded) return;
    for (const child of bornOn.get(probe.birthDate) ?? []) if (similarName(name, child.name)) note(index, child.r, 'similarName');
  });

  // A guardian of the same name and the same phone, or of a child born the same day (whose
  // birth date the query above has already read, if it is any row's).
  const named = new Map<string, { onDay: Map<string, number[]>; byPhone: Map<string, number[]> }>();
  guardians.forEach((list, index) => {
    for (const g of list) {
      let entry = named.get(g.name);
      if (!entry) named.set(g.name, (entry = { onDay: new Map(), byPhone: new Map() }));
      pushTo(entry.onDay, probes[index]?.birthDate ?? '', index);
      if (g.phone !== '') pushTo(entry.byPhone, g.phone, index);
    }
  });
  // Looking up each guardian by name reads the table in no order; when the names reach a good
  // part of it (as a large list's do), reading the table through is quicker: its rows then come
  // in the order of their children, which the join reads in order too.
  const { rows: [counted] } = await sql<{ named: number; total: number }>`
    select (select count(*) from guardian where folded_name in ${listOf(guardianNames)}) as named,
      (select count(*) from guardian) as total`.execute(db);
  const readThrough = counted !== undefined && counted.named * 4 > counted.total;
  const byGuardian = await sql<{ r: number; folded_name: string; phone: string | null }>`
    select child.rowid as r, guardian.folded_name, guardian.phone from guardian ${readThrough ? sql`not indexed` : sql``}
    join child on child.id = guardian.child_id
    where guardian.office_id = ${officeId} and guardian.folded_name in ${listOf(guardianNames)}`.execute(db);
  for (const row of byGuardian.rows) {
    const entry = named.get(row.folded_name);
    if (!entry) continue;
    const born = birthDateOf.get(row.r);
    for (const index of born === undefined ? [] : (entry.onDay.get(born) ?? [])) note(index, row.r, 'sameGuardian');
    const phone = phoneKey(row.phone);
    for (const index of phone === '' ? [] : (entry.byPhone.get(phone) ?? [])) note(index, row.r, 'sameGuardian');
  }

  const matched = [...new Set(found.flatMap((map) => [...map.keys()]))];
  const details = new Map<number, RegisterChild>();
  if (matched.length > 0) {
    const rows = await sql<RegisterChild & { r: number }>`
      select rowid as r, id, full_name, birth_date, unit_id, sort_key from child
      where office_id = ${officeId} and rowid in ${listOf(matched)}`.execute(db);
    for (const row of rows.rows) details.set(row.r, row);
  }

  return found.map((map) =>
    // The register's order: reason, then the stored sort key (Vietnamese name order); the id
    // (the order of entry) between children of the same name.
    [...map]
      .flatMap(([row, reason]) => {
        const child = details.get(row);
        return child ? [{ child, reason }] : [];
      })
      .sort((a, b) => strength[a.reason] - strength[b.reason] || compare(a.child.sort_key, b.child.sort_key) || compare(a.child.id, b.child.id))
      .slice(0, MAX_CANDIDATES)
      .map(({ child, reason }) => ({
        id: child.id,
        fullName: child.full_name,
        birthDate: child.birth_date,
        unitName: units.unitName(child.unit_id) ?? child.unit_id,
        reason,
      })),
  );
}
