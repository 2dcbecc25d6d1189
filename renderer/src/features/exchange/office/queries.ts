import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../../../shared/contract';
import type { ExchangeOverview } from '../../../../../shared/exchange';
import { useApi } from '../../../api/ApiProvider';

/** The office side's one query: settings, the next sequence and the export log come together. */
export const exchangeOfficeKeys = {
  all: ['exchange', 'office'] as const,
  overview: ['exchange', 'office', 'overview'] as const,
};

export function useExchangeOverview() {
  const api = useApi();
  return useQuery({ queryKey: exchangeOfficeKeys.overview, queryFn: () => api.request('exchange.overview') });
}

/** Writes that answer the whole overview (settings, passphrase): the answer replaces what is shown. */
function useOverviewWrite<I>(write: (input: I) => Promise<ExchangeOverview>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: (overview) => queryClient.setQueryData(exchangeOfficeKeys.overview, overview) });
}

/** Writes that change the log (an export, a receipt): the overview is asked again. */
function useLogWrite<I, O>(write: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => queryClient.invalidateQueries({ queryKey: exchangeOfficeKeys.all }) });
}

export function useSaveExchangeSettings() {
  const api = useApi();
  return useOverviewWrite((input: Input<'exchange.saveSettings'>) => api.request('exchange.saveSettings', input));
}

export function useSetPassphrase() {
  const api = useApi();
  return useOverviewWrite((input: Input<'exchange.setPassphrase'>) => api.request('exchange.setPassphrase', input));
}

export function useExport() {
  const api = useApi();
  return useLogWrite((input: Input<'exchange.export'>) => api.request('exchange.export', input));
}

export function useImportReceipt() {
  const api = useApi();
  return useLogWrite((input: Input<'exchange.importReceipt'>) => api.request('exchange.importReceipt', input));
}
