import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CaughtMailView,
  DeliveryOverview,
  OutreachSettingsView,
  SaveOutreachPreferencesInput,
  SetEmailInput,
} from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';

export const outreachKeys = {
  settings: ['outreach', 'me'] as const,
  deliveries: ['outreach', 'deliveries'] as const,
  caughtMails: ['outreach', 'caught-mails'] as const,
};

export const outreachSettingsQueryOptions = () =>
  queryOptions({
    queryKey: outreachKeys.settings,
    queryFn: ({ signal }) => apiFetch<OutreachSettingsView>('/outreach/me', { signal }),
  });

export function useOutreachSettings() {
  return useQuery(outreachSettingsQueryOptions());
}

function useSettingsMutation<I>(request: (input: I) => Promise<OutreachSettingsView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (settings) => client.setQueryData(outreachKeys.settings, settings),
  });
}

export function useSetEmail() {
  return useSettingsMutation((input: SetEmailInput & { locale?: 'nl' | 'en' }) =>
    apiFetch<OutreachSettingsView>('/outreach/me/email', { method: 'PUT', body: input }),
  );
}

export function useRemoveEmail() {
  return useSettingsMutation(() =>
    apiFetch<OutreachSettingsView>('/outreach/me/email', { method: 'DELETE' }),
  );
}

export function useSavePreferences() {
  return useSettingsMutation((input: SaveOutreachPreferencesInput) =>
    apiFetch<OutreachSettingsView>('/outreach/me/preferences', { method: 'PUT', body: input }),
  );
}

/** Admins: the backlog and failures, refreshed while the page is open. */
export function useDeliveries() {
  return useQuery({
    queryKey: outreachKeys.deliveries,
    queryFn: ({ signal }) => apiFetch<DeliveryOverview>('/outreach/deliveries', { signal }),
    refetchInterval: 15_000,
  });
}

export function useCaughtMails() {
  return useQuery({
    queryKey: outreachKeys.caughtMails,
    queryFn: ({ signal }) => apiFetch<CaughtMailView[]>('/outreach/caught-mails', { signal }),
    refetchInterval: 15_000,
  });
}
