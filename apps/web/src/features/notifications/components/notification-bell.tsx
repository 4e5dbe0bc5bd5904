import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useFirstContentDrawn } from '../../../lib/first-content';
import { useUnreadCount } from '../api/get-unread-count';

/** The bell in the header: how many notifications are unread, live. */
export function NotificationBell({ href, announcement }: { href: string; announcement: string }) {
  const { t } = useTranslation();
  // Asked once the page's first content is drawn (its place is kept until then).
  const unread = useUnreadCount(useFirstContentDrawn()).data ?? 0;
  return (
    <>
      <NavLink
        to={href}
        className="bell"
        aria-label={
          unread > 0
            ? `${t('notifications.bell')}, ${t('notifications.unread', { count: unread })}`
            : undefined
        }
      >
        <svg
          className="bell__icon"
          viewBox="0 0 24 24"
          width="20"
          height="20"
          aria-hidden="true"
          focusable="false"
        >
          <path
            d="M12 3a6 6 0 0 0-6 6v3.6l-1.6 2.7A1 1 0 0 0 5.3 17h13.4a1 1 0 0 0 .9-1.7L18 12.6V9a6 6 0 0 0-6-6Zm0 18a2.5 2.5 0 0 0 2.4-2h-4.8A2.5 2.5 0 0 0 12 21Z"
            fill="currentColor"
          />
        </svg>
        <span>{t('notifications.bell')}</span>
        {unread > 0 && (
          <span className="badge bell__badge" aria-hidden="true">
            {unread}
          </span>
        )}
      </NavLink>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </>
  );
}
