import { queryOptions, type QueryClient, useQuery } from '@tanstack/react-query';
import { apiFetch, rememberCsrfToken } from '../../../lib/api-client';
import type { Me, SessionView } from '@spiegel/domain';
import { type LogoutReason, setLogoutReason } from '../hooks/logout-reason';

export const sessionQueryKey = ['auth', 'session'] as const;

export async function getSession(signal?: AbortSignal): Promise<SessionView> {
  const session = await apiFetch<SessionView>('/auth/session', { signal });
  rememberCsrfToken(session.csrfToken);
  return session;
}

export const sessionQueryOptions = () =>
  queryOptions({ queryKey: sessionQueryKey, queryFn: ({ signal }) => getSession(signal), staleTime: 60_000 });

export function useSession() {
  return useQuery(sessionQueryOptions());
}

/** The person who is logged in, or null (also while the session is still loading). */
export function useMe(): Me | null {
  return useSession().data?.me ?? null;
}

/** After log-in or registration: the session is known without asking again. */
export function setLoggedIn(client: QueryClient, me: Me): void {
  // Nothing cached for an earlier person may linger.
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  client.setQueryData<SessionView>(sessionQueryKey, (old) => ({ me, csrfToken: old?.csrfToken ?? '' }));
}

/**
 * Forgets everything cached about the person and marks the session as logged out. The guards then
 * show log-in, with the reason (if given) as a calm explanation.
 */
export function resetToLoggedOut(client: QueryClient, reason?: LogoutReason): void {
  if (reason) setLogoutReason(reason);
  const session = client.getQueryData<SessionView>(sessionQueryKey);
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  client.setQueryData<SessionView>(sessionQueryKey, { me: null, csrfToken: session?.csrfToken ?? '' });
}
