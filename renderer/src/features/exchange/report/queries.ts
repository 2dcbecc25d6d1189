import { queryOptions } from '@tanstack/react-query';
import type { Api } from '../../../api/client';
import type { Period } from './periods';

// Under 'exchange': an import of the offices' packages refreshes the report (province/queries.ts).
export const provinceReportQuery = (api: Api, period: Period) =>
  queryOptions({
    queryKey: ['exchange', 'provinceReport', period.from, period.to] as const,
    queryFn: () => api.request('exchange.provinceReport', period),
  });
