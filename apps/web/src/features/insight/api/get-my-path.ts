import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { insightKeys } from './query-keys';
import type { MyPathView } from '@spiegel/domain';

export function getMyPath(signal?: AbortSignal): Promise<MyPathView> {
  return apiFetch<MyPathView>('/insight/me/path', { signal });
}

export const myPathQueryOptions = () =>
  queryOptions({ queryKey: insightKeys.myPath, queryFn: ({ signal }) => getMyPath(signal) });

export function useMyPath() {
  return useQuery(myPathQueryOptions());
}
