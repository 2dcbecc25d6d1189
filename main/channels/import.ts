import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';

const notYet = (): never => {
  throw new AppFailure('errors.notSupported');
};

// Import of an existing register from Excel or CSV.
export const importHandlers: HandlersFor<'import.preview' | 'import.commit'> = {
  'import.preview': notYet,
  'import.commit': notYet,
};
