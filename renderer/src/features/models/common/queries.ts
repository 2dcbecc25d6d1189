import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApi } from '../../../api/ApiProvider';
import { useOfficeUnits } from '../../children/queries';

/**
 * Every models query lives under ['models', …]: a rollout, an assessment or a target changes
 * the coverage, the roll-ups and the lists at once, so one invalidation refreshes them all.
 */
export const modelKeys = {
  all: ['models'] as const,
  types: ['models', 'types'] as const,
  targets: (year: number) => ['models', 'targets', year] as const,
};

/** The shipped models and the office's own, archived included (pages decide what to show). */
export function useModelTypes() {
  const api = useApi();
  return useQuery({ queryKey: modelKeys.types, queryFn: () => api.request('models.types') });
}

/** A write to the models; on success every models view is refetched. Callers handle refusals. */
export function useModelsWrite<I, O>(write: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => queryClient.invalidateQueries({ queryKey: modelKeys.all }) });
}

/**
 * The units models are rolled out in: the office's area units. A legacy district's office
 * lists its old wards and also the communes they became (for children's addresses); models
 * are counted over the wards only, as main does, so the communes are left out here.
 */
export function useAreaUnits() {
  const units = useOfficeUnits();
  const data = units.data;
  const area = useMemo(() => {
    if (!data) return undefined;
    return data.some((unit) => unit.kind === 'legacyWard') ? data.filter((unit) => unit.kind === 'legacyWard') : data;
  }, [data]);
  return { ...units, data: area };
}
