import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { sessionQueryKey } from '../features/auth/api/get-session';
import { i18n } from '../i18n';
import { createQueryClient } from '../lib/query-client';
import type { SessionView } from '@spiegel/domain';
import { buildSession } from './builders';

export interface RenderOptions {
  /** The URL to start at. */
  route?: string;
  /** The route pattern the element is mounted at, e.g. `/uitnodiging/:code`. */
  path?: string;
  /** The session the app believes in; logged out by default. */
  session?: SessionView;
}

/** Shows where the app navigated to, so tests can assert it. */
function LocationProbe() {
  const location = useLocation();
  return <p data-testid="location">{location.pathname}</p>;
}

/** Renders with the real providers (fresh query cache, i18n, a memory router). */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  const { route = '/', path = '*', session = buildSession() } = options;
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } });
  client.setQueryData(sessionQueryKey, session);
  const user = userEvent.setup();
  const result: RenderResult = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path={path} element={ui} />
            {path !== '*' && <Route path="*" element={null} />}
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { ...result, client, user };
}
