import { Navigate, type RouteObject } from 'react-router';
import { childrenRoutes } from '../features/children/routes';
import { ImportPage } from '../features/import/ImportPage';
import { giftsRoutes } from '../features/gifts/routes';
import { fundRoutes } from '../features/fund/routes';
import { modelsRoutes } from '../features/models/routes';
import { exchangeRoutes } from '../features/exchange/routes';
import { ProvinceReportPage } from '../features/exchange/report/ProvinceReportPage';
import { reportsRoutes } from '../features/reports/routes';
import { SettingsPage } from '../features/settings/SettingsPage';
import { printRoutes } from '../print/routes';
import { NotFoundPage } from './NotFoundPage';
import { HomeRedirect, OfficeGate } from './OfficeGate';
import { paths } from './paths';

const relative = (path: string) => path.slice(1);

/** Shared by the hash router (app) and memory routers (tests). */
export const appRoutes: RouteObject[] = [
  // Printable documents render without the shell (and in Electron's hidden print window).
  { path: '/print', children: printRoutes },
  {
    path: '/',
    element: <OfficeGate />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: relative(paths.children), children: childrenRoutes },
      { path: relative(paths.childrenImport), element: <ImportPage /> },
      { path: relative(paths.gifts), children: giftsRoutes },
      { path: relative(paths.fund), children: fundRoutes },
      { path: relative(paths.models), children: modelsRoutes },
      { path: relative(paths.exchange), children: exchangeRoutes },
      { path: relative(paths.provinceReport), element: <ProvinceReportPage /> },
      { path: relative(paths.reports), children: reportsRoutes },
      { path: relative(paths.settings), element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
