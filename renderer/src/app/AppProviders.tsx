import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiProvider } from '../api/ApiProvider';
import type { Api } from '../api/client';

export interface AppServices {
  api: Api;
  queryClient: QueryClient;
  i18n: i18n;
}

export function AppProviders({ api, queryClient, i18n, children }: AppServices & { children: ReactNode }) {
  return (
    <ApiProvider api={api}>
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
      </QueryClientProvider>
    </ApiProvider>
  );
}
