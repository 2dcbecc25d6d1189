import type { RouteObject } from 'react-router';
import { ChildDetailPage } from './detail/ChildDetailPage';
import { EditChildPage, NewChildPage } from './form/ChildFormPages';
import { ChildListPage } from './list/ChildListPage';

/**
 * The register's pages, under /children: the list, a new child, one child, editing one.
 * '/children/import' is a sibling route (the import feature).
 */
export const childrenRoutes: RouteObject[] = [
  { index: true, element: <ChildListPage /> },
  { path: 'new', element: <NewChildPage /> },
  { path: ':id', element: <ChildDetailPage /> },
  { path: ':id/edit', element: <EditChildPage /> },
];
