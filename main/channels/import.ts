import type { HandlersFor } from '../handler-types';
import { commitImport, previewImport } from '../services/import/import';

// Import of an existing register from Excel or CSV.
export const importHandlers: HandlersFor<'import.preview' | 'import.commit'> = {
  'import.preview': (ctx, input) => previewImport(ctx.db, ctx.units, ctx.clock, input),
  'import.commit': (ctx, input) => commitImport(ctx.db, ctx.units, ctx.clock, input),
};
