import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';

// Province reports over every office's newest snapshot: main/services/exchange/province-report*.ts.
const notYet = (): never => {
  throw new AppFailure('errors.notSupported');
};

export const exchangeReportHandlers: HandlersFor<'exchange.provinceReport' | 'exchange.provinceReportExcel'> = {
  'exchange.provinceReport': notYet,
  'exchange.provinceReportExcel': notYet,
};
