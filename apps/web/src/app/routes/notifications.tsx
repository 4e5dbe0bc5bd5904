import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { NotificationList } from '../../features/notifications/components/notification-list';
import { useRooms } from '../../features/rooms/api/get-rooms';
import { casesPath, contributionPath, reportsPath, requestsPath, roomPath } from '../paths';
import { findMentorPath, mentorPath, nazorgPath, trajectPath } from '../traject-paths';

export default function NotificationsRoute() {
  const { t } = useTranslation();
  const rooms = useRooms();
  const roomName = (roomId: string | null) =>
    rooms.data?.find((r) => r.id === roomId)?.name ?? t('notifications.aRoom');
  return (
    <Page
      title={t('notifications.title')}
      heading={t('notifications.heading')}
      intro={<p>{t('notifications.intro')}</p>}
    >
      <NotificationList
        links={{
          roomName,
          roomHref: roomPath,
          contributionHref: contributionPath,
          reportsHref: reportsPath,
          requestsHref: requestsPath,
          casesHref: casesPath,
          traject: {
            trajectHref: trajectPath,
            roomHref: roomPath,
            nazorgHref: nazorgPath,
            mentorHref: mentorPath,
            findMentorHref: findMentorPath,
          },
        }}
      />
    </Page>
  );
}
