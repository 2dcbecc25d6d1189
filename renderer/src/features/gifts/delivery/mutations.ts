import { useMutation } from '@tanstack/react-query';
import type { Input } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiProvider';
import { useInvalidateCampaign } from '../queries';

/*
 * Kept here rather than using queries.ts's useMarkDelivery/useMarkAllReceived: those answer
 * `unknown`, and the screen says how many children were recorded ({ updated }).
 */

export function useMarkDelivery(campaignId: string) {
  const api = useApi();
  const invalidate = useInvalidateCampaign();
  return useMutation({
    mutationFn: (input: Input<'gifts.markDelivery'>) => api.request('gifts.markDelivery', input),
    onSuccess: () => invalidate(campaignId),
  });
}

export function useMarkAllReceived(campaignId: string) {
  const api = useApi();
  const invalidate = useInvalidateCampaign();
  return useMutation({
    mutationFn: (input: Input<'gifts.markAllReceived'>) => api.request('gifts.markAllReceived', input),
    onSuccess: () => invalidate(campaignId),
  });
}
