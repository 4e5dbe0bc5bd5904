import { queryOptions, type QueryClient, useQuery } from '@tanstack/react-query';
import type { ContributionView, RoomSummary } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { roomKeys } from './query-keys';

export function getRooms(signal?: AbortSignal): Promise<RoomSummary[]> {
  return apiFetch<RoomSummary[]>('/rooms', { signal });
}

export const roomsQueryOptions = () =>
  queryOptions({ queryKey: roomKeys.list, queryFn: ({ signal }) => getRooms(signal) });

export function useRooms() {
  return useQuery(roomsQueryOptions());
}

/** A live contribution moves its room up and, when someone else wrote it, counts as unread. */
export function noteContributionInList(
  client: QueryClient,
  c: ContributionView,
  myMembershipId: string,
): void {
  client.setQueryData<RoomSummary[]>(roomKeys.list, (rooms) =>
    rooms?.map((room) => {
      if (room.id !== c.roomId || c.seq <= room.lastSeq) return room;
      const fromOther = c.author.membershipId !== myMembershipId && !c.deleted;
      return {
        ...room,
        lastSeq: c.seq,
        lastActivityAt: c.createdAt,
        unread: fromOther && c.seq > room.lastReadSeq ? room.unread + 1 : room.unread,
      };
    }),
  );
}

/** After a read marker: the server's count is the truth. */
export function noteRoomRead(client: QueryClient, roomId: string, seq: number, unread: number): void {
  client.setQueryData<RoomSummary[]>(roomKeys.list, (rooms) =>
    rooms?.map((room) =>
      room.id === roomId ? { ...room, lastReadSeq: Math.max(room.lastReadSeq, seq), unread } : room,
    ),
  );
}
