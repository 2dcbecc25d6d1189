/**
 * Closing a month or a year of the ledger (khóa sổ): nothing more can be posted on its days nor
 * on any day before (shared/codes/fund.ts closedThrough). Only a period that has ended can be
 * closed, and closing is final.
 */
import type { Kysely } from 'kysely';
import { closedThrough, periodEnd } from '../../../shared/codes/fund';
import type { ParsedInput } from '../../../shared/contract';
import type { ClosedPeriod } from '../../../shared/fund';
import { toIsoDate } from '../../../shared/format/date';
import type { Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import { recordAudit } from '../audit';
import { closedPeriods } from './ledger';
import { requireOfficeId } from './office-id';

type Db = Kysely<Database>;
type PeriodClose = ParsedInput<'fund.closePeriod'>;

/** Closed periods, the last closed first. */
export async function listClosedPeriods(db: Db): Promise<ClosedPeriod[]> {
  const rows = await db.selectFrom('fund_period_close').select(['period', 'closed_at']).orderBy('closed_at', 'desc').orderBy('period', 'desc').execute();
  return rows.map((row) => ({ period: row.period, closedAt: row.closed_at }));
}

/** "2026-10" has ended once today is in a later month; "2026" once today is in a later year. */
export const periodEnded = (period: string, today: string): boolean => today.slice(0, period.length) > period;

export async function closePeriod(db: Db, clock: Clock, input: PeriodClose): Promise<ClosedPeriod[]> {
  const officeId = await requireOfficeId(db);
  const { period } = input;
  if (!periodEnded(period, toIsoDate(clock.now()))) throw new AppFailure('errors.periodNotEnded', [{ path: 'period', message: 'errors.periodNotEnded' }]);
  await db.transaction().execute(async (trx) => {
    // The books close in one line: a period that ends within what is closed is closed already.
    const through = closedThrough(await closedPeriods(trx));
    if (through !== null && periodEnd(period) <= through) {
      throw new AppFailure('errors.periodClosed', [{ path: 'period', message: 'errors.periodClosed' }]);
    }
    await trx.insertInto('fund_period_close').values({ period, office_id: officeId, closed_at: clock.now().toISOString() }).execute();
    await recordAudit(trx, clock, { officeId, action: 'create', entity: 'fund_period_close', entityId: period });
  });
  return listClosedPeriods(db);
}
