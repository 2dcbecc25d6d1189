import type { RouteObject } from 'react-router';
import { ChildFriendlyPage } from './child-friendly/ChildFriendlyPage';
import { CoveragePage } from './coverage/CoveragePage';
import { FloodPage } from './flood/FloodPage';
import { ModelsLayout } from './ModelsLayout';
import { RolloutsPage } from './rollouts/RolloutsPage';
import { SafeHomePage } from './safe-home/SafeHomePage';
import { ModelTypesPage } from './types/ModelTypesPage';

/** Community models, under /models: one layout (the area's tabs) around each page. See paths.ts. */
export const modelsRoutes: RouteObject[] = [
  {
    element: <ModelsLayout />,
    children: [
      { index: true, element: <CoveragePage /> },
      { path: 'rollouts', element: <RolloutsPage /> },
      { path: 'safe-home', element: <SafeHomePage /> },
      { path: 'child-friendly', element: <ChildFriendlyPage /> },
      { path: 'flood', element: <FloodPage /> },
      { path: 'types', element: <ModelTypesPage /> },
    ],
  },
];
