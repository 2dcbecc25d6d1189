import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiProvider';
import { useFundWrite } from '../common/queries';

export type ReceiptQuery = Input<'fund.receipts'>;

export const receiptKeys = {
  list: (query: ReceiptQuery) => ['fund', 'receipts', query] as const,
  nextNo: (year: number) => ['fund', 'nextReceiptNo', year] as const,
};

export function useReceipts(query: ReceiptQuery) {
  const api = useApi();
  return useQuery({ queryKey: receiptKeys.list(query), queryFn: () => api.request('fund.receipts', query), placeholderData: keepPreviousData });
}

/** The next free receipt number of a year (null: no year yet, nothing asked). */
export function useNextReceiptNo(year: number | null) {
  const api = useApi();
  return useQuery({
    queryKey: receiptKeys.nextNo(year ?? 0),
    queryFn: () => api.request('fund.nextReceiptNo', { year: year ?? 0 }),
    enabled: year !== null,
  });
}

export function useCreateReceipt() {
  const api = useApi();
  return useFundWrite((input: Input<'fund.createReceipt'>) => api.request('fund.createReceipt', input));
}

export function useCancelReceipt() {
  const api = useApi();
  return useFundWrite((input: Input<'fund.cancelReceipt'>) => api.request('fund.cancelReceipt', input));
}
