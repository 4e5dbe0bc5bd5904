import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { RoomDetail } from '@spiegel/domain';
import { roomKeys } from './query-keys';

export interface CreateRoomInput {
  kind: 'group' | 'community';
  name: string;
  description?: string;
  memberIds?: string[];
}

export function createRoom(input: CreateRoomInput): Promise<RoomDetail> {
  return apiFetch<RoomDetail>('/rooms', { method: 'POST', body: input });
}

export function useCreateRoom() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createRoom,
    onSuccess: (room) => {
      client.setQueryData(roomKeys.detail(room.id), room);
      void client.invalidateQueries({ queryKey: roomKeys.list });
    },
  });
}
