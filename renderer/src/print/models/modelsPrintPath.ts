import { coveragePath, floodPath } from '../../features/models/paths';

/** The years a coverage report covers: `fromYear` … `year`. */
export interface CoverageYears {
  year: number;
  fromYear: number;
}

/** How many years back the dashboard looks by default, and at most (the contract's limit). */
export const defaultYearSpan = 4;
export const maxYearSpan = 20;
export const firstYear = 2000;
export const lastYear = 2100;

/** The print routes of the models' documents, under /print (see ../routes.tsx). */
export const modelsPrintRoutes = {
  coverage: 'models-coverage',
  floodCost: 'flood-cost',
} as const;

/** A year written in an address, or null unless it is a plain year the contract accepts. */
export function yearFromText(text: string | null): number | null {
  if (!text || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= firstYear && year <= lastYear ? year : null;
}

/** The years an address names (?year=…&fromYear=…), or null when they are missing or out of order. */
export function coverageYearsFromSearch(search: URLSearchParams): CoverageYears | null {
  const year = yearFromText(search.get('year'));
  const fromYear = yearFromText(search.get('fromYear'));
  if (year === null || fromYear === null || fromYear > year || year - fromYear > maxYearSpan) return null;
  return { year, fromYear };
}

export const coverageSearch = ({ year, fromYear }: CoverageYears): string => `?year=${year}&fromYear=${fromYear}`;

/** /print/models-coverage?year=YYYY&fromYear=YYYY */
export const coveragePrintPath = (years: CoverageYears): string => `/print/${modelsPrintRoutes.coverage}${coverageSearch(years)}`;

/** /print/flood-cost?year=YYYY */
export const floodCostPrintPath = (year: number): string => `/print/${modelsPrintRoutes.floodCost}?year=${year}`;

/** The screens the print pages go back to. */
export const coverageScreenPath = (years: CoverageYears | null): string => (years ? `${coveragePath}${coverageSearch(years)}` : coveragePath);
export const floodScreenPath = (year: number | null): string => (year === null ? floodPath : `${floodPath}?year=${year}`);
