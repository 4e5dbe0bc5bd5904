import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SsoConfigInput, SsoConfigView, SsoDiscovery } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';

export const ssoKeys = {
  config: ['admin', 'sso'] as const,
  discover: (by: { organisation?: string; email?: string }) => ['sso', 'discover', by] as const,
};

export function discoverSso(by: { organisation?: string; email?: string }, signal?: AbortSignal) {
  const query = new URLSearchParams(
    Object.entries(by).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );
  return apiFetch<SsoDiscovery>(`/sso/discover?${query.toString()}`, { signal });
}

/** Whether the organisation in the log-in address (`?organisatie=slug`) offers its own log-in. */
export function useSsoForOrganisation(slug: string | null) {
  return useQuery({
    queryKey: ssoKeys.discover({ organisation: slug ?? '' }),
    queryFn: ({ signal }) => discoverSso({ organisation: slug ?? '' }, signal),
    enabled: Boolean(slug),
    staleTime: 5 * 60_000,
  });
}

export function useSsoConfig() {
  return useQuery({
    queryKey: ssoKeys.config,
    queryFn: ({ signal }) => apiFetch<SsoConfigView>('/admin/sso', { signal }),
  });
}

export function useSaveSsoConfig() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SsoConfigInput) =>
      apiFetch<SsoConfigView>('/admin/sso', { method: 'PUT', body: input }),
    onSuccess: (saved) => client.setQueryData(ssoKeys.config, saved),
  });
}
