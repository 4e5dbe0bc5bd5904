import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Notice } from '../../components/ui/alert';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-session';
import { DirectRequests } from '../../features/rooms/components/direct-requests';
import { DiscoverRooms } from '../../features/rooms/components/discover-rooms';
import { NewConversation } from '../../features/rooms/components/new-conversation';
import { RoomList } from '../../features/rooms/components/room-list';
import { PendingConsents } from '../../features/trajecten/components/pending-consents';
import { roomPath } from '../paths';
import { consentPath } from '../traject-paths';

// Only facilitators and admins create rooms: their own chunk.
const CreateRoomForm = lazy(() =>
  import('../../features/rooms/components/create-room-form').then((m) => ({ default: m.CreateRoomForm })),
);

function readRoomNotice(state: unknown): string | null {
  const s = (state ?? {}) as { roomNotice?: unknown; roomName?: unknown };
  if (s.roomNotice !== 'removed') return null;
  return typeof s.roomName === 'string' ? s.roomName : '';
}

export default function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const removedFrom = readRoomNotice(useLocation().state);
  if (!me) return null;
  const open = (roomId: string) => void navigate(roomPath(roomId));
  return (
    <Page
      title={t('home.title')}
      heading={t('home.greeting', { name: me.displayName })}
      intro={
        <>
          <p className="lead">{t('home.welcome')}</p>
          <p>{t('home.organisation', { organisation: me.organisation.name })}</p>
        </>
      }
    >
      {removedFrom !== null && (
        <Notice>
          {removedFrom ? t('home.roomRemoved', { room: removedFrom }) : t('home.roomRemovedUnnamed')}
        </Notice>
      )}
      <PendingConsents consentHref={consentPath} />
      <DirectRequests onAccepted={open} />
      <RoomList
        roomHref={roomPath}
        groupsHeading={t('home.groupsHeading')}
        directHeading={t('home.directHeading')}
        emptyGroups={t('home.groupsEmpty')}
      />
      <NewConversation myMembershipId={me.membershipId} onOpen={open} />
      <DiscoverRooms onJoined={open} />
      {me.role !== 'participant' && (
        <Suspense fallback={<Loading />}>
          <CreateRoomForm onCreated={open} />
        </Suspense>
      )}
      {me.role === 'admin' && (
        <section className="card" aria-labelledby="admin-heading">
          <h2 id="admin-heading">{t('home.adminHeading')}</h2>
          <p>{t('home.adminText', { organisation: me.organisation.name })}</p>
          <p>
            <Link to="/beheer" className="button button--secondary">
              {t('home.adminLink')}
            </Link>
          </p>
        </section>
      )}
    </Page>
  );
}
