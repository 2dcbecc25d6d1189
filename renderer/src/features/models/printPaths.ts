import { coverageSearch, type CoverageYears } from './coverage/coverageYears';
import { coveragePath, floodPath } from './paths';

/** The print routes of the models' documents, under /print (print/routes.tsx mounts them). */
export const modelsPrintRoutes = {
  coverage: 'models-coverage',
  floodCost: 'flood-cost',
} as const;

/** /print/models-coverage?year=YYYY&fromYear=YYYY */
export const coveragePrintPath = (years: CoverageYears): string => `/print/${modelsPrintRoutes.coverage}${coverageSearch(years)}`;

/** /print/flood-cost?year=YYYY */
export const floodCostPrintPath = (year: number): string => `/print/${modelsPrintRoutes.floodCost}?year=${year}`;

/** The screens the print pages go back to. */
export const coverageScreenPath = (years: CoverageYears | null): string => (years ? `${coveragePath}${coverageSearch(years)}` : coveragePath);
export const floodScreenPath = (year: number | null): string => (year === null ? floodPath : `${floodPath}?year=${year}`);
