import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { RoomDetail } from '@spiegel/domain';
import { roomKeys } from './query-keys';

export function addRoomMembers({
  roomId,
  memberIds,
}: {
  roomId: string;
  memberIds: string[];
}): Promise<RoomDetail> {
  return apiFetch<RoomDetail>(`/rooms/${encodeURIComponent(roomId)}/members`, {
    method: 'POST',
    body: { memberIds },
  });
}

export function useAddRoomMembers() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: addRoomMembers,
    onSuccess: (room) => client.setQueryData(roomKeys.detail(room.id), room),
  });
}
