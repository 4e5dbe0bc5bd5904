import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { useNotificationsRealtime } from '../../features/notifications/hooks/use-notifications-realtime';
import { roomKeys } from '../../features/rooms/api/query-keys';
import { notificationsPath } from '../paths';

/**
 * The bell, live. A new notification is announced politely; some also mean the home page's lists
 * changed (a 1:1 request, being added to a room), so those are refreshed.
 */
export function HeaderBell() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [announcement, setAnnouncement] = useState('');
  useNotificationsRealtime((n) => {
    setAnnouncement(n.kind === 'crisis_alert' ? t('notifications.newCrisis') : t('notifications.newOne'));
    if (n.kind === 'direct_request') void client.invalidateQueries({ queryKey: roomKeys.directRequests });
    if (n.kind === 'room_added' || n.kind === 'direct_accepted')
      void client.invalidateQueries({ queryKey: roomKeys.list });
    if (n.kind === 'report' && n.roomId)
      void client.invalidateQueries({ queryKey: roomKeys.reports(n.roomId) });
  });
  return <NotificationBell href={notificationsPath} announcement={announcement} />;
}
