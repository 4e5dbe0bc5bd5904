import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckinDraftView, CheckinInput, CheckinResult } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { nazorgKeys } from './query-keys';

/** Suggested wording (chosen by the risk's reasons) and the channels the check-in will take. */
export function useCheckinDraft(membershipId: string, locale: 'nl' | 'en') {
  return useQuery({
    queryKey: [...nazorgKeys.all, 'checkin', membershipId, locale],
    queryFn: ({ signal }) =>
      apiFetch<CheckinDraftView>(`/nazorg/${encodeURIComponent(membershipId)}/checkin?locale=${locale}`, {
        signal,
      }),
  });
}

export function useSendCheckin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ membershipId, ...input }: CheckinInput & { membershipId: string; clientId: string }) =>
      apiFetch<CheckinResult>(`/nazorg/${encodeURIComponent(membershipId)}/checkin`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: nazorgKeys.all }),
  });
}
