import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { NazorgOverview } from '@spiegel/domain';
import { nazorgKeys } from './query-keys';

/** Alumni of the caller's trajecten (all for admins); only those who consented are listed by name. */
export function getNazorg(trajectId: string | null, signal?: AbortSignal): Promise<NazorgOverview> {
  const query = trajectId ? `?${new URLSearchParams({ trajectId })}` : '';
  return apiFetch<NazorgOverview>(`/nazorg${query}`, { signal });
}

export const nazorgQueryOptions = (trajectId: string | null) =>
  queryOptions({
    queryKey: nazorgKeys.overview(trajectId),
    queryFn: ({ signal }) => getNazorg(trajectId, signal),
  });

export function useNazorg(trajectId: string | null) {
  return useQuery(nazorgQueryOptions(trajectId));
}
