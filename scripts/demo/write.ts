/**
 * Writes a generated register into a database through the app's own services, so that
 * derived columns (status, sort and search keys) are what the app would have written. Only the
 * visits go in by bulk insert: there is no service for many visits, and 400,000 one by one
 * would take minutes.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../../main/clock';
import { newId } from '../../main/clock';
import type { Database } from '../../main/db/schema';
import type { UnitCatalog } from '../../main/services/units';
import type { DemoRegister } from './generate';
import { closeChild, endMembership, insertChildren } from './services';

export interface WriteReport {
  children: number;
  membershipsEnded: number;
  childrenClosed: number;
  visits: number;
  /** Milliseconds per step. */
  timings: { children: number; endings: number; closures: number; visits: number };
}

// 11 columns a row: stays under SQLite's limit of 32,766 bound values per statement.
const visitBatch = 2_500;

export async function writeRegister(
  db: Kysely<Database>,
  units: UnitCatalog,
  clock: Clock,
  register: DemoRegister,
  onProgress: (step: string) => void = () => {},
): Promise<WriteReport> {
  const timings = { children: 0, endings: 0, closures: 0, visits: 0 };
  let started = performance.now();

  onProgress('children');
  const ids = await insertChildren(db, units, clock, register.children.map((c) => c.input));
  if (ids.length !== register.children.length) throw new Error('insertChildren returned a different number of ids');
  timings.children = performance.now() - started;

  started = performance.now();
  onProgress('endings');
  let membershipsEnded = 0;
  const withEndings = register.children.flatMap((child, index) => (child.endings.length > 0 ? [{ child, id: ids[index] ?? '' }] : []));
  const membershipIds = await membershipIdsOf(db, withEndings.map((c) => c.id));
  for (const { child, id } of withEndings) {
    for (const end of child.endings) {
      const membership = child.input.memberships[end.membership];
      const membershipId = membership && membershipIds.get(`${id} ${membership.kind} ${membership.code}`);
      if (!membershipId) throw new Error('a generated membership was not found after insert');
      await endMembership(db, units, clock, { id: membershipId, endDate: end.endDate, endReason: end.endReason });
      membershipsEnded++;
    }
  }
  timings.endings = performance.now() - started;

  started = performance.now();
  onProgress('closures');
  let childrenClosed = 0;
  for (const [index, child] of register.children.entries()) {
    if (!child.closure) continue;
    const id = ids[index] ?? '';
    await closeChild(db, units, clock, { id, ...child.closure });
    childrenClosed++;
  }
  timings.closures = performance.now() - started;

  started = performance.now();
  onProgress('visits');
  const visits = await insertVisits(db, clock, register, ids);
  timings.visits = performance.now() - started;

  return { children: ids.length, membershipsEnded, childrenClosed, visits, timings };
}

/** "childId kind code" → membership id; a child is never twice in one group or option. */
async function membershipIdsOf(db: Kysely<Database>, childIds: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < childIds.length; i += 5_000) {
    const rows = await db
      .selectFrom('membership')
      .select(['id', 'child_id', 'kind', 'code'])
      .where('child_id', 'in', childIds.slice(i, i + 5_000))
      .execute();
    for (const row of rows) found.set(`${row.child_id} ${row.kind} ${row.code}`, row.id);
  }
  return found;
}

async function insertVisits(db: Kysely<Database>, clock: Clock, register: DemoRegister, ids: readonly string[]): Promise<number> {
  const office = await db.selectFrom('office').select('id').executeTakeFirstOrThrow();
  const now = clock.now().toISOString();
  let count = 0;
  await db.transaction().execute(async (trx) => {
    let batch: Database['visit'][] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await trx.insertInto('visit').values(batch).execute();
      count += batch.length;
      batch = [];
    };
    for (const [index, child] of register.children.entries()) {
      const childId = ids[index] ?? '';
      for (const visit of child.visits) {
        batch.push({
          id: newId(),
          office_id: office.id,
          child_id: childId,
          visit_date: visit.visitDate,
          visitor: visit.visitor,
          health: visit.health,
          schooling: visit.schooling,
          needs: visit.needs,
          notes: visit.notes,
          created_at: now,
          updated_at: now,
        });
        if (batch.length >= visitBatch) await flush();
      }
    }
    await flush();
  });
  return count;
}
