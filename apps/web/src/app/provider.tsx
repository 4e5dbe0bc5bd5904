import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { resetToLoggedOut } from '../features/auth/api/get-session';
import { i18n } from '../i18n';
import { createQueryClient } from '../lib/query-client';
import { SocketProvider } from './socket-provider';

export function AppProvider({ children }: { children: ReactNode }) {
  // A 401 anywhere means the session is gone: the guards then show log-in.
  const [queryClient] = useState(() => createQueryClient({ onUnauthenticated: resetToLoggedOut }));
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <SocketProvider>{children}</SocketProvider>
        </BrowserRouter>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
