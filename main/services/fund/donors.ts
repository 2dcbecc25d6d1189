/**
 * Donors of the Child Fund: agencies, organisations, businesses and people who give. Each is
 * listed with what it gave (receipts not cancelled).
 */
import { sql, type Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { Donor } from '../../../shared/fund';
import { compareVietnamese, foldVietnamese } from '../../../shared/format/names';
import { newId, type Clock } from '../../clock';
import type { Database, FundDonorTable } from '../../db/schema';
import { AppFailure } from '../../failure';
import { recordAudit } from '../audit';
import { requireOfficeId } from './office-id';

type Db = Kysely<Database>;
type DonorQuery = ParsedInput<'fund.donors'>;
type DonorInput = ParsedInput<'fund.createDonor'>;
type DonorUpdate = ParsedInput<'fund.updateDonor'>;

async function donorRows(db: Db, filter: { id?: string; search?: string }): Promise<Donor[]> {
  const given = db
    .selectFrom('fund_receipt')
    .select(['donor_id', sql<number>`count(*)`.as('receipt_count'), sql<number>`sum(amount)`.as('received_total')])
    .where('cancelled_on', 'is', null)
    .groupBy('donor_id')
    .as('given');
  let query = db.selectFrom('fund_donor as d').leftJoin(given, 'given.donor_id', 'd.id').selectAll('d').select(['given.receipt_count', 'given.received_total']);
  if (filter.id !== undefined) query = query.where('d.id', '=', filter.id);
  const folded = foldVietnamese(filter.search ?? '');
  if (folded !== '') query = query.where(sql<boolean>`instr(d.name_key, ${folded}) > 0`);
  const rows = await query.execute();
  return rows.map((row) => toDonor(row, Number(row.receipt_count ?? 0), Number(row.received_total ?? 0))).sort((a, b) => compareVietnamese(a.name, b.name));
}

function toDonor(row: FundDonorTable, receiptCount: number, receivedTotal: number): Donor {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    origin: row.origin,
    anonymous: row.anonymous === 1,
    contactPerson: row.contact_person,
    phone: row.phone,
    email: row.email,
    address: row.address,
    note: row.note,
    receiptCount,
    receivedTotal,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Donors whose name contains the search (without accents or case), in Vietnamese order. */
export function listDonors(db: Db, query: DonorQuery): Promise<Donor[]> {
  return donorRows(db, { search: query.search });
}

export async function getDonor(db: Db, id: string): Promise<Donor> {
  const [donor] = await donorRows(db, { id });
  if (!donor) throw new AppFailure('errors.notFound');
  return donor;
}

const columns = (input: DonorInput) => ({
  name: input.name,
  name_key: foldVietnamese(input.name),
  kind: input.kind,
  origin: input.origin,
  anonymous: input.anonymous ? 1 : 0,
  contact_person: input.contactPerson,
  phone: input.phone,
  email: input.email,
  address: input.address,
  note: input.note,
});

export async function createDonor(db: Db, clock: Clock, input: DonorInput): Promise<Donor> {
  const officeId = await requireOfficeId(db);
  const id = newId();
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('fund_donor')
      .values({ id, office_id: officeId, ...columns(input), created_at: now, updated_at: now })
      .execute();
    await recordAudit(trx, clock, { officeId, action: 'create', entity: 'fund_donor', entityId: id });
  });
  return getDonor(db, id);
}

/** A donor's details may change at any time; their receipts keep pointing at them. */
export async function updateDonor(db: Db, clock: Clock, input: DonorUpdate): Promise<Donor> {
  const officeId = await requireOfficeId(db);
  await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('fund_donor')
      .set({ ...columns(input), updated_at: clock.now().toISOString() })
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw new AppFailure('errors.notFound');
    await recordAudit(trx, clock, { officeId, action: 'update', entity: 'fund_donor', entityId: input.id });
  });
  return getDonor(db, input.id);
}
