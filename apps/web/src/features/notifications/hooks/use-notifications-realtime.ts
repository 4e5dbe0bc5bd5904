import { type InfiniteData, useQueryClient } from '@tanstack/react-query';
import type { NotificationView } from '@spiegel/domain';
import { useSocketEvent } from '../../../lib/socket';
import { notificationKeys } from '../api/query-keys';

/** The bell's count and the list follow the server live. */
export function useNotificationsRealtime(onNew?: (n: NotificationView) => void): void {
  const client = useQueryClient();
  useSocketEvent('notification:count', ({ unread }) => client.setQueryData(notificationKeys.unread, unread));
  useSocketEvent('notification:new', (n) => {
    client.setQueryData<InfiniteData<NotificationView[]>>(notificationKeys.list, (data) =>
      data && data.pages.length > 0 && !data.pages.some((p) => p.some((x) => x.id === n.id))
        ? { ...data, pages: [[n, ...(data.pages[0] ?? [])], ...data.pages.slice(1)] }
        : data,
    );
    onNew?.(n);
  });
  useSocketEvent('session:ready', () => {
    void client.invalidateQueries({ queryKey: notificationKeys.unread });
    void client.invalidateQueries({ queryKey: notificationKeys.list });
  });
}
