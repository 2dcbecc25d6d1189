import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChildListQueryInput } from '../../../../shared/schemas/children';
import type { ChildDetail } from '../../../../shared/register';
import { useApi } from '../../api/ApiProvider';

/** A list query without its page window. */
export type ChildListFilterQuery = Omit<ChildListQueryInput, 'offset' | 'limit'>;

export const childKeys = {
  lists: ['children', 'list'] as const,
  listPage: (query: ChildListFilterQuery, offset: number) => ['children', 'list', query, offset] as const,
  detail: (id: string) => ['children', 'detail', id] as const,
  // Under 'office' so that saving the office (a new area) refreshes them too.
  units: ['office', 'units'] as const,
  circumstances: ['codes', 'circumstances'] as const,
};

export function useOfficeUnits() {
  const api = useApi();
  return useQuery({ queryKey: childKeys.units, queryFn: () => api.request('office.units'), staleTime: 5 * 60_000 });
}

export function useCircumstances() {
  const api = useApi();
  return useQuery({
    queryKey: childKeys.circumstances,
    queryFn: () => api.request('codes.circumstances'),
    staleTime: 5 * 60_000,
  });
}

export function useChild(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: childKeys.detail(id ?? ''),
    queryFn: () => api.request('children.get', { id: id ?? '' }),
    enabled: id !== undefined && id !== '',
  });
}

/** After main answers with a changed child: show it at once, and refetch the list. */
export function useChildChanged(): (child: ChildDetail) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (child: ChildDetail) => {
      queryClient.setQueryData(childKeys.detail(child.id), child);
      void queryClient.invalidateQueries({ queryKey: childKeys.lists });
    },
    [queryClient],
  );
}
