import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiProvider';

export type AvailabilityQuery = Input<'fund.available'>;

/**
 * Every fund query lives under ['fund', …]: a posting changes balances everywhere (overview,
 * ledger, receipts, donors' totals, cases, reports), so one invalidation refreshes them all.
 */
export const fundKeys = {
  all: ['fund'] as const,
  overview: ['fund', 'overview'] as const,
  available: (query: AvailabilityQuery) => ['fund', 'available', query] as const,
};

export function invalidateFund(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: fundKeys.all });
}

/** A write to the fund; on success every fund view is refetched. Callers handle refusals. */
export function useFundWrite<I, O>(write: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => invalidateFund(queryClient) });
}

const nothingAsked: AvailabilityQuery = { target: { kind: 'campaign', id: '' }, on: '' };

/**
 * What a case or a campaign could be paid from on a day; asked only once both are known. While
 * a new day loads the previous answer stays on screen: read `isPlaceholderData` before deciding
 * anything from it.
 */
export function useAvailability(query: AvailabilityQuery | null) {
  const api = useApi();
  return useQuery({
    queryKey: fundKeys.available(query ?? nothingAsked),
    queryFn: () => api.request('fund.available', query ?? nothingAsked),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
