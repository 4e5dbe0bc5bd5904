import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { daysAgo, formatTime, formatWeekday } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import type { RoomSummary } from '@spiegel/domain';
import { useRooms } from '../api/get-rooms';

function byActivity(a: RoomSummary, b: RoomSummary): number {
  return (b.lastActivityAt ?? '').localeCompare(a.lastActivityAt ?? '') || a.name.localeCompare(b.name);
}

function Activity({ iso }: { iso: string | null }) {
  const { t } = useTranslation();
  if (!iso) return <span className="room-card__when">{t('rooms.list.quiet')}</span>;
  const ago = daysAgo(iso);
  const text = ago === 0 ? formatTime(iso) : ago === 1 ? t('rooms.timeline.yesterday') : formatWeekday(iso);
  return (
    <span className="room-card__when">
      <span className="visually-hidden">{t('rooms.list.lastActivity')} </span>
      <time dateTime={iso}>{text}</time>
    </span>
  );
}

function RoomCard({ room, href }: { room: RoomSummary; href: string }) {
  const { t } = useTranslation();
  return (
    <li className="room-card">
      {room.other ? (
        <Avatar color={room.other.avatarColor} name={room.other.displayName} size="large" />
      ) : (
        <span className="room-card__mark" aria-hidden="true">
          {[...room.name][0]?.toUpperCase()}
        </span>
      )}
      <div className="room-card__text">
        <Link
          to={href}
          className="room-card__link"
          aria-label={
            room.unread > 0 ? `${room.name}, ${t('rooms.list.unread', { count: room.unread })}` : undefined
          }
        >
          <bdi>{room.name}</bdi>
        </Link>
        {room.description && (
          <p className="room-card__description" dir="auto">
            {room.description}
          </p>
        )}
      </div>
      <div className="room-card__side">
        <Activity iso={room.lastActivityAt} />
        {room.unread > 0 && (
          <span className="badge" aria-hidden="true">
            {room.unread}
          </span>
        )}
      </div>
    </li>
  );
}

/** Your rooms, most recently active first, with unread counts; 1:1 conversations separately. */
export function RoomList({
  roomHref,
  groupsHeading,
  directHeading,
  emptyGroups,
}: {
  roomHref: (roomId: string) => string;
  groupsHeading: string;
  directHeading: string;
  emptyGroups: string;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const query = useRooms();
  if (query.isPending) return <Loading label={t('rooms.list.loading')} />;
  if (query.isError)
    return (
      <>
        <ErrorAlert>{errorMessage(query.error)}</ErrorAlert>
        <Button variant="secondary" onClick={() => void query.refetch()}>
          {t('app.retry')}
        </Button>
      </>
    );
  const rooms = [...query.data].sort(byActivity);
  const groups = rooms.filter((r) => r.kind !== 'direct');
  const direct = rooms.filter((r) => r.kind === 'direct');
  return (
    <>
      <section className="card" aria-labelledby="groups-heading">
        <h2 id="groups-heading">{groupsHeading}</h2>
        {groups.length === 0 ? (
          <p className="muted">{emptyGroups}</p>
        ) : (
          <ul className="room-list">
            {groups.map((room) => (
              <RoomCard key={room.id} room={room} href={roomHref(room.id)} />
            ))}
          </ul>
        )}
      </section>
      {direct.length > 0 && (
        <section className="card" aria-labelledby="direct-heading">
          <h2 id="direct-heading">{directHeading}</h2>
          <ul className="room-list">
            {direct.map((room) => (
              <RoomCard key={room.id} room={room} href={roomHref(room.id)} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
