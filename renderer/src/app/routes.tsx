import { Navigate, type RouteObject } from 'react-router';
import {
  ChildrenPage,
  ExchangePage,
  FundPage,
  GiftsPage,
  ModelsPage,
  ReportsPage,
} from '../features/placeholders/AreaPlaceholders';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NotFoundPage } from './NotFoundPage';
import { OfficeGate } from './OfficeGate';
import { paths } from './paths';

const relative = (path: string) => path.slice(1);

/** Shared by the hash router (app) and memory routers (tests). */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <OfficeGate />,
    children: [
      { index: true, element: <Navigate to={paths.children} replace /> },
      { path: relative(paths.children), element: <ChildrenPage /> },
      { path: relative(paths.gifts), element: <GiftsPage /> },
      { path: relative(paths.fund), element: <FundPage /> },
      { path: relative(paths.models), element: <ModelsPage /> },
      { path: relative(paths.exchange), element: <ExchangePage /> },
      { path: relative(paths.reports), element: <ReportsPage /> },
      { path: relative(paths.settings), element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
