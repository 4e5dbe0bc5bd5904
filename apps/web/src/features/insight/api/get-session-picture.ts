import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InsightSessionPicture } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { insightKeys } from './query-keys';

/** The current session of a group as it is now; afterwards the socket keeps it current. */
export function getSessionPicture(roomId: string, signal?: AbortSignal): Promise<InsightSessionPicture> {
  return apiFetch<InsightSessionPicture>(`/insight/rooms/${encodeURIComponent(roomId)}/session`, { signal });
}

export const sessionPictureQueryOptions = (roomId: string) =>
  queryOptions({
    queryKey: insightKeys.session(roomId),
    queryFn: ({ signal }) => getSessionPicture(roomId, signal),
    // The window moves with the clock even when nobody writes.
    refetchInterval: 5 * 60_000,
  });

export function useSessionPicture(roomId: string, enabled: boolean) {
  return useQuery({ ...sessionPictureQueryOptions(roomId), enabled });
}
