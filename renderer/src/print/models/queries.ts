import { queryOptions } from '@tanstack/react-query';
import type { Api } from '../../api/client';
import type { CoverageYears } from './modelsPrintPath';

// Under 'models' so that whatever refreshes the models after a save refreshes these too.
export const coverageQuery = (api: Api, years: CoverageYears) =>
  queryOptions({
    queryKey: ['models', 'coverage', years.year, years.fromYear] as const,
    queryFn: () => api.request('models.coverage', years),
  });

export const floodCostQuery = (api: Api, year: number) =>
  queryOptions({
    queryKey: ['models', 'floodCost', year] as const,
    queryFn: () => api.request('models.floodCostReport', { year }),
  });
