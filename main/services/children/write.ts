import type { Kysely, Transaction } from 'kysely';
import type { FieldIssue } from '../../../shared/errors';
import type { ChildDetail } from '../../../shared/register';
import type { ChildCreate } from '../../../shared/schemas/children';
import { AppFailure } from '../../failure';
import { newId, type Clock } from '../../clock';
import type { Database } from '../../db/schema';
import type { UnitCatalog } from '../units';
import { getChild } from './read';
import { chunks, prepareChild, profileWords, type PreparedChild } from './rows';
import { loadRules, membershipIssues, personalIdTaken, refuse, repeatedMembershipIssues, unitIssues, type RegisterRules } from './rules';
import { wordTokens } from './vocabulary';

/** Checks one input against the rules; `at` prefixes the paths of the issues. */
function checkChild(rules: RegisterRules, input: ChildCreate, at: string): void {
  const prefixed = (issues: FieldIssue[]) => issues.map((i) => ({ ...i, path: at + i.path }));
  refuse(
    prefixed(unitIssues(rules, input.unitId)),
    prefixed([
      ...input.memberships.flatMap((m, index) => membershipIssues(rules, m, input.birthDate, `memberships.${index}`)),
      ...repeatedMembershipIssues(input.memberships),
    ]),
  );
}

/** Personal IDs must be unique in the office: within the new records and against the stored ones. */
async function checkPersonalIds(trx: Transaction<Database>, rules: RegisterRules, prepared: readonly PreparedChild[], atOf: (index: number) => string): Promise<void> {
  const firstIndex = new Map<string, number>();
  prepared.forEach((p, index) => {
    const personalId = p.child.personal_id;
    if (!personalId) return;
    if (firstIndex.has(personalId)) throw new AppFailure('errors.duplicatePersonalId', [{ ...personalIdTaken, path: atOf(index) + personalIdTaken.path }]);
    firstIndex.set(personalId, index);
  });
  for (const ids of chunks([...firstIndex.keys()])) {
    const taken = await trx
      .selectFrom('child')
      .select('personal_id')
      .where('office_id', '=', rules.officeId)
      .where('personal_id', 'in', ids)
      .executeTakeFirst();
    if (taken?.personal_id) {
      const index = firstIndex.get(taken.personal_id) ?? 0;
      throw new AppFailure('errors.duplicatePersonalId', [{ ...personalIdTaken, path: atOf(index) + personalIdTaken.path }]);
    }
  }
}

/** "Not the same child" decisions, one row per pair in sorted order; unknown ids are skipped. */
async function decisionRows(trx: Transaction<Database>, prepared: readonly PreparedChild[], now: string) {
  const others = [...new Set(prepared.flatMap((p) => p.notDuplicateOf))];
  const known = new Set<string>();
  for (const ids of chunks(others)) {
    for (const row of await trx.selectFrom('child').select('id').where('id', 'in', ids).execute()) known.add(row.id);
  }
  return prepared.flatMap((p) =>
    [...new Set(p.notDuplicateOf)].filter((other) => known.has(other)).map((other) => {
      const [child_a, child_b] = [p.child.id, other].sort() as [string, string];
      return { child_a, child_b, decided_at: now };
    }),
  );
}

/** Checks and writes many new children in the caller's transaction; returns their ids in order. */
async function writeChildren(trx: Transaction<Database>, rules: RegisterRules, clock: Clock, inputs: readonly ChildCreate[], atOf: (index: number) => string): Promise<string[]> {
  const now = clock.now().toISOString();
  inputs.forEach((input, index) => checkChild(rules, input, atOf(index)));
  const words = inputs.map(profileWords);
  const tokens = await wordTokens(trx, words.flat());
  const prepared = inputs.map((input, index) => prepareChild(rules, input, now, tokens, words[index]));
  await checkPersonalIds(trx, rules, prepared, atOf);
  const decisions = await decisionRows(trx, prepared, now);

  for (const rows of chunks(prepared.map((p) => p.child))) await trx.insertInto('child').values(rows).execute();
  for (const rows of chunks(prepared.flatMap((p) => p.guardians), 2_000)) await trx.insertInto('guardian').values(rows).execute();
  for (const rows of chunks(prepared.flatMap((p) => p.memberships), 2_000)) await trx.insertInto('membership').values(rows).execute();
  for (const rows of chunks(decisions, 5_000)) await trx.insertInto('duplicate_decision').values(rows).onConflict((oc) => oc.doNothing()).execute();
  const audit = prepared.map((p) => ({ id: newId(), at: now, office_id: rules.officeId, action: 'create', entity: 'child', entity_id: p.child.id }));
  for (const rows of chunks(audit, 4_000)) await trx.insertInto('audit_log').values(rows).execute();
  return prepared.map((p) => p.child.id);
}

/** A new child on the register, with guardians and the memberships that put them there. */
export async function createChild(db: Kysely<Database>, units: UnitCatalog, clock: Clock, input: ChildCreate): Promise<ChildDetail> {
  const rules = await loadRules(db, units, clock);
  const [id] = await db.transaction().execute((trx) => writeChildren(trx, rules, clock, [input], () => ''));
  return getChild(db, units, id ?? '');
}

/**
 * Many new children at once (import, demo data): the same rules as createChild, one
 * transaction, all or nothing. A refusal names the row by its index: "12.personalId".
 */
export async function insertChildren(db: Kysely<Database>, units: UnitCatalog, clock: Clock, inputs: readonly ChildCreate[]): Promise<string[]> {
  if (inputs.length === 0) return [];
  const rules = await loadRules(db, units, clock);
  return db.transaction().execute((trx) => writeChildren(trx, rules, clock, inputs, (index) => `${index}.`));
}

