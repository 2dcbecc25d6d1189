import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { createMemoryRouter, type RouteObject } from 'react-router';
import { createApi } from '../api/client';
import { createQueryClient } from '../api/queries';
import { App } from '../app/App';
import { appRoutes } from '../app/routes';
import { createI18n } from '../i18n';
import { createFakeBackend, type FakeBackend } from './fakeBackend';

/** Routes on a memory router at `path`, in StrictMode as main.tsx renders, talking to the fake backend. */
export async function renderRoutes(routes: RouteObject[], path: string, backend: FakeBackend) {
  const api = createApi(backend.transport);
  const queryClient = createQueryClient();
  const preferences = await api.request('preferences.get');
  const i18n = await createI18n(preferences.language);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <App api={api} queryClient={queryClient} i18n={i18n} router={router} />
    </StrictMode>,
  );
  return { ...view, user, router, queryClient, backend, i18n };
}

/** Renders the whole app (in StrictMode, as main.tsx does) on a memory router, talking to a fake backend. */
export function renderApp(options: { backend?: FakeBackend; path?: string } = {}) {
  return renderRoutes(appRoutes, options.path ?? '/', options.backend ?? createFakeBackend());
}
