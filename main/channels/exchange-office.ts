import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';

// The office side of the exchange: settings, export and its log, receipts from the province.
// Services: main/services/exchange/ (office side). Every handler refuses in province mode.
const notYet = (): never => {
  throw new AppFailure('errors.notSupported');
};

export const exchangeOfficeHandlers: HandlersFor<
  | 'exchange.overview'
  | 'exchange.saveSettings'
  | 'exchange.setPassphrase'
  | 'exchange.export'
  | 'exchange.exportFile'
  | 'exchange.importReceipt'
> = {
  'exchange.overview': notYet,
  'exchange.saveSettings': notYet,
  'exchange.setPassphrase': notYet,
  'exchange.export': notYet,
  'exchange.exportFile': notYet,
  'exchange.importReceipt': notYet,
};
