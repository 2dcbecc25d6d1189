import type { HandlersFor } from '../handler-types';
import { exportPackage } from '../services/exchange/office/export';
import { exchangeOverview, exportFile } from '../services/exchange/office/export-log';
import { importReceipt } from '../services/exchange/office/receipt-import';
import { saveExchangeSettings, setPassphrase } from '../services/exchange/office/settings';

// The office side of the exchange: settings, export and its log, receipts from the province.
// Services: main/services/exchange/ (office side). Every one refuses in province mode (requireMode).
export const exchangeOfficeHandlers: HandlersFor<
  | 'exchange.overview'
  | 'exchange.saveSettings'
  | 'exchange.setPassphrase'
  | 'exchange.export'
  | 'exchange.exportFile'
  | 'exchange.importReceipt'
> = {
  'exchange.overview': (ctx) => exchangeOverview(ctx),
  'exchange.saveSettings': async (ctx, input) => {
    await saveExchangeSettings(ctx.db, ctx.clock, input);
    return exchangeOverview(ctx);
  },
  'exchange.setPassphrase': async (ctx, { passphrase }) => {
    await setPassphrase(ctx.db, ctx.clock, passphrase);
    return exchangeOverview(ctx);
  },
  'exchange.export': (ctx, input) => exportPackage(ctx, input),
  'exchange.exportFile': (ctx, { id }) => exportFile(ctx, id),
  'exchange.importReceipt': (ctx, input) => importReceipt(ctx, input),
};
