import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiProvider';
import { useFundWrite } from '../common/queries';

export type LedgerQueryInput = Input<'fund.ledger'>;

export const ledgerKeys = { ledger: (query: LedgerQueryInput) => ['fund', 'ledger', query] as const };

export function useLedger(query: LedgerQueryInput | null) {
  const api = useApi();
  return useQuery({
    queryKey: ledgerKeys.ledger(query ?? { from: '', to: '' }),
    queryFn: () => api.request('fund.ledger', query ?? { from: '', to: '' }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

export function useReversePosting() {
  const api = useApi();
  return useFundWrite((input: Input<'fund.reversePosting'>) => api.request('fund.reversePosting', input));
}
