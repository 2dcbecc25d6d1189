import { RouterProvider, type createHashRouter } from 'react-router';
import { AppProviders, type AppServices } from './AppProviders';

type AppRouter = ReturnType<typeof createHashRouter>;

/** The whole app: services (api, queries, i18n) around a router built from appRoutes. */
export function App({ router, ...services }: AppServices & { router: AppRouter }) {
  return (
    <AppProviders {...services}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
