import { toIsoDate } from '../../shared/format/date';
import { AppFailure } from '../failure';
import type { HandlersFor } from '../handler-types';
import { coverage } from '../services/models/coverage';
import { coverageWorkbook } from '../services/models/coverage-workbook';
import { listRollouts, rolloutHistory, saveRollout } from '../services/models/rollouts';
import { listTargets, saveTarget } from '../services/models/targets';
import { createModelType, listModelTypes, updateModelType } from '../services/models/types';
import { getOffice } from '../services/office';

// Community models per commune: types, rollouts and their history, targets, coverage: main/services/models/.
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
  'models.types': ({ db }) => listModelTypes(db),
  'models.createType': ({ db, clock }, input) => createModelType(db, clock, input),
  'models.updateType': ({ db, clock }, input) => updateModelType(db, clock, input),
  'models.rollouts': ({ db, units }, query) => listRollouts(db, units, query),
  'models.saveRollout': ({ db, units, clock }, input) => saveRollout(db, units, clock, input),
  'models.rolloutHistory': ({ db }, { id }) => rolloutHistory(db, id),
  'models.targets': ({ db }, { year }) => listTargets(db, year),
  'models.saveTarget': ({ db, units, clock }, input) => saveTarget(db, units, clock, input),
  'models.coverage': ({ db, units }, query) => coverage(db, units, query),
  'models.coverageExcel': async ({ db, units, clock }, query) => {
    const office = await getOffice(db);
    if (!office) throw new AppFailure('errors.officeNotSetUp');
    return coverageWorkbook(db, units, office, query, toIsoDate(clock.now()));
  },
};
