import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { RoomDetail } from '@spiegel/domain';
import { roomKeys } from './query-keys';

export interface UpdateRoomInput {
  roomId: string;
  name?: string;
  description?: string;
}

export function updateRoom({ roomId, ...body }: UpdateRoomInput): Promise<RoomDetail> {
  return apiFetch<RoomDetail>(`/rooms/${encodeURIComponent(roomId)}`, { method: 'PATCH', body });
}

export function useUpdateRoom() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateRoom,
    onSuccess: (room) => {
      client.setQueryData(roomKeys.detail(room.id), room);
      void client.invalidateQueries({ queryKey: roomKeys.list });
    },
  });
}
