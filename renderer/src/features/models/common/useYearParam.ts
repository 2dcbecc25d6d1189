import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { yearInSearch } from './year';

/** The page's year (?year=, this year by default) and a way to change it that keeps the other params. */
export function useYearParam(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const year = yearInSearch(params);
  const setYear = useCallback(
    (next: number) =>
      setParams(
        (current) => {
          const copy = new URLSearchParams(current);
          copy.set('year', String(next));
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [year, setYear];
}
