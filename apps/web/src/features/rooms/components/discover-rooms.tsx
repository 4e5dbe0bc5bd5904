import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useDiscoverRooms } from '../api/get-discover-rooms';
import { useJoinRoom } from '../api/join-room';

/** Open community rooms of the organisation that you are not in yet. */
export function DiscoverRooms({ onJoined }: { onJoined: (roomId: string) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const query = useDiscoverRooms();
  const join = useJoinRoom();
  if (!query.data || query.data.length === 0) return null;
  return (
    <section className="card" aria-labelledby="discover-heading">
      <h2 id="discover-heading">{t('rooms.discover.heading')}</h2>
      <p className="muted">{t('rooms.discover.intro')}</p>
      <ul className="room-list">
        {query.data.map((room) => (
          <li key={room.id} className="room-card">
            <span className="room-card__mark" aria-hidden="true">
              {[...room.name][0]?.toUpperCase()}
            </span>
            <div className="room-card__text">
              <p className="room-card__name" dir="auto">
                {room.name}
              </p>
              {room.description && <p className="room-card__description">{room.description}</p>}
              <p className="room-card__description">
                {t('rooms.discover.members', { count: room.memberCount })}
              </p>
            </div>
            <div className="room-card__side">
              <Button
                variant="secondary"
                className="button--small"
                disabled={join.isPending}
                aria-label={t('rooms.discover.joinLabel', { room: room.name })}
                onClick={() => join.mutate(room.id, { onSuccess: (detail) => onJoined(detail.id) })}
              >
                {t('rooms.discover.join')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {join.isError && <ErrorAlert>{errorMessage(join.error)}</ErrorAlert>}
    </section>
  );
}
