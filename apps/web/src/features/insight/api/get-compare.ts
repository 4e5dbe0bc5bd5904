import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { insightKeys } from './query-keys';
import type { CompareView } from '@spiegel/domain';

/** Every traject the caller may see, side by side (at most 12, newest first). */
export function getCompare(signal?: AbortSignal): Promise<CompareView> {
  return apiFetch<CompareView>('/insight/report/compare', { signal });
}

export const compareQueryOptions = () =>
  queryOptions({ queryKey: insightKeys.compare, queryFn: ({ signal }) => getCompare(signal) });

export function useCompare(enabled = true) {
  return useQuery({ ...compareQueryOptions(), enabled });
}
