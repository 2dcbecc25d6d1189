import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Input } from '../../../../shared/contract';
import type { CampaignDetail } from '../../../../shared/gifts';
import type { Api } from '../../api/client';
import { useApi } from '../../api/ApiProvider';
import { childKeys } from '../children/queries';

export type RecipientQuery = Input<'gifts.recipients'>;
export type RosterQueryInput = Input<'gifts.roster'>;

/**
 * Every gift query lives under ['gifts', …] so that one invalidation refreshes all of a
 * campaign's views; campaign-scoped keys start with ['gifts', 'campaign', id].
 */
export const giftKeys = {
  all: ['gifts'] as const,
  campaigns: ['gifts', 'campaigns'] as const,
  campaignScope: (campaignId: string) => ['gifts', 'campaign', campaignId] as const,
  campaign: (campaignId: string) => ['gifts', 'campaign', campaignId, 'detail'] as const,
  recipientsScope: (campaignId: string) => ['gifts', 'campaign', campaignId, 'recipients'] as const,
  recipients: (query: RecipientQuery) => ['gifts', 'campaign', query.campaignId, 'recipients', query] as const,
  changes: (campaignId: string) => ['gifts', 'campaign', campaignId, 'changes'] as const,
  summary: (campaignId: string) => ['gifts', 'campaign', campaignId, 'summary'] as const,
  roster: (query: RosterQueryInput) => ['gifts', 'campaign', query.campaignId, 'roster', query] as const,
  childGifts: (childId: string) => ['gifts', 'child', childId] as const,
};

export const campaignsQuery = (api: Api) =>
  queryOptions({ queryKey: giftKeys.campaigns, queryFn: () => api.request('gifts.campaigns') });

export const campaignQuery = (api: Api, campaignId: string) =>
  queryOptions({
    queryKey: giftKeys.campaign(campaignId),
    queryFn: () => api.request('gifts.campaign', { id: campaignId }),
    enabled: campaignId !== '',
  });

export const recipientsQuery = (api: Api, query: RecipientQuery) =>
  queryOptions({ queryKey: giftKeys.recipients(query), queryFn: () => api.request('gifts.recipients', query) });

export const changesQuery = (api: Api, campaignId: string) =>
  queryOptions({ queryKey: giftKeys.changes(campaignId), queryFn: () => api.request('gifts.changes', { id: campaignId }) });

export const summaryQuery = (api: Api, campaignId: string) =>
  queryOptions({ queryKey: giftKeys.summary(campaignId), queryFn: () => api.request('gifts.summary', { id: campaignId }) });

export const rosterQuery = (api: Api, query: RosterQueryInput) =>
  queryOptions({ queryKey: giftKeys.roster(query), queryFn: () => api.request('gifts.roster', query) });

export const childGiftsQuery = (api: Api, childId: string) =>
  queryOptions({
    queryKey: giftKeys.childGifts(childId),
    queryFn: () => api.request('children.gifts', { id: childId }),
    enabled: childId !== '',
  });

/**
 * After any write to a campaign: refetch its views, the campaign list (totals), children's gift
 * histories and the register's lists (the "no gift in 12 months" filter reads deliveries).
 */
export async function invalidateCampaign(queryClient: QueryClient, campaignId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: giftKeys.campaignScope(campaignId) }),
    queryClient.invalidateQueries({ queryKey: giftKeys.campaigns }),
    queryClient.invalidateQueries({ queryKey: ['gifts', 'child'] }),
    queryClient.invalidateQueries({ queryKey: childKeys.lists }),
  ]);
}

/** A main answer with the whole campaign: show it at once, then refetch what depends on it. */
export async function campaignChanged(queryClient: QueryClient, campaign: CampaignDetail): Promise<void> {
  queryClient.setQueryData(giftKeys.campaign(campaign.id), campaign);
  await invalidateCampaign(queryClient, campaign.id);
}

