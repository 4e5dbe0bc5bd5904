import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { roomKeys } from './query-keys';

export const HIDE_REASON_MIN = 3;
export const HIDE_REASON_MAX = 300;

/** Hosts only. The group sees that it happened and why. */
export function hideContribution({
  id,
  reason,
}: {
  id: string;
  reason: string;
  roomId: string;
}): Promise<void> {
  return apiFetch<void>(`/contributions/${encodeURIComponent(id)}/hide`, {
    method: 'POST',
    body: { reason },
  });
}

export function useHideContribution() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: hideContribution,
    onSettled: (_d, _e, { roomId }) => client.invalidateQueries({ queryKey: roomKeys.reports(roomId) }),
  });
}
