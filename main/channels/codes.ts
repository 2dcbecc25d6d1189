import type { HandlersFor } from '../handler-types';
import { saveCircumstance } from '../services/circumstances-admin';

// The office's own code lists (sub-groups, at-risk options); reading them is in register.ts.
export const codeHandlers: HandlersFor<'codes.saveCircumstance'> = {
  'codes.saveCircumstance': (ctx, input) => saveCircumstance(ctx.db, ctx.clock, input),
};
