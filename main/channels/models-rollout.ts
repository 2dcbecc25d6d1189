import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';

// Community models per commune: types, rollouts and their history, targets, coverage: main/services/models/.
const notYet = () => {
  throw new AppFailure('errors.notSupported');
};

export const modelRolloutHandlers: HandlersFor<
  | 'models.types'
  | 'models.createType'
  | 'models.updateType'
  | 'models.rollouts'
  | 'models.saveRollout'
  | 'models.rolloutHistory'
  | 'models.targets'
  | 'models.saveTarget'
  | 'models.coverage'
  | 'models.coverageExcel'
> = {
  'models.types': notYet,
  'models.createType': notYet,
  'models.updateType': notYet,
  'models.rollouts': notYet,
  'models.saveRollout': notYet,
  'models.rolloutHistory': notYet,
  'models.targets': notYet,
  'models.saveTarget': notYet,
  'models.coverage': notYet,
  'models.coverageExcel': notYet,
};
