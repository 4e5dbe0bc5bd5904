import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PushSettingsView, PushSubscriptionInput } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';

export const pushKeys = { settings: ['outreach', 'push'] as const };

export const pushSettingsQueryOptions = () =>
  queryOptions({
    queryKey: pushKeys.settings,
    queryFn: ({ signal }) => apiFetch<PushSettingsView>('/outreach/push', { signal }),
  });

export function usePushSettings() {
  return useQuery(pushSettingsQueryOptions());
}

export function useSubscribePush() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: PushSubscriptionInput) =>
      apiFetch<PushSettingsView>('/outreach/push/devices', { method: 'POST', body: input }),
    onSuccess: (settings) => client.setQueryData(pushKeys.settings, settings),
  });
}

export function useRemovePushDevice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<PushSettingsView>(`/outreach/push/devices/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: (settings) => client.setQueryData(pushKeys.settings, settings),
  });
}
