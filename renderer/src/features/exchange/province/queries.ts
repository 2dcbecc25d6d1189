import { queryOptions } from '@tanstack/react-query';
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
