import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ChannelName } from '../../../../../shared/channels';
import type { Input, Output } from '../../../../../shared/contract';
import type { SupportDetail } from '../../../../../shared/fund';
import { useApi } from '../../../api/ApiProvider';
import { fundKeys } from '../common/queries';

export type SupportQuery = Input<'fund.supports'>;

/**
 * Support queries live under ['fund', …]: a case written changes the ledger, the overview and
 * the reports too, so one invalidation of ['fund'] refreshes every view of the fund.
 */
export const supportKeys = {
  list: (query: SupportQuery) => ['fund', 'supports', query] as const,
  detail: (id: string) => ['fund', 'support', id] as const,
  child: (childId: string) => ['fund', 'child', childId] as const,
};

export function useSupports(query: SupportQuery) {
  const api = useApi();
  return useQuery({
    queryKey: supportKeys.list(query),
    queryFn: () => api.request('fund.supports', query),
    placeholderData: keepPreviousData,
  });
}

export function useSupport(id: string) {
  const api = useApi();
  return useQuery({ queryKey: supportKeys.detail(id), queryFn: () => api.request('fund.support', { id }), enabled: id !== '' });
}

export function useChildFundSupport(childId: string) {
  const api = useApi();
  return useQuery({
    queryKey: supportKeys.child(childId),
    queryFn: () => api.request('children.fundSupport', { id: childId }),
    enabled: childId !== '',
  });
}

/** Main answered with the whole case: show it at once, then refetch every fund view. */
export async function supportChanged(queryClient: QueryClient, support: SupportDetail): Promise<void> {
  queryClient.setQueryData(supportKeys.detail(support.id), support);
  await queryClient.invalidateQueries({
    queryKey: fundKeys.all,
    predicate: (query) => !(query.queryKey[1] === 'support' && query.queryKey[2] === support.id),
  });
}

/** The channels that change a case and answer with it. */
type SupportWrite = {
  [C in ChannelName]: Output<C> extends SupportDetail ? C : never;
}[ChannelName];

/** One write to a case; callers handle refusals (errorCode, field issues). */
export function useSupportWrite<C extends SupportWrite>(channel: C) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<C>) => (api.request as (channel: C, input: Input<C>) => Promise<SupportDetail>)(channel, input),
    onSuccess: (support) => supportChanged(queryClient, support),
  });
}
