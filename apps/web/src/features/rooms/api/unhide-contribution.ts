import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { roomKeys } from './query-keys';

export function unhideContribution({ id }: { id: string; roomId: string }): Promise<void> {
  return apiFetch<void>(`/contributions/${encodeURIComponent(id)}/unhide`, { method: 'POST' });
}

export function useUnhideContribution() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: unhideContribution,
    onSettled: (_d, _e, { roomId }) => client.invalidateQueries({ queryKey: roomKeys.reports(roomId) }),
  });
}
