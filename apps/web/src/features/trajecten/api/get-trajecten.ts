import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { TrajectSummary } from '@spiegel/domain';
import { trajectKeys } from './query-keys';

/** Admins get all trajecten, facilitators theirs, participants their own. */
export function getTrajecten(signal?: AbortSignal): Promise<TrajectSummary[]> {
  return apiFetch<TrajectSummary[]>('/trajecten', { signal });
}

export const trajectenQueryOptions = () =>
  queryOptions({ queryKey: trajectKeys.list, queryFn: ({ signal }) => getTrajecten(signal) });

export function useTrajecten(enabled = true) {
  return useQuery({ ...trajectenQueryOptions(), enabled });
}
