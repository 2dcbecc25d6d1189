import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter } from 'react-router';
import { z } from 'zod';
import { defaultLanguage } from '../../shared/schemas/preferences';
import { api } from './api/client';
import { createQueryClient, preferencesQuery } from './api/queries';
import { App } from './app/App';
import { appRoutes } from './app/routes';
import { createI18n } from './i18n';
import './ui/base.css';

// The CSP forbids eval: tell zod not to probe for it (the probe logs a CSP violation).
z.config({ jitless: true });

/** Reads the stored language first, so the first screen is already in it. */
async function boot(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');

  const queryClient = createQueryClient();
  // If preferences cannot be read, start in Vietnamese; the office check will show the error.
  const preferences = await queryClient
    .fetchQuery(preferencesQuery(api))
    .catch(() => ({ language: defaultLanguage }));
  const i18n = await createI18n(preferences.language);
  // Hash routing works both from app://bao-tro/index.html and from http://127.0.0.1:PORT/.
  const router = createHashRouter(appRoutes);

  createRoot(root).render(
    <StrictMode>
      <App api={api} queryClient={queryClient} i18n={i18n} router={router} />
    </StrictMode>,
  );
}

void boot();
