import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';

// Safe-home assessments, child-friendly commune scores and flood-season childcare points: main/services/models/.
const notYet = () => {
  throw new AppFailure('errors.notSupported');
};

export const modelAssessmentHandlers: HandlersFor<
  | 'models.safeHomeCriteria'
  | 'models.saveSafeHomeCriteria'
  | 'models.safeHomeAssessments'
  | 'models.createSafeHomeAssessment'
  | 'models.updateSafeHomeAssessment'
  | 'models.deleteSafeHomeAssessment'
  | 'models.safeHomeRollup'
  | 'models.childFriendlyCriteria'
  | 'models.saveChildFriendlyCriteria'
  | 'models.childFriendlyScores'
  | 'models.saveChildFriendlyScore'
  | 'models.createFloodPoint'
  | 'models.updateFloodPoint'
  | 'models.deleteFloodPoint'
  | 'models.floodCostReport'
  | 'models.floodCostExcel'
> = {
  'models.safeHomeCriteria': notYet,
  'models.saveSafeHomeCriteria': notYet,
  'models.safeHomeAssessments': notYet,
  'models.createSafeHomeAssessment': notYet,
  'models.updateSafeHomeAssessment': notYet,
  'models.deleteSafeHomeAssessment': notYet,
  'models.safeHomeRollup': notYet,
  'models.childFriendlyCriteria': notYet,
  'models.saveChildFriendlyCriteria': notYet,
  'models.childFriendlyScores': notYet,
  'models.saveChildFriendlyScore': notYet,
  'models.createFloodPoint': notYet,
  'models.updateFloodPoint': notYet,
  'models.deleteFloodPoint': notYet,
  'models.floodCostReport': notYet,
  'models.floodCostExcel': notYet,
};
