import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { RoomDetail } from '@spiegel/domain';
import { roomKeys } from './query-keys';

export const AGREEMENTS_MAX_CHARS = 5000;

/** Groepsafspraken belong to the group: every member may change them, and everyone sees who did. */
export function updateAgreements({ roomId, text }: { roomId: string; text: string }): Promise<RoomDetail> {
  return apiFetch<RoomDetail>(`/rooms/${encodeURIComponent(roomId)}/agreements`, {
    method: 'PUT',
    body: { text },
  });
}

export function useUpdateAgreements() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateAgreements,
    onSuccess: (room) => client.setQueryData(roomKeys.detail(room.id), room),
  });
}
