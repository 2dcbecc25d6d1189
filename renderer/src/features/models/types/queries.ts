import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiProvider';
import { modelKeys, useModelsWrite } from '../common/queries';

export function useCreateModelType() {
  const api = useApi();
  return useModelsWrite((input: Input<'models.createType'>) => api.request('models.createType', input));
}

export function useUpdateModelType() {
  const api = useApi();
  return useModelsWrite((input: Input<'models.updateType'>) => api.request('models.updateType', input));
}

export function useTargets(year: number) {
  const api = useApi();
  return useQuery({ queryKey: modelKeys.targets(year), queryFn: () => api.request('models.targets', { year }) });
}

export function useSaveTarget() {
  const api = useApi();
  return useModelsWrite((input: Input<'models.saveTarget'>) => api.request('models.saveTarget', input));
}
