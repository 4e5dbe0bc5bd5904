import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

export interface QueryClientOptions {
  /** Called when any request answers 401: the session ended, the app should show log-in. */
  onUnauthenticated?: (client: QueryClient) => void;
}

function shouldRetry(failureCount: number, error: unknown): boolean {
  // A 4xx will not get better by asking again; network trouble and 5xx might.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof ApiError && error.status === 401) options.onUnauthenticated?.(client);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED')
          options.onUnauthenticated?.(client);
      },
    }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  return client;
}
