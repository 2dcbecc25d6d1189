import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';

// The province side of the exchange: stage files, dry run, apply, the offices and the import
// log, receipts. Services: main/services/exchange/ (province side). Every handler refuses in office mode.
const notYet = (): never => {
  throw new AppFailure('errors.notSupported');
};

export const exchangeProvinceHandlers: HandlersFor<
  | 'exchange.stage'
  | 'exchange.unstage'
  | 'exchange.dryRun'
  | 'exchange.apply'
  | 'exchange.stagedSummary'
  | 'exchange.sources'
  | 'exchange.imports'
  | 'exchange.receipt'
> = {
  'exchange.stage': notYet,
  'exchange.unstage': notYet,
  'exchange.dryRun': notYet,
  'exchange.apply': notYet,
  'exchange.stagedSummary': notYet,
  'exchange.sources': notYet,
  'exchange.imports': notYet,
  'exchange.receipt': notYet,
};
