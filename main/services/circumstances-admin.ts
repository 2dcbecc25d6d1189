import type { Kysely, Transaction } from 'kysely';
import type { GroupCode } from '../../shared/codes/groups';
import type { FieldIssue } from '../../shared/errors';
import type { CircumstanceOption } from '../../shared/register';
import type { CircumstanceSave } from '../../shared/schemas/circumstances';
import type { Clock } from '../clock';
import type { Database } from '../db/schema';
import { AppFailure } from '../failure';
import { recordAudit } from './audit';
import { listCircumstances } from './children/circumstances';

/**
 * An office edits its sub-groups (Nghị định 56/2017/NĐ-CP) and at-risk options (DOMAIN.md §3).
 * There is no delete: memberships keep the codes, so an option is only renamed or set aside
 * (inactive: not offered for new memberships, still named on old ones). A code never changes.
 */
export async function saveCircumstance(db: Kysely<Database>, clock: Clock, input: CircumstanceSave): Promise<CircumstanceOption[]> {
  const groupCode = checkedGroup(input);
  const nameVi = collapseSpaces(input.nameVi);
  const nameEn = collapseSpaces(input.nameEn) || nameVi;

  await db.transaction().execute(async (trx) => {
    if (input.code !== null) {
      const current = await trx.selectFrom('circumstance_option').selectAll().where('code', '=', input.code).executeTakeFirst();
      if (!current) throw new AppFailure('errors.notFound');
      // The kind and group are part of what the code means to the memberships that use it.
      if (current.kind !== input.kind || current.group_code !== groupCode) {
        throw invalid([{ path: 'groupCode', message: 'validation.invalid' }]);
      }
    }
    await refuseDuplicateName(trx, input.kind, groupCode, nameVi, input.code);
    const office = await trx.selectFrom('office').select('id').orderBy('created_at').executeTakeFirst();
    const audit = { officeId: office?.id ?? null, entity: 'circumstance_option' };

    if (input.code === null) {
      const code = await nextCode(trx, input.kind === 'subgroup' ? (groupCode ?? '') : 'r');
      const { last } = await trx
        .selectFrom('circumstance_option')
        .select((eb) => eb.fn.max('sort_order').as('last'))
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('circumstance_option')
        .values({
          code,
          kind: input.kind,
          group_code: groupCode,
          name_vi: nameVi,
          name_en: nameEn,
          sort_order: Number(last ?? 0) + 1,
          active: input.active ? 1 : 0,
        })
        .execute();
      await recordAudit(trx, clock, { ...audit, action: 'create', entityId: code });
      return;
    }
    await trx
      .updateTable('circumstance_option')
      .set({ name_vi: nameVi, name_en: nameEn, active: input.active ? 1 : 0 })
      .where('code', '=', input.code)
      .execute();
    await recordAudit(trx, clock, { ...audit, action: 'update', entityId: input.code });
  });
  return listCircumstances(db);
}

const invalid = (details: FieldIssue[]) => new AppFailure('errors.invalidInput', details);

// NFC: some Vietnamese keyboards type combining marks, which would make equal names differ.
const collapseSpaces = (text: string): string => text.normalize('NFC').trim().replace(/\s+/g, ' ');

/** A sub-group needs one of the 14 groups; an at-risk option has none. */
function checkedGroup(input: CircumstanceSave): GroupCode | null {
  if (input.kind === 'subgroup' && input.groupCode === null) throw invalid([{ path: 'groupCode', message: 'validation.required' }]);
  if (input.kind === 'atRisk' && input.groupCode !== null) throw invalid([{ path: 'groupCode', message: 'validation.invalid' }]);
  return input.groupCode;
}

/** The prefix and the next number after the highest in use: 'a' → 'a5', 'r' → 'r6'. */
async function nextCode(trx: Transaction<Database>, prefix: string): Promise<string> {
  const rows = await trx.selectFrom('circumstance_option').select('code').where('code', 'like', `${prefix}%`).execute();
  // 'd%' also finds 'dd1'; only the prefix followed by digits counts.
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  const numbers = rows.map((row) => Number(pattern.exec(row.code)?.[1] ?? 0));
  return `${prefix}${Math.max(0, ...numbers) + 1}`;
}

/** Two options of one list with the same name could not be told apart in the form. */
async function refuseDuplicateName(
  trx: Transaction<Database>,
  kind: CircumstanceSave['kind'],
  groupCode: GroupCode | null,
  nameVi: string,
  ownCode: string | null,
): Promise<void> {
  const rows = await trx
    .selectFrom('circumstance_option')
    .select(['code', 'name_vi'])
    .where('kind', '=', kind)
    .where((eb) => (groupCode === null ? eb('group_code', 'is', null) : eb('group_code', '=', groupCode)))
    .execute();
  const wanted = nameVi.toLocaleLowerCase('vi');
  if (rows.some((row) => row.code !== ownCode && collapseSpaces(row.name_vi).toLocaleLowerCase('vi') === wanted)) {
    throw invalid([{ path: 'nameVi', message: 'circumstances.duplicateName' }]);
  }
}
