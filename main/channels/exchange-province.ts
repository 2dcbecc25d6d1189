import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';
import { applyImport } from '../services/exchange/province/apply';
import { dryRun } from '../services/exchange/province/dry-run';
import { requireMode } from '../services/exchange/mode';
import { imports, sources } from '../services/exchange/province/province-log';
import { removeSource } from '../services/exchange/province/remove-source';
import { receiptFile } from '../services/exchange/province/receipt-write';
import { stagedSummary } from '../services/exchange/province/staged-summary';

// The province side of the exchange: stage files, dry run, apply, the offices and the import
// log, receipts. Services: main/services/exchange/ (province side). Every handler refuses in office mode.

/** Base64 as the renderer's FileReader writes it, and nothing else: Buffer alone would skip junk silently. */
function decodeBase64(text: string): Uint8Array {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) throw new AppFailure('errors.invalidInput', [{ path: 'base64', message: 'validation.invalid' }]);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export const exchangeProvinceHandlers: HandlersFor<
  | 'exchange.stage'
  | 'exchange.unstage'
  | 'exchange.dryRun'
  | 'exchange.apply'
  | 'exchange.stagedSummary'
  | 'exchange.sources'
  | 'exchange.removeSource'
  | 'exchange.imports'
  | 'exchange.receipt'
> = {
  'exchange.stage': async (ctx, input) => {
    await requireMode(ctx.db, 'province');
    const file = ctx.staging.put(input.fileName, decodeBase64(input.base64));
    return { token: file.token, fileName: file.fileName, sizeBytes: file.bytes.length, sha256: file.sha256 };
  },
  'exchange.unstage': async (ctx, input) => {
    await requireMode(ctx.db, 'province');
    return { removed: ctx.staging.remove(input.token) };
  },
  'exchange.dryRun': (ctx, input) => dryRun(ctx, input),
  'exchange.apply': (ctx, input) => applyImport(ctx, input),
  'exchange.stagedSummary': (ctx, input) => stagedSummary(ctx, input),
  'exchange.sources': (ctx) => sources(ctx),
  'exchange.removeSource': (ctx, input) => removeSource(ctx, input.officeId),
  'exchange.imports': (ctx) => imports(ctx),
  'exchange.receipt': (ctx, input) => receiptFile(ctx, input.id),
};
