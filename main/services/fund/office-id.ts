import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import { getOffice } from '../office';

/** The office the fund's records belong to; nothing can be written before it is set up. */
export async function requireOfficeId(db: Kysely<Database>): Promise<string> {
  const office = await getOffice(db);
  if (!office) throw new AppFailure('errors.officeNotSetUp');
  return office.id;
}
