import { groupCodes, type GroupCode } from '../../../../../shared/codes/groups';
import {
  householdStatuses,
  registerStatuses,
  sexes,
  type HouseholdStatus,
  type RegisterStatus,
  type Sex,
} from '../../../../../shared/codes/register';
import { noGiftFilterMonths } from '../../../../../shared/codes/gifts';
import { foldVietnamese } from '../../../../../shared/format';
import { childSorts } from '../../../../../shared/schemas/children';
import type { ChildListFilterQuery } from '../queries';

export type ChildSort = (typeof childSorts)[number];

/** What the list shows, as the user set it; kept in the address so Back returns to it. */
export interface ListFilters {
  /** The search text as typed; the query gets it folded. */
  text: string;
  unitIds: string[];
  groupCodes: GroupCode[];
  atRiskCodes: string[];
  statuses: RegisterStatus[];
  sexes: Sex[];
  ethnicityCodes: string[];
  householdStatuses: HouseholdStatus[];
  ageMin: number | null;
  ageMax: number | null;
  turning16Soon: boolean;
  /** "No gift in the last 12 months": the months, or null when the filter is off. */
  noGiftMonths: number | null;
  sort: ChildSort;
}

export const defaultFilters: ListFilters = {
  text: '',
  unitIds: [],
  groupCodes: [],
  atRiskCodes: [],
  statuses: [],
  sexes: [],
  ethnicityCodes: [],
  householdStatuses: [],
  ageMin: null,
  ageMax: null,
  turning16Soon: false,
  noGiftMonths: null,
  sort: 'name',
};

const oneOf = <T extends string>(allowed: readonly T[]) => (value: string): value is T =>
  (allowed as readonly string[]).includes(value);

function age(text: string | null): number | null {
  if (text === null || !/^\d{1,2}$/.test(text)) return null;
  const value = Number(text);
  return value <= 30 ? value : null;
}

export function filtersFromParams(params: URLSearchParams): ListFilters {
  const sort = params.get('sort') ?? '';
  return {
    text: params.get('q') ?? '',
    unitIds: params.getAll('unit'),
    groupCodes: params.getAll('group').filter(oneOf(groupCodes)),
    atRiskCodes: params.getAll('risk'),
    statuses: params.getAll('status').filter(oneOf(registerStatuses)),
    sexes: params.getAll('sex').filter(oneOf(sexes)),
    ethnicityCodes: params.getAll('eth').filter((code) => /^\d{2}$/.test(code)),
    householdStatuses: params.getAll('household').filter(oneOf(householdStatuses)),
    ageMin: age(params.get('ageMin')),
    ageMax: age(params.get('ageMax')),
    turning16Soon: params.get('soon') === '1',
    noGiftMonths: params.get('noGift') === '1' ? noGiftFilterMonths : null,
    sort: oneOf(childSorts)(sort) ? sort : 'name',
  };
}

export function filtersToParams(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.text !== '') params.set('q', filters.text);
  const many: [string, readonly string[]][] = [
    ['unit', filters.unitIds],
    ['group', filters.groupCodes],
    ['risk', filters.atRiskCodes],
    ['status', filters.statuses],
    ['sex', filters.sexes],
    ['eth', filters.ethnicityCodes],
    ['household', filters.householdStatuses],
  ];
  for (const [name, values] of many) for (const value of values) params.append(name, value);
  if (filters.ageMin !== null) params.set('ageMin', String(filters.ageMin));
  if (filters.ageMax !== null) params.set('ageMax', String(filters.ageMax));
  if (filters.turning16Soon) params.set('soon', '1');
  if (filters.noGiftMonths !== null) params.set('noGift', '1');
  if (filters.sort !== 'name') params.set('sort', filters.sort);
  return params;
}

/** Whether anything narrows the list (the sort order does not). */
export function isFiltered(filters: ListFilters): boolean {
  return foldVietnamese(filters.text) !== '' || filtersToParams({ ...filters, text: '', sort: 'name' }).toString() !== '';
}

/** The list query main gets: the search folded (no diacritics, đ → d, lower case). */
export function listQuery(filters: ListFilters): ChildListFilterQuery {
  const { text, ...rest } = filters;
  // An age range typed backwards still means the range between the two numbers.
  const [ageMin, ageMax] =
    rest.ageMin !== null && rest.ageMax !== null && rest.ageMin > rest.ageMax ? [rest.ageMax, rest.ageMin] : [rest.ageMin, rest.ageMax];
  return { ...rest, ageMin, ageMax, search: foldVietnamese(text).slice(0, 100) };
}
