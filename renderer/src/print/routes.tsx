import type { RouteObject } from 'react-router';
import { RosterPrintPage } from './gifts/RosterPrintPage';
import { ReviewPrintPage } from './review/ReviewPrintPage';

/** Print pages, under /print: A4 documents in the administrative format, outside the shell. */
export const printRoutes: RouteObject[] = [
  { path: 'review', element: <ReviewPrintPage /> },
  { path: 'gift-roster', element: <RosterPrintPage /> },
];
