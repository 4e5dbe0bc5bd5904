import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query';
import type { NotificationView } from '@spiegel/domain';
import { apiFetch } from '../../../lib/api-client';
import { notificationKeys } from './query-keys';

export function markNotificationRead(id: string): Promise<void> {
  return apiFetch<void>(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });
}

export function markAllNotificationsRead(): Promise<void> {
  return apiFetch<void>('/notifications/read-all', { method: 'POST' });
}

function markInList(id: string | null) {
  const now = new Date().toISOString();
  return (data: InfiniteData<NotificationView[]> | undefined) =>
    data && {
      ...data,
      pages: data.pages.map((page) =>
        page.map((n) => (n.readAt || (id !== null && n.id !== id) ? n : { ...n, readAt: now })),
      ),
    };
}

/** One notification read (the count follows over the socket, and from the refetch). */
export function useMarkNotificationRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onMutate: (id) => client.setQueryData(notificationKeys.list, markInList(id)),
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.unread }),
  });
}

export function useMarkAllNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => {
      client.setQueryData(notificationKeys.list, markInList(null));
      client.setQueryData(notificationKeys.unread, 0);
    },
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.unread }),
  });
}
