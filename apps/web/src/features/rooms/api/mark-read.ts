import type { QueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { SpiegelSocket } from '../../../lib/socket';
import { socketRequest } from '../../../lib/socket-request';
import { noteRoomRead } from './get-rooms';

/** Over REST, for when the socket is away. */
export function markReadRest(roomId: string, seq: number): Promise<{ unread: number }> {
  return apiFetch<{ unread: number }>(`/rooms/${encodeURIComponent(roomId)}/read`, {
    method: 'POST',
    body: { seq },
  });
}

/** Moves the read marker (never backwards on the server) and updates the unread badge. */
export async function markRead(
  socket: SpiegelSocket | null,
  client: QueryClient,
  roomId: string,
  seq: number,
) {
  const { unread } = socket?.connected
    ? await socketRequest(socket, 'room:read', { roomId, seq })
    : await markReadRest(roomId, seq);
  noteRoomRead(client, roomId, seq, unread);
}
