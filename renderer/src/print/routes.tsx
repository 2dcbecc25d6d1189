import type { RouteObject } from 'react-router';

/** Print pages, under /print: A4 documents in the administrative format, outside the shell. */
export const printRoutes: RouteObject[] = [];
