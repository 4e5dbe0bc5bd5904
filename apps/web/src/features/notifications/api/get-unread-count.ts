import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { notificationKeys } from './query-keys';

export function getUnreadCount(signal?: AbortSignal): Promise<{ unread: number }> {
  return apiFetch<{ unread: number }>('/notifications/unread-count', { signal });
}

/** Kept live by `notification:count`; fetched on load and after reconnects. */
export const unreadCountQueryOptions = () =>
  queryOptions({
    queryKey: notificationKeys.unread,
    queryFn: ({ signal }) => getUnreadCount(signal).then((r) => r.unread),
  });

export function useUnreadCount(enabled = true) {
  return useQuery({ ...unreadCountQueryOptions(), enabled });
}
