import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';

// The fund's reports (screen, print data and Excel): main/services/fund/reports/.
const notYet = () => {
  throw new AppFailure('errors.notSupported');
};

export const fundReportHandlers: HandlersFor<
  | 'fund.statement'
  | 'fund.statementExcel'
  | 'fund.childTimes'
  | 'fund.childTimesExcel'
  | 'fund.transparency'
  | 'fund.transparencyExcel'
> = {
  'fund.statement': notYet,
  'fund.statementExcel': notYet,
  'fund.childTimes': notYet,
  'fund.childTimesExcel': notYet,
  'fund.transparency': notYet,
  'fund.transparencyExcel': notYet,
};
