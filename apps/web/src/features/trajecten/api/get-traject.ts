import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { TrajectDetail } from '@spiegel/domain';
import { trajectKeys } from './query-keys';

export function getTraject(id: string, signal?: AbortSignal): Promise<TrajectDetail> {
  return apiFetch<TrajectDetail>(`/trajecten/${encodeURIComponent(id)}`, { signal });
}

export const trajectQueryOptions = (id: string) =>
  queryOptions({ queryKey: trajectKeys.detail(id), queryFn: ({ signal }) => getTraject(id, signal) });

export function useTraject(id: string) {
  return useQuery(trajectQueryOptions(id));
}
