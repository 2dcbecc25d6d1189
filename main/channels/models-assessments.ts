import { toIsoDate } from '../../shared/format/date';
import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';
import { listChildFriendlyCriteria, listChildFriendlyScores, saveChildFriendlyCriteria, saveChildFriendlyScore } from '../services/models/child-friendly';
import { createFloodPoint, deleteFloodPoint, floodCostReport, updateFloodPoint } from '../services/models/flood';
import { floodCostWorkbook } from '../services/models/flood-workbook';
import {
  createSafeHomeAssessment,
  deleteSafeHomeAssessment,
  listSafeHomeAssessments,
  safeHomeRollup,
  updateSafeHomeAssessment,
} from '../services/models/safe-home';
import { listSafeHomeCriteria, saveSafeHomeCriteria } from '../services/models/safe-home-criteria';
import { getOffice } from '../services/office';

// Safe-home assessments, child-friendly commune scores and flood-season childcare points: main/services/models/.
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
  'models.safeHomeCriteria': ({ db }) => listSafeHomeCriteria(db),
  'models.saveSafeHomeCriteria': ({ db, clock }, input) => saveSafeHomeCriteria(db, clock, input),
  'models.safeHomeAssessments': ({ db, units }, query) => listSafeHomeAssessments(db, units, query),
  'models.createSafeHomeAssessment': ({ db, units, clock }, input) => createSafeHomeAssessment(db, units, clock, input),
  'models.updateSafeHomeAssessment': ({ db, units, clock }, input) => updateSafeHomeAssessment(db, units, clock, input),
  'models.deleteSafeHomeAssessment': ({ db, clock }, { id }) => deleteSafeHomeAssessment(db, clock, id),
  'models.safeHomeRollup': ({ db, units }, { year }) => safeHomeRollup(db, units, year),
  'models.childFriendlyCriteria': ({ db }) => listChildFriendlyCriteria(db),
  'models.saveChildFriendlyCriteria': ({ db, clock }, input) => saveChildFriendlyCriteria(db, clock, input),
  'models.childFriendlyScores': ({ db, units }, { year }) => listChildFriendlyScores(db, units, year),
  'models.saveChildFriendlyScore': ({ db, units, clock }, input) => saveChildFriendlyScore(db, units, clock, input),
  'models.createFloodPoint': ({ db, units, clock }, input) => createFloodPoint(db, units, clock, input),
  'models.updateFloodPoint': ({ db, units, clock }, input) => updateFloodPoint(db, units, clock, input),
  'models.deleteFloodPoint': ({ db, clock }, { id }) => deleteFloodPoint(db, clock, id),
  'models.floodCostReport': ({ db, units }, { year }) => floodCostReport(db, units, year),
  'models.floodCostExcel': async ({ db, units, clock }, { year }) => {
    const office = await getOffice(db);
    if (!office) throw new AppFailure('errors.officeNotSetUp');
    return floodCostWorkbook(db, units, office, year, toIsoDate(clock.now()));
  },
};
