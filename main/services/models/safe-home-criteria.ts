/**
 * The office's list of QĐ 548's 33 safe-home criteria: the texts and which 15 are mandatory.
 * Recognition is never stored; it is recomputed on every read from the current flags, so
 * correcting a flag changes the results of every assessment, past ones included. That is
 * intended: the flags are the office's reading of the decision, not a fact about a household.
 */
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { SafeHomeCriterion } from '../../../shared/models';
import type { Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import { recordAudit } from '../audit';
import { requireOfficeId } from '../office';

export async function listSafeHomeCriteria(db: Kysely<Database>): Promise<SafeHomeCriterion[]> {
  const rows = await db.selectFrom('safe_home_criterion').select(['id', 'area', 'number', 'text', 'mandatory']).orderBy('number').execute();
  return rows.map((r) => ({ id: r.id, area: r.area, number: r.number, text: r.text, mandatory: r.mandatory === 1 }));
}

/** The whole list at once: the same 33 ids, each once; areas, texts and mandatory flags may change. */
export async function saveSafeHomeCriteria(
  db: Kysely<Database>,
  clock: Clock,
  input: ParsedInput<'models.saveSafeHomeCriteria'>,
): Promise<SafeHomeCriterion[]> {
  const officeId = await requireOfficeId(db);
  const existing = new Set((await listSafeHomeCriteria(db)).map((c) => c.id));
  const seen = new Set<string>();
  const issues = input.criteria.flatMap((c, index) => {
    const bad = !existing.has(c.id) || seen.has(c.id);
    seen.add(c.id);
    return bad ? [{ path: `criteria.${index}.id`, message: 'validation.invalid' }] : [];
  });
  if (issues.length > 0) throw new AppFailure('errors.invalidInput', issues);
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    for (const c of input.criteria) {
      await trx
        .updateTable('safe_home_criterion')
        .set({ area: c.area, text: c.text, mandatory: c.mandatory ? 1 : 0, updated_at: now })
        .where('id', '=', c.id)
        .execute();
    }
    await recordAudit(trx, clock, { officeId, action: 'update', entity: 'safe_home_criterion', entityId: null });
  });
  return listSafeHomeCriteria(db);
}
