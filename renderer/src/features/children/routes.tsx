import type { RouteObject } from 'react-router';
import { ChildrenPage } from '../placeholders/AreaPlaceholders';

/** The register's pages, under /children (list, new, detail, edit). */
export const childrenRoutes: RouteObject[] = [{ index: true, element: <ChildrenPage /> }];
