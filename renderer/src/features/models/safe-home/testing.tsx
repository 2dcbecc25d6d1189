import { safeHomeAreas, safeHomeResult, type SafeHomeArea } from '../../../../../shared/codes/models';
import type { SafeHomeAssessment, SafeHomeCriterion } from '../../../../../shared/models';
import type { FakeBackend } from '../../../test/fakeBackend';
import { officeUnits } from '../../../test/registerFixtures';
import { renderRoutes } from '../../../test/renderApp';
import { serve } from '../../../test/serve';
import { ChildFriendlyPage } from '../child-friendly/ChildFriendlyPage';
import { FloodPage } from '../flood/FloodPage';
import { SafeHomePage } from './SafeHomePage';

/** How many of the 33 fixture criteria each area holds (6 + 6 + 6 + 6 + 4 + 5). */
const perArea: Record<SafeHomeArea, number> = { surroundings: 6, rooms: 6, kitchen: 6, electricity: 6, stairs: 4, householdItems: 5 };

export const criterionId = (number: number) => `c${String(number).padStart(2, '0')}`;

/** The 33 criteria with made-up texts "Tiêu chí mẫu NN"; the first `mandatory` are marked mandatory. */
export function makeCriteria(mandatory: number): SafeHomeCriterion[] {
  let number = 0;
  return safeHomeAreas.flatMap((area) =>
    Array.from({ length: perArea[area] }, () => {
      number += 1;
      return { id: criterionId(number), area, number, text: `Tiêu chí mẫu ${String(number).padStart(2, '0')}`, mandatory: number <= mandatory };
    }),
  );
}

/** The safe-home channels served from memory, with the result computed as main computes it. */
export function serveSafeHome(backend: FakeBackend, criteria: SafeHomeCriterion[], assessments: SafeHomeAssessment[] = []) {
  serve(backend, 'models.safeHomeCriteria', () => criteria);
  serve(backend, 'models.saveSafeHomeCriteria', (input) => input.criteria.map((c, index) => ({ ...c, number: index + 1 })));
  serve(backend, 'models.safeHomeAssessments', (query) => assessments.filter((a) => a.year === query.year && (query.unitId === null || a.unitId === query.unitId)));
  serve(backend, 'models.safeHomeRollup', () => []);
  serve(backend, 'models.createSafeHomeAssessment', (input) => {
    const saved: SafeHomeAssessment = {
      ...input,
      id: `assessment-${assessments.length + 1}`,
      unitName: officeUnits.find((unit) => unit.id === input.unitId)?.name ?? '',
      children: [],
      result: safeHomeResult(criteria, input.metCriterionIds, input.childInjured),
      updatedAt: '2026-11-22T08:00:00.000Z',
    };
    assessments.push(saved);
    return saved;
  });
}

/** The three pages at their addresses, without the area's layout (written elsewhere). */
export function renderModels(path: string, backend: FakeBackend) {
  return renderRoutes(
    [
      {
        path: '/models',
        children: [
          { path: 'safe-home', element: <SafeHomePage /> },
          { path: 'child-friendly', element: <ChildFriendlyPage /> },
          { path: 'flood', element: <FloodPage /> },
        ],
      },
      { path: '*', element: null },
    ],
    path,
    backend,
  );
}
