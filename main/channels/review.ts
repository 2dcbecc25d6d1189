import { toIsoDate } from '../../shared/format/date';
import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';
import { getOffice } from '../services/office';
import { reviewChildren } from '../services/review/children';
import { reviewReport } from '../services/review/report';
import { reviewWorkbook } from '../services/review/workbook';

// Rà soát, biến động: the register over a period.
export const reviewHandlers: HandlersFor<'register.review' | 'register.reviewChildren' | 'register.reviewExcel'> = {
  'register.review': ({ db, units }, period) => reviewReport(db, units, period),
  'register.reviewChildren': ({ db, units, clock }, cell) => reviewChildren(db, units, cell, toIsoDate(clock.now())),
  'register.reviewExcel': async ({ db, units, clock }, period) => {
    const office = await getOffice(db);
    if (!office) throw new AppFailure('errors.officeNotSetUp');
    return reviewWorkbook(db, units, office, period, toIsoDate(clock.now()));
  },
};
