import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiProvider';

export type AvailabilityQuery = Input<'fund.available'>;

/**
 * Every fund query lives under ['fund', …]: a posting changes balances everywhere (overview,
 * ledger, receipts, donors' totals, reports), so one invalidation refreshes them all.
 */
export const fundKeys = {
  all: ['fund'] as const,
  overview: ['fund', 'overview'] as const,
  available: (query: AvailabilityQuery) => ['fund', 'available', query] as const,
};

export function invalidateFund(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: fundKeys.all });
}

export function useFundOverview() {
  const api = useApi();
  return useQuery({ queryKey: fundKeys.overview, queryFn: () => api.request('fund.overview') });
}

/** What a campaign could be paid from on a day; asked only once both are known. */
export function useAvailability(query: AvailabilityQuery | null) {
  const api = useApi();
  return useQuery({
    queryKey: fundKeys.available(query ?? { target: { kind: 'campaign', id: '' }, on: '' }),
    queryFn: () => api.request('fund.available', query ?? { target: { kind: 'campaign', id: '' }, on: '' }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/** A write to the fund; on success every fund view is refetched. Callers handle refusals. */
export function useFundWrite<I, O>(write: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => invalidateFund(queryClient) });
}

export function usePayCampaign() {
  const api = useApi();
  return useFundWrite((input: Input<'fund.payCampaign'>) => api.request('fund.payCampaign', input));
}

export function useIssueGoods() {
  const api = useApi();
  return useFundWrite((input: Input<'fund.issueGoods'>) => api.request('fund.issueGoods', input));
}

export function useClosePeriod() {
  const api = useApi();
  return useFundWrite((input: Input<'fund.closePeriod'>) => api.request('fund.closePeriod', input));
}