export function useInvalidateCampaign(): (campaignId: string) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback((campaignId: string) => invalidateCampaign(queryClient, campaignId), [queryClient]);
}

export function useCampaigns() {
  return useQuery(campaignsQuery(useApi()));
}

export function useCampaign(campaignId: string) {
  return useQuery(campaignQuery(useApi(), campaignId));
}

export function useRecipients(query: RecipientQuery) {
  return useQuery(recipientsQuery(useApi(), query));
}

export function useChanges(campaignId: string) {
  return useQuery(changesQuery(useApi(), campaignId));
}

export function useSummary(campaignId: string) {
  return useQuery(summaryQuery(useApi(), campaignId));
}

export function useChildGifts(childId: string) {
  return useQuery(childGiftsQuery(useApi(), childId));
}

/* Writes. Each refreshes the campaign's views on success; callers handle refusals (errorCode). */

export function useCreateCampaign() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'gifts.createCampaign'>) => api.request('gifts.createCampaign', input),
    onSuccess: (campaign) => campaignChanged(queryClient, campaign),
  });
}

export function useUpdateCampaign() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'gifts.updateCampaign'>) => api.request('gifts.updateCampaign', input),
    onSuccess: (campaign) => campaignChanged(queryClient, campaign),
  });
}

export function useDeleteCampaign() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (campaignId: string) => api.request('gifts.deleteCampaign', { id: campaignId }),
    onSuccess: (_answer, campaignId) => {
      queryClient.removeQueries({ queryKey: giftKeys.campaignScope(campaignId) });
      return queryClient.invalidateQueries({ queryKey: giftKeys.campaigns });
    },
  });
}

export function useFreezeCampaign() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (campaignId: string) => api.request('gifts.freeze', { id: campaignId }),
    onSuccess: (campaign) => campaignChanged(queryClient, campaign),
  });
}

/** A preview changes nothing, so it is a mutation only to run on demand ("Xem trước"). */
export function usePreviewSelection() {
  const api = useApi();
  return useMutation({
    mutationFn: (input: Input<'gifts.previewSelection'>) => api.request('gifts.previewSelection', input),
  });
}

export function useApplySelection() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'gifts.applySelection'>) => api.request('gifts.applySelection', input),
    onSuccess: (campaign) => campaignChanged(queryClient, campaign),
  });
}

/** Recipient writes: the campaign id is given up front so that its views refresh. */
function useRecipientWrite<I, O>(campaignId: string, write: (api: Api, input: I) => Promise<O>) {
  const api = useApi();
  const invalidate = useInvalidateCampaign();
  return useMutation({
    mutationFn: (input: I) => write(api, input),
    onSuccess: () => invalidate(campaignId),
  });
}

export function useAddRecipient(campaignId: string) {
  return useRecipientWrite(campaignId, (api, input: Input<'gifts.addRecipient'>) => api.request('gifts.addRecipient', input));
}

export function useRemoveRecipient(campaignId: string) {
  return useRecipientWrite(campaignId, (api, input: Input<'gifts.removeRecipient'>) =>
    api.request('gifts.removeRecipient', input),
  );
}

export function useRestoreRecipient(campaignId: string) {
  return useRecipientWrite(campaignId, (api, input: Input<'gifts.restoreRecipient'>) =>
    api.request('gifts.restoreRecipient', input),
  );
}

export function useSetRecipientGift(campaignId: string) {
  return useRecipientWrite(campaignId, (api, input: Input<'gifts.setRecipientGift'>) =>
    api.request('gifts.setRecipientGift', input),
  );
}

export function useMarkDelivery(campaignId: string) {
  return useRecipientWrite(campaignId, (api, input: Input<'gifts.markDelivery'>) => api.request('gifts.markDelivery', input));
}

export function useMarkAllReceived(campaignId: string) {
  return useRecipientWrite(campaignId, (api, input: Input<'gifts.markAllReceived'>) =>
    api.request('gifts.markAllReceived', input),
  );
}
