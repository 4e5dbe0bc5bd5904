import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { RoomDetail } from '@spiegel/domain';
import { roomKeys } from './query-keys';

export function joinRoom(roomId: string): Promise<RoomDetail> {
  return apiFetch<RoomDetail>(`/rooms/${encodeURIComponent(roomId)}/join`, { method: 'POST' });
}

export function useJoinRoom() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: joinRoom,
    onSuccess: (room) => {
      client.setQueryData(roomKeys.detail(room.id), room);
      void client.invalidateQueries({ queryKey: roomKeys.list });
      void client.invalidateQueries({ queryKey: roomKeys.discover });
    },
  });
}
