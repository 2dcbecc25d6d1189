import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';

const notYet = (): never => {
  throw new AppFailure('errors.notSupported');
};

// Rà soát, biến động: the register over a period.
export const reviewHandlers: HandlersFor<'register.review' | 'register.reviewChildren' | 'register.reviewExcel'> = {
  'register.review': notYet,
  'register.reviewChildren': notYet,
  'register.reviewExcel': notYet,
};
