import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Api } from '../../../api/client';
import type { Input } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiProvider';
import { useModelsWrite } from '../common/queries';

export const floodKeys = { report: (year: number) => ['models', 'flood', 'report', year] as const };

/** The year's points come with the report: one answer for the table and the cost report. */
export const floodCostQuery = (api: Api, year: number) =>
  queryOptions({ queryKey: floodKeys.report(year), queryFn: () => api.request('models.floodCostReport', { year }) });

export function useFloodCostReport(year: number) {
  const api = useApi();
  return useQuery(floodCostQuery(api, year));
}

export function useCreateFloodPoint() {
  const api = useApi();
  return useModelsWrite((input: Input<'models.createFloodPoint'>) => api.request('models.createFloodPoint', input));
}

export function useUpdateFloodPoint() {
  const api = useApi();
  return useModelsWrite((input: Input<'models.updateFloodPoint'>) => api.request('models.updateFloodPoint', input));
}

export function useDeleteFloodPoint() {
  const api = useApi();
  return useModelsWrite((id: string) => api.request('models.deleteFloodPoint', { id }));
}
