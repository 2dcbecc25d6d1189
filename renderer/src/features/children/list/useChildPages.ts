import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { useRef } from 'react';
import type { ChildListRow } from '../../../../../shared/register';
import { useApi } from '../../../api/ApiProvider';
import { childKeys, type ChildListFilterQuery } from '../queries';

export const pageSize = 100;

export interface VisibleRange {
  first: number;
  last: number;
}

/** Offsets of the pages that hold rows first..last; page 0 always, for the total. */
export function pageOffsets({ first, last }: VisibleRange): number[] {
  const from = Math.floor(Math.max(0, first) / pageSize) * pageSize;
  const to = Math.floor(Math.max(first, last, 0) / pageSize) * pageSize;
  const offsets = from === 0 ? [] : [0];
  for (let offset = from; offset <= to; offset += pageSize) offsets.push(offset);
  return offsets;
}

/**
 * The list in pages of 100, fetched for the rows on screen only and cached by offset, so a
 * register of 100,000 children scrolls (or jumps to the middle) without loading it all.
 */
export function useChildPages(query: ChildListFilterQuery, range: VisibleRange) {
  const api = useApi();
  const offsets = pageOffsets(range);
  const results = useQueries({
    queries: offsets.map((offset) => ({
      queryKey: childKeys.listPage(query, offset),
      queryFn: () => api.request('children.list', { ...query, offset, limit: pageSize }),
      staleTime: 30_000,
      // Page 0 keeps showing the previous answer while a new search or filter loads.
      placeholderData: offset === 0 ? keepPreviousData : undefined,
    })),
  });

  const lastTotal = useRef<number | null>(null);
  const firstPage = results[0];
  const total = firstPage?.data?.total ?? lastTotal.current;
  if (firstPage?.data) lastTotal.current = firstPage.data.total;

  const pages = new Map<number, ChildListRow[]>();
  offsets.forEach((offset, i) => {
    const rows = results[i]?.data?.rows;
    if (rows) pages.set(offset, rows);
  });

  const rowAt = (index: number): ChildListRow | undefined =>
    pages.get(Math.floor(index / pageSize) * pageSize)?.[index % pageSize];

  return {
    total,
    rowAt,
    isPending: total === null,
    isUpdating: firstPage?.isPlaceholderData === true,
    error: results.find((result) => result.isError)?.error ?? null,
  };
}
