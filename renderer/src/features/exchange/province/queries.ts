import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../../api/ApiProvider';
import type { Api } from '../../../api/client';

/**
 * The province's data from the offices. All under 'exchange': an import refreshes the offices,
 * the log and the province report at once (report/queries.ts keys its report here too).
 */
export const provinceKeys = {
  all: ['exchange'] as const,
  sources: ['exchange', 'sources'] as const,
  imports: ['exchange', 'imports'] as const,
};

export const sourcesQuery = (api: Api) => queryOptions({ queryKey: provinceKeys.sources, queryFn: () => api.request('exchange.sources') });

export const importsQuery = (api: Api) => queryOptions({ queryKey: provinceKeys.imports, queryFn: () => api.request('exchange.imports') });

/**
 * "Bỏ số liệu": an office's data out of the consolidation. Main answers with the offices left;
 * the log and the province report change with it, so everything under 'exchange' is refetched.
 */
export function useRemoveSource() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (officeId: string) => api.request('exchange.removeSource', { officeId }),
    onSuccess: async (left) => {
      queryClient.setQueryData(provinceKeys.sources, left);
      await queryClient.invalidateQueries({ queryKey: provinceKeys.all });
    },
  });
}
