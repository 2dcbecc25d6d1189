import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiProvider';
import { useFundWrite } from '../common/queries';

export const donorKeys = { all: ['fund', 'donors'] as const };

/**
 * All donors at once: an office has tens or a few hundred, so screens filter them as the user
 * types (with or without diacritics) instead of asking main on each key.
 */
export function useDonors() {
  const api = useApi();
  return useQuery({ queryKey: donorKeys.all, queryFn: () => api.request('fund.donors', { search: '' }) });
}

export function useCreateDonor() {
  const api = useApi();
  return useFundWrite((input: Input<'fund.createDonor'>) => api.request('fund.createDonor', input));
}

export function useUpdateDonor() {
  const api = useApi();
  return useFundWrite((input: Input<'fund.updateDonor'>) => api.request('fund.updateDonor', input));
}
