import { useQuery } from '@tanstack/react-query';
import type { Input } from '../../../../../shared/contract';
import { useApi } from '../../../api/ApiProvider';
import { useModelsWrite } from '../common/queries';

export const childFriendlyKeys = {
  criteria: ['models', 'childFriendly', 'criteria'] as const,
  scores: (year: number) => ['models', 'childFriendly', 'scores', year] as const,
};

export function useChildFriendlyCriteria() {
  const api = useApi();
  return useQuery({ queryKey: childFriendlyKeys.criteria, queryFn: () => api.request('models.childFriendlyCriteria') });
}

export function useChildFriendlyScores(year: number) {
  const api = useApi();
  return useQuery({ queryKey: childFriendlyKeys.scores(year), queryFn: () => api.request('models.childFriendlyScores', { year }) });
}

export function useSaveScore() {
  const api = useApi();
  return useModelsWrite((input: Input<'models.saveChildFriendlyScore'>) => api.request('models.saveChildFriendlyScore', input));
}

export function useSaveChildFriendlyCriteria() {
  const api = useApi();
  return useModelsWrite((input: Input<'models.saveChildFriendlyCriteria'>) => api.request('models.saveChildFriendlyCriteria', input));
}
