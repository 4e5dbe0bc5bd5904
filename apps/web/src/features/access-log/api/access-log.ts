import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { AccessLogPage, AccessLogSearch } from '@spiegel/domain';
import { API_BASE } from '../../../config/constants';
import { apiFetch } from '../../../lib/api-client';

export const ACCESS_LOG_PAGE_SIZE = 25;

export const accessLogKeys = {
  mine: ['access-log', 'mine'] as const,
  search: (filters: AccessLogSearch) => ['access-log', 'search', filters] as const,
};

function params(filters: AccessLogSearch, before?: string): URLSearchParams {
  const p = new URLSearchParams();
  for (const key of ['person', 'actor', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) p.set(key, value);
  }
  if (before) p.set('before', before);
  p.set('limit', String(ACCESS_LOG_PAGE_SIZE));
  return p;
}

/** "Wie heeft mijn gegevens bekeken": newest first, a page at a time. */
export function useMyAccessLog() {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: accessLogKeys.mine,
      queryFn: ({ pageParam, signal }) =>
        apiFetch<AccessLogPage>(`/me/audit?${params({}, pageParam)}`, { signal }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextBefore ?? undefined,
    }),
  );
}

/** Admins: the organisation's log by person, staff member and period. */
export function useAccessLogSearch(filters: AccessLogSearch) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: accessLogKeys.search(filters),
      queryFn: ({ pageParam, signal }) =>
        apiFetch<AccessLogPage>(`/audit?${params(filters, pageParam)}`, { signal }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextBefore ?? undefined,
    }),
  );
}

/** A plain link: the API sends the CSV as an attachment. */
export function accessLogCsvHref(filters: AccessLogSearch): string {
  const p = params(filters);
  p.delete('limit');
  return `${API_BASE}/audit.csv?${p}`;
}
