import { QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { ErrorCode } from '../../../shared/errors';
import { ApiError, type Api } from './client';
import { useApi } from './ApiProvider';

const provinceCodePattern = /^\d{2}$/;

export const queryKeys = {
  preferences: ['preferences'] as const,
  office: ['office'] as const,
  provinces: ['units', 'provinces'] as const,
  communes: (provinceCode: string) => ['units', 'communes', provinceCode] as const,
  legacyDistricts: (provinceCode: string) => ['units', 'legacyDistricts', provinceCode] as const,
  legacyWards: (districtId: string) => ['units', 'legacyWards', districtId] as const,
};

/** Answers from main are deterministic; only a lost connection is worth a retry. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        retry: (failures, error) =>
          failures < 2 && error instanceof ApiError && error.error.code === 'errors.connection',
      },
      mutations: { retry: false },
    },
  });
}

export const preferencesQuery = (api: Api) =>
  queryOptions({ queryKey: queryKeys.preferences, queryFn: () => api.request('preferences.get') });

export const officeQuery = (api: Api) =>
  queryOptions({ queryKey: queryKeys.office, queryFn: () => api.request('office.get') });

// Unit lists are static data shipped with the app: fetch once per session.
export const provincesQuery = (api: Api) =>
  queryOptions({ queryKey: queryKeys.provinces, queryFn: () => api.request('units.provinces'), staleTime: Infinity });

export const communesQuery = (api: Api, provinceCode: string) =>
  queryOptions({
    queryKey: queryKeys.communes(provinceCode),
    queryFn: () => api.request('units.communes', { provinceCode }),
    enabled: provinceCodePattern.test(provinceCode),
    staleTime: Infinity,
  });

export const legacyDistrictsQuery = (api: Api, provinceCode: string) =>
  queryOptions({
    queryKey: queryKeys.legacyDistricts(provinceCode),
    queryFn: () => api.request('units.legacyDistricts', { provinceCode }),
    enabled: provinceCodePattern.test(provinceCode),
    staleTime: Infinity,
  });

export const legacyWardsQuery = (api: Api, districtId: string) =>
  queryOptions({
    queryKey: queryKeys.legacyWards(districtId),
    queryFn: () => api.request('units.legacyWards', { districtId }),
    enabled: districtId !== '',
    staleTime: Infinity,
  });

export function useOffice() {
  return useQuery(officeQuery(useApi()));
}

export function useProvinces() {
  return useQuery(provincesQuery(useApi()));
}

export function useCommunes(provinceCode: string) {
  return useQuery(communesQuery(useApi(), provinceCode));
}

export function useLegacyDistricts(provinceCode: string) {
  return useQuery(legacyDistrictsQuery(useApi(), provinceCode));
}

export function useLegacyWards(districtId: string) {
  return useQuery(legacyWardsQuery(useApi(), districtId));
}

/** The error code of a failed query or mutation, for t(); unknown failures are internal. */
export function errorCode(error: unknown): ErrorCode {
  return error instanceof ApiError ? error.error.code : 'errors.internal';
}
