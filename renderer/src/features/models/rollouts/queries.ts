import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiProvider';
import { useModelsWrite } from '../common/queries';

/** One model's rollouts in the area's units for a year. */
export function useRollouts(modelTypeId: string | null, year: number) {
  const api = useApi();
  return useQuery({
    queryKey: ['models', 'rollouts', modelTypeId, year],
    queryFn: () => api.request('models.rollouts', { modelTypeId, year, unitId: null }),
    enabled: modelTypeId !== null,
  });
}

export function useRolloutHistory(rolloutId: string) {
  const api = useApi();
  return useQuery({ queryKey: ['models', 'rolloutHistory', rolloutId], queryFn: () => api.request('models.rolloutHistory', { id: rolloutId }) });
}

export function useSaveRollout() {
  const api = useApi();
  return useModelsWrite((input: Input<'models.saveRollout'>) => api.request('models.saveRollout', input));
}
