import type { NotificationView } from '@spiegel/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useNotifications } from '../api/get-notifications';
import { useMarkAllNotificationsRead, useMarkNotificationRead } from '../api/mark-notification-read';
import { type TrajectNotificationLinks, useDescribeTrajectNotification } from './traject-notifications';

export interface NotificationLinks {
  roomName: (roomId: string | null) => string;
  roomHref: (roomId: string) => string;
  contributionHref: (roomId: string, contributionId: string) => string;
  reportsHref: (roomId: string) => string;
  requestsHref: string;
  /** The crisis cases page (staff). */
  casesHref?: string;
  traject: TrajectNotificationLinks;
}

/** The words and the link for one notification. Never message content: only who, where and what kind. */
function useDescribeNotification(links: NotificationLinks) {
  const { t } = useTranslation();
  const describeTraject = useDescribeTrajectNotification(links.traject);
  return (n: NotificationView): { text: string; href: string | null; linkText: string } => {
    const room = links.roomName(n.roomId);
    const name = n.actor?.displayName ?? t('notifications.someone');
    const traject = describeTraject(n, name);
    if (traject) return traject;
    const toRoom = n.roomId ? links.roomHref(n.roomId) : null;
    const toContribution =
      n.roomId && n.contributionId ? links.contributionHref(n.roomId, n.contributionId) : toRoom;
    switch (n.kind) {
      case 'crisis_alert':
        return {
          text: t('notifications.kinds.crisis_alert', { room }),
          href: toContribution,
          linkText: t('notifications.toMessage'),
        };
      case 'crisis_escalated':
        return {
          text: t('notifications.kinds.crisis_escalated', { room }),
          href: links.casesHref ?? toContribution,
          linkText: t('safetyNav.cases'),
        };
      case 'report':
        return {
          text:
            n.data.hidden === true
              ? t('notifications.kinds.reportHidden', { room })
              : t('notifications.kinds.report', { room }),
          href: n.roomId ? links.reportsHref(n.roomId) : null,
          linkText: t('notifications.toReports'),
        };
      case 'hidden':
        return {
          text: t('notifications.kinds.hidden', { room }),
          href: toContribution,
          linkText: t('notifications.toMessage'),
        };
      case 'direct_request':
        return {
          text: t('notifications.kinds.direct_request', { name }),
          href: links.requestsHref,
          linkText: t('notifications.toRequests'),
        };
      case 'direct_accepted':
        return {
          text: t('notifications.kinds.direct_accepted', { name }),
          href: toRoom,
          linkText: t('notifications.toConversation'),
        };
      case 'room_added':
        return {
          text: t('notifications.kinds.room_added', { room }),
          href: toRoom,
          linkText: t('notifications.toRoom'),
        };
      case 'herkenning_received':
        return {
          text: t('notifications.kinds.herkenning_received', { room }),
          href: toContribution,
          linkText: t('notifications.toMessage'),
        };
      case 'reply_received':
        return {
          text: t('notifications.kinds.reply_received', { name, room }),
          href: toContribution,
          linkText: t('notifications.toMessage'),
        };
      case 'two_factor_reset':
        return {
          text: t('notifications.kinds.two_factor_reset'),
          href: '/account',
          linkText: t('twoFactor.account.heading'),
        };
      case 'system':
      default:
        return { text: t('notifications.kinds.system'), href: null, linkText: '' };
    }
  };
}

export function NotificationList({ links }: { links: NotificationLinks }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const query = useNotifications();
  const markOne = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const describe = useDescribeNotification(links);

  if (query.isPending) return <Loading label={t('notifications.loading')} />;
  if (query.isError)
    return (
      <>
        <ErrorAlert>{errorMessage(query.error)}</ErrorAlert>
        <Button variant="secondary" onClick={() => void query.refetch()}>
          {t('app.retry')}
        </Button>
      </>
    );

  const items = query.data.pages.flat();
  const anyUnread = items.some((n) => !n.readAt);

  return (
    <>
      <div className="button-row notifications__tools">
        <Button
          variant="secondary"
          onClick={() => markAll.mutate()}
          disabled={!anyUnread || markAll.isPending}
        >
          {t('notifications.readAll')}
        </Button>
      </div>
      {markAll.isError && <ErrorAlert>{errorMessage(markAll.error)}</ErrorAlert>}
      {items.length === 0 ? (
        <p className="muted">{t('notifications.empty')}</p>
      ) : (
        <ul className="notification-list">
          {items.map((n) => {
            const { text, href, linkText } = describe(n);
            const unread = !n.readAt;
            return (
              <li
                key={n.id}
                className={[
                  'notification',
                  unread ? 'notification--unread' : '',
                  n.kind === 'crisis_alert' || n.kind === 'crisis_escalated' ? 'notification--crisis' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
              >
                {unread && <span className="notification__new">{t('notifications.new')}</span>}
                <p className="notification__text">{text}</p>
                <p className="notification__meta">
                  <time dateTime={n.createdAt}>{formatDate(n.createdAt, true)}</time>
                  {href && (
                    <>
                      {' · '}
                      <Link to={href} onClick={() => unread && markOne.mutate(n.id)}>
                        {linkText}
                      </Link>
                    </>
                  )}
                  {unread && (
                    <>
                      {' · '}
                      <button type="button" className="link-button" onClick={() => markOne.mutate(n.id)}>
                        {t('notifications.markRead')}
                      </button>
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {query.hasNextPage && (
        <Button
          variant="quiet"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
        >
          {t('notifications.more')}
        </Button>
      )}
    </>
  );
}
