import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiProvider';
import { useModelsWrite } from '../common/queries';

export const safeHomeKeys = {
  criteria: ['models', 'safeHome', 'criteria'] as const,
  assessments: (year: number, unitId: string | null) => ['models', 'safeHome', 'assessments', year, unitId] as const,
  rollup: (year: number) => ['models', 'safeHome', 'rollup', year] as const,
};

export function useSafeHomeCriteria() {
  const api = useApi();
  return useQuery({ queryKey: safeHomeKeys.criteria, queryFn: () => api.request('models.safeHomeCriteria') });
}

export function useSafeHomeAssessments(year: number, unitId: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: safeHomeKeys.assessments(year, unitId),
    queryFn: () => api.request('models.safeHomeAssessments', { year, unitId }),
  });
}

export function useSafeHomeRollup(year: number) {
  const api = useApi();
  return useQuery({ queryKey: safeHomeKeys.rollup(year), queryFn: () => api.request('models.safeHomeRollup', { year }) });
}

export function useSaveSafeHomeCriteria() {
  const api = useApi();
  return useModelsWrite((input: Input<'models.saveSafeHomeCriteria'>) => api.request('models.saveSafeHomeCriteria', input));
}

export function useCreateAssessment() {
  const api = useApi();
  return useModelsWrite((input: Input<'models.createSafeHomeAssessment'>) => api.request('models.createSafeHomeAssessment', input));
}

export function useUpdateAssessment() {
  const api = useApi();
  return useModelsWrite((input: Input<'models.updateSafeHomeAssessment'>) => api.request('models.updateSafeHomeAssessment', input));
}

export function useDeleteAssessment() {
  const api = useApi();
  return useModelsWrite((id: string) => api.request('models.deleteSafeHomeAssessment', { id }));
}
