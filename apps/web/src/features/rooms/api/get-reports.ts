import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { OpenReport } from '@spiegel/domain';
import { roomKeys } from './query-keys';

/** Open reports in a room, for its facilitators (the server records that they looked). */
export function getReports(roomId: string, signal?: AbortSignal): Promise<OpenReport[]> {
  return apiFetch<OpenReport[]>(`/rooms/${encodeURIComponent(roomId)}/reports`, { signal });
}

export const reportsQueryOptions = (roomId: string) =>
  queryOptions({ queryKey: roomKeys.reports(roomId), queryFn: ({ signal }) => getReports(roomId, signal) });

export function useReports(roomId: string) {
  return useQuery(reportsQueryOptions(roomId));
}
