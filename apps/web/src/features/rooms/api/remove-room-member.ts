import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { roomKeys } from './query-keys';

export function removeRoomMember({
  roomId,
  membershipId,
}: {
  roomId: string;
  membershipId: string;
}): Promise<void> {
  return apiFetch<void>(`/rooms/${encodeURIComponent(roomId)}/members/${encodeURIComponent(membershipId)}`, {
    method: 'DELETE',
  });
}

export function useRemoveRoomMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: removeRoomMember,
    onSettled: (_data, _error, { roomId }) => client.invalidateQueries({ queryKey: roomKeys.detail(roomId) }),
  });
}
