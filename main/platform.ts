import { AppFailure } from './failure';
import type { Platform } from './handler-types';

/**
 * Browser mode (and tests) have no native dialogs: the renderer downloads files and prints
 * with the browser's own dialog instead, so these calls are refused.
 */
export const platformWithoutDialogs: Platform = {
  saveFile: async () => {
    throw new AppFailure('errors.notSupported');
  },
  printToPdf: async () => {
    throw new AppFailure('errors.notSupported');
  },
  openFile: async () => false,
};
