import { queryOptions } from '@tanstack/react-query';
import type { ReviewMeasure } from '../../../../../shared/register';
import type { Api } from '../../../api/client';
import type { Period } from './periods';

export type ReviewDimension = 'group' | 'unit' | 'total';

/** One number of the report: which row, which column. */
export interface ReviewCell {
  dimension: ReviewDimension;
  key: string;
  measure: ReviewMeasure;
}

export const reviewQuery = (api: Api, period: Period) =>
  queryOptions({
    queryKey: ['review', 'report', period.from, period.to] as const,
    queryFn: () => api.request('register.review', period),
  });

export const reviewChildrenQuery = (api: Api, period: Period, cell: ReviewCell) =>
  queryOptions({
    queryKey: ['review', 'children', period.from, period.to, cell.dimension, cell.key, cell.measure] as const,
    queryFn: () => api.request('register.reviewChildren', { ...period, ...cell }),
  });
