/**
 * What a case or a gift campaign could be paid from on a day: the pots its payment would draw
 * on, in the order it would, with what each can give then without failing a later posting.
 */
import type { Kysely } from 'kysely';
import { potsFor, type PotKey } from '../../../shared/codes/fund';
import type { ParsedInput } from '../../../shared/contract';
import type { Availability } from '../../../shared/fund';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import type { UnitCatalog } from '../units';
import { cashAvailable } from './ledger';
import { describePots, parsePot, unitsServing } from './pots';

type Db = Kysely<Database>;
type AvailabilityQuery = ParsedInput<'fund.available'>;

async function targetPots(db: Db, units: UnitCatalog, target: AvailabilityQuery['target']): Promise<{ pots: PotKey[]; approvedAmount: number | null }> {
  if (target.kind === 'campaign') {
    const campaign = await db.selectFrom('gift_campaign').select('id').where('id', '=', target.id).executeTakeFirst();
    if (!campaign) throw new AppFailure('errors.notFound');
    return { pots: potsFor({ purpose: 'gifts' }), approvedAmount: null };
  }
  const support = await db
    .selectFrom('fund_support as s')
    .innerJoin('child as c', 'c.id', 's.child_id')
    .select(['s.type', 's.child_id', 's.approved_amount', 'c.unit_id'])
    .where('s.id', '=', target.id)
    .executeTakeFirst();
  if (!support) throw new AppFailure('errors.notFound');
  // The child's commune today: the case is paid (and counted) where the child now lives.
  return {
    pots: potsFor({ purpose: support.type, childId: support.child_id, unitIds: unitsServing(units, support.unit_id) }),
    approvedAmount: support.approved_amount,
  };
}

export async function fundAvailable(db: Db, units: UnitCatalog, query: AvailabilityQuery): Promise<Availability> {
  const { pots, approvedAmount } = await targetPots(db, units, query.target);
  const available = await cashAvailable(db, pots, query.on);
  const withMoney = pots.filter((pot) => (available.get(pot) ?? 0) > 0);
  const infos = await describePots(db, units, withMoney);
  const balances = withMoney.map((pot) => ({ ...(infos.get(pot) ?? parsePot(pot)), balance: available.get(pot) ?? 0 }));
  return { on: query.on, pots: balances, total: balances.reduce((sum, pot) => sum + pot.balance, 0), approvedAmount };
}
