import { supportStatuses, supportTypes, type SupportStatus, type SupportType } from '../../../../../shared/codes/fund';
import type { SupportQuery } from './queries';

/** The list's filters, kept in the address so that Back from a case returns to them. */
export interface SupportFilters {
  statuses: SupportStatus[];
  type: SupportType | '';
  unitId: string;
  /** The search as typed. */
  text: string;
}

const oneOf = <T extends string>(allowed: readonly T[]) => (value: string): value is T => (allowed as readonly string[]).includes(value);

export function filtersFromParams(params: URLSearchParams): SupportFilters {
  const type = params.get('type') ?? '';
  return {
    statuses: supportStatuses.filter((status) => params.getAll('status').includes(status)),
    type: oneOf(supportTypes)(type) ? type : '',
    unitId: params.get('unit') ?? '',
    text: params.get('q') ?? '',
  };
}

export function paramsFromFilters(filters: SupportFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const status of filters.statuses) params.append('status', status);
  if (filters.type) params.set('type', filters.type);
  if (filters.unitId) params.set('unit', filters.unitId);
  if (filters.text.trim()) params.set('q', filters.text);
  return params;
}

export function queryFromFilters(filters: SupportFilters): SupportQuery {
  return {
    statuses: filters.statuses,
    types: filters.type ? [filters.type] : [],
    unitId: filters.unitId || null,
    search: filters.text.trim().slice(0, 100),
  };
}
