import type { RouteObject } from 'react-router';
import { provinceReportPrintRoute } from '../features/exchange/paths';
import { ProvinceReportPrintPage } from './exchange/ProvinceReportPrintPage';
import { ChildTimesPrintPage } from './fund/ChildTimesPrintPage';
import { fundPrintRoutes } from './fund/fundPrintPath';
import { StatementPrintPage } from './fund/StatementPrintPage';
import { TransparencyPrintPage } from './fund/TransparencyPrintPage';
import { RosterPrintPage } from './gifts/RosterPrintPage';
import { CoveragePrintPage } from './models/CoveragePrintPage';
import { FloodCostPrintPage } from './models/FloodCostPrintPage';
import { modelsPrintRoutes } from './models/modelsPrintPath';
import { ReviewPrintPage } from './review/ReviewPrintPage';

/** Print pages, under /print: A4 documents in the administrative format, outside the shell. */
export const printRoutes: RouteObject[] = [
  { path: 'review', element: <ReviewPrintPage /> },
  { path: 'gift-roster', element: <RosterPrintPage /> },
  { path: fundPrintRoutes.statement, element: <StatementPrintPage /> },
  { path: fundPrintRoutes.childTimes, element: <ChildTimesPrintPage /> },
  { path: fundPrintRoutes.transparency, element: <TransparencyPrintPage /> },
  { path: modelsPrintRoutes.coverage, element: <CoveragePrintPage /> },
  { path: modelsPrintRoutes.floodCost, element: <FloodCostPrintPage /> },
  { path: provinceReportPrintRoute, element: <ProvinceReportPrintPage /> },
];
