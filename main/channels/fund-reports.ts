import { toIsoDate } from '../../shared/format/date';
import type { OfficeProfile } from '../../shared/schemas/office';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';
import { getOffice } from '../services/office';
import { childTimesReport } from '../services/fund/reports/child-times';
import { childTimesWorkbook } from '../services/fund/reports/child-times-workbook';
import { fundStatement } from '../services/fund/reports/statement';
import { statementWorkbook } from '../services/fund/reports/statement-workbook';
import { transparencyReport } from '../services/fund/reports/transparency';
import { transparencyWorkbook } from '../services/fund/reports/transparency-workbook';

/** The office signs every document; without it there is nothing to print. */
async function office(db: Kysely<Database>): Promise<OfficeProfile> {
  const profile = await getOffice(db);
  if (!profile) throw new AppFailure('errors.officeNotSetUp');
  return profile;
}

// The fund's reports (screen, print data and Excel): main/services/fund/reports/.
export const fundReportHandlers: HandlersFor<
  | 'fund.statement'
  | 'fund.statementExcel'
  | 'fund.childTimes'
  | 'fund.childTimesExcel'
  | 'fund.transparency'
  | 'fund.transparencyExcel'
> = {
  'fund.statement': ({ db }, period) => fundStatement(db, period),
  'fund.statementExcel': async ({ db, clock }, period) => statementWorkbook(db, await office(db), period, toIsoDate(clock.now())),
  'fund.childTimes': ({ db, units }, period) => childTimesReport(db, units, period),
  'fund.childTimesExcel': async ({ db, units, clock }, period) =>
    childTimesWorkbook(db, units, await office(db), period, toIsoDate(clock.now())),
  'fund.transparency': ({ db, units }, period) => transparencyReport(db, units, period),
  'fund.transparencyExcel': async ({ db, units, clock }, period) =>
    transparencyWorkbook(db, units, await office(db), period, toIsoDate(clock.now())),
};
