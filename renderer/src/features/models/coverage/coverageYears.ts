import { queryOptions } from '@tanstack/react-query';
import type { Api } from '../../../api/client';
import { yearFromText } from '../common/year';

/** The years a coverage report covers: `fromYear` … `year`. */
export interface CoverageYears {
  year: number;
  fromYear: number;
}

/** How many years back the dashboard looks by default, and at most (the contract's limit). */
export const defaultYearSpan = 4;
export const maxYearSpan = 20;

/** The years an address names (?year=…&fromYear=…), or null when they are missing or out of order. */
export function coverageYearsFromSearch(search: URLSearchParams): CoverageYears | null {
  const year = yearFromText(search.get('year'));
  const fromYear = yearFromText(search.get('fromYear'));
  if (year === null || fromYear === null || fromYear > year || year - fromYear > maxYearSpan) return null;
  return { year, fromYear };
}

export const coverageSearch = ({ year, fromYear }: CoverageYears): string => `?year=${year}&fromYear=${fromYear}`;

// Under 'models' so that whatever refreshes the models after a save refreshes these too.
export const coverageQuery = (api: Api, years: CoverageYears) =>
  queryOptions({
    queryKey: ['models', 'coverage', years.year, years.fromYear] as const,
    queryFn: () => api.request('models.coverage', years),
  });
