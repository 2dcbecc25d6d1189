import type { RouteObject } from 'react-router';
import { ReportsIndexPage } from './ReportsIndexPage';
import { ReviewPage } from './review/ReviewPage';

/** Reports, under /reports: the list of reports, then one route per report. */
export const reportsRoutes: RouteObject[] = [
  { index: true, element: <ReportsIndexPage /> },
  { path: 'review', element: <ReviewPage /> },
];
