import type { HandlersFor } from '../handler-types';

/** Saving and printing go through the platform seam (dialogs exist only in Electron). */
export const fileHandlers: HandlersFor<'files.save' | 'print.pdf'> = {
  'files.save': (ctx, input) => ctx.platform.saveFile(input),
  'print.pdf': (ctx, input) => ctx.platform.printToPdf(input),
};
