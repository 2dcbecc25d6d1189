import type { Transaction } from 'kysely';
import { AppFailure } from '../../failure';
import type { Database } from '../../db/schema';
import { childWords, searchText, statusOf } from './derived';
import { wordTokens } from './vocabulary';

/**
 * Recomputes what a child's row derives from its memberships: the status and the membership
 * marks in search_text. Run in the same transaction after every change to memberships.
 * A membership is open while it has no end date: start and end dates are never after the day
 * they are entered, so "not ended" and "open today" are the same. `closed` changes whether the
 * record is closed; by default it stays as it is.
 */
export async function refreshChild(trx: Transaction<Database>, childId: string, now: string, closed?: boolean): Promise<void> {
  const child = await trx
    .selectFrom('child')
    .select(['status', 'full_name', 'personal_id', 'birth_certificate_no', 'search_text'])
    .where('id', '=', childId)
    .executeTakeFirst();
  if (!child) throw new AppFailure('errors.notFound');
  const [guardians, open] = await Promise.all([
    trx.selectFrom('guardian').select('full_name').where('child_id', '=', childId).orderBy('sort_order').execute(),
    trx.selectFrom('membership').select(['kind', 'code']).where('child_id', '=', childId).where('end_date', 'is', null).orderBy('start_date').execute(),
  ]);
  const status = statusOf(closed ?? child.status === 'left', open);
  const words = childWords(
    { fullName: child.full_name, personalId: child.personal_id, birthCertificateNo: child.birth_certificate_no },
    guardians.map((g) => g.full_name),
  );
  const text = searchText(words, await wordTokens(trx, words), open);
  if (status === child.status && text === child.search_text) return;
  await trx.updateTable('child').set({ status, search_text: text, updated_at: now }).where('id', '=', childId).execute();
}
