import type { RouteObject } from 'react-router';
import { ReportsPage } from '../placeholders/AreaPlaceholders';

/** Reports, under /reports. */
export const reportsRoutes: RouteObject[] = [{ index: true, element: <ReportsPage /> }];
