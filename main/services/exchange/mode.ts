import type { Kysely } from 'kysely';
import type { OfficeMode } from '../../../shared/schemas/office';
import { AppFailure } from '../../failure';
import type { Database, OfficeRow } from '../../db/schema';

/**
 * The installation's office, refusing unless it works in the given mode: exports and receipts
 * are an office's, imports and province reports the province's (errors.officeModeOnly /
 * errors.provinceModeOnly; errors.officeNotSetUp before setup).
 */
export async function requireMode(db: Kysely<Database>, mode: OfficeMode): Promise<OfficeRow> {
  const office = await db.selectFrom('office').selectAll().orderBy('created_at').executeTakeFirst();
  if (!office) throw new AppFailure('errors.officeNotSetUp');
  if (office.mode !== mode) throw new AppFailure(mode === 'office' ? 'errors.officeModeOnly' : 'errors.provinceModeOnly');
  return office;
}
