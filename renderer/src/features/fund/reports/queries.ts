import { queryOptions } from '@tanstack/react-query';
import type { Api } from '../../../api/client';
import type { Period } from '../common/periods';

// Under 'fund' so that whatever refreshes the fund after a receipt or payment refreshes these too.
export const fundStatementQuery = (api: Api, period: Period) =>
  queryOptions({
    queryKey: ['fund', 'reports', 'statement', period.from, period.to] as const,
    queryFn: () => api.request('fund.statement', period),
  });

export const childTimesQuery = (api: Api, period: Period) =>
  queryOptions({
    queryKey: ['fund', 'reports', 'childTimes', period.from, period.to] as const,
    queryFn: () => api.request('fund.childTimes', period),
  });

export const transparencyQuery = (api: Api, period: Period) =>
  queryOptions({
    queryKey: ['fund', 'reports', 'transparency', period.from, period.to] as const,
    queryFn: () => api.request('fund.transparency', period),
  });
