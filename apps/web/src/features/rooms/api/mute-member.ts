import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { roomKeys } from './query-keys';

export function muteMember(membershipId: string): Promise<void> {
  return apiFetch<void>('/mutes', { method: 'POST', body: { membershipId } });
}

export function unmuteMember(membershipId: string): Promise<void> {
  return apiFetch<void>(`/mutes/${encodeURIComponent(membershipId)}`, { method: 'DELETE' });
}

/** Mute or unmute; the list updates at once. */
export function useSetMuted() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ membershipId, muted }: { membershipId: string; muted: boolean }) =>
      muted ? muteMember(membershipId) : unmuteMember(membershipId),
    onSuccess: (_d, { membershipId, muted }) =>
      client.setQueryData<string[]>(roomKeys.mutes, (ids = []) =>
        muted ? [...new Set([...ids, membershipId])] : ids.filter((id) => id !== membershipId),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: roomKeys.mutes }),
  });
}
