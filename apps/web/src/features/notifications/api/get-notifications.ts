import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { NotificationView } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { notificationKeys } from './query-keys';

export const NOTIFICATIONS_PAGE_SIZE = 30;

/** Newest first; `before` is the id of the oldest one already shown. */
export function getNotifications(before?: string, signal?: AbortSignal): Promise<NotificationView[]> {
  const params = new URLSearchParams({ limit: String(NOTIFICATIONS_PAGE_SIZE) });
  if (before) params.set('before', before);
  return apiFetch<NotificationView[]>(`/notifications?${params}`, { signal });
}

export const notificationsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: notificationKeys.list,
    queryFn: ({ pageParam, signal }) => getNotifications(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.length < NOTIFICATIONS_PAGE_SIZE ? undefined : last.at(-1)?.id),
  });

export function useNotifications() {
  return useInfiniteQuery(notificationsQueryOptions());
}
