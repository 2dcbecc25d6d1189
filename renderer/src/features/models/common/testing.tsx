import { within } from '@testing-library/react';
import { builtinModelTypes } from '../../../../../shared/codes/models';
import type { ModelType, Rollout } from '../../../../../shared/models';
import type { FakeBackend } from '../../../test/fakeBackend';
import { renderRoutes } from '../../../test/renderApp';
import { ModelsLayout } from '../ModelsLayout';
import { RolloutsPage } from '../rollouts/RolloutsPage';
import { ModelTypesPage } from '../types/ModelTypesPage';

/** What the models' screen tests share (serve, fill, Refusal: renderer/src/test). Every name is made up. */

export const shippedTypes: ModelType[] = builtinModelTypes.map((code) => ({ id: code, builtin: code, name: null, archived: false }));

export function makeRollout(overrides: Partial<Rollout> = {}): Rollout {
  return {
    id: 'rollout-1',
    modelTypeId: 'safeHome',
    unitId: '11311',
    unitName: 'Phường Ngô Quyền',
    year: 2026,
    status: 'planned',
    startDate: '2026-03-01',
    endDate: null,
    decisionNo: '15/QĐ-UBND',
    personInCharge: 'Phạm Thị Lan',
    budget: 12_000_000,
    notes: null,
    updatedAt: '2026-03-01T02:00:00.000Z',
    ...overrides,
  };
}

/** The models' layout with this engineer's pages (the others' stay empty) on a memory router. */
export function renderModels(path: string, backend: FakeBackend) {
  return renderRoutes(
    [
      {
        path: '/models',
        element: <ModelsLayout />,
        children: [
          { index: true, element: null },
          { path: 'rollouts', element: <RolloutsPage /> },
          { path: 'safe-home', element: null },
          { path: 'child-friendly', element: null },
          { path: 'flood', element: null },
          { path: 'types', element: <ModelTypesPage /> },
        ],
      },
      { path: '*', element: null },
    ],
    path,
    backend,
  );
}

/**
 * A form's computed result: the text after its visible label ("Kết quả đánh giá:"). Only that
 * text is a polite live region, and it has no aria-label of its own.
 */
export function liveResult(container: HTMLElement, label: string): HTMLElement {
  const live = within(container).getByText(`${label}:`).nextElementSibling;
  if (!(live instanceof HTMLElement) || live.getAttribute('aria-live') !== 'polite' || live.hasAttribute('aria-label') || live.hasAttribute('role'))
    throw new Error(`no plain polite live text after "${label}:"`);
  return live;
}
