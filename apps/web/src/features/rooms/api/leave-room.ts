import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { roomKeys } from './query-keys';

export function leaveRoom(roomId: string): Promise<void> {
  return apiFetch<void>(`/rooms/${encodeURIComponent(roomId)}/leave`, { method: 'POST' });
}

export function useLeaveRoom() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: leaveRoom,
    onSuccess: (_data, roomId) => {
      client.removeQueries({ queryKey: roomKeys.detail(roomId) });
      client.removeQueries({ queryKey: roomKeys.timeline(roomId) });
      void client.invalidateQueries({ queryKey: roomKeys.list });
      void client.invalidateQueries({ queryKey: roomKeys.discover });
    },
  });
}
