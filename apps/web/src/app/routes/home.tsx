import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { Notice } from '../../components/ui/alert';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-session';
import { useOnboarding } from '../../features/onboarding/api/onboarding';
import { useDirectRequests } from '../../features/rooms/api/get-direct-requests';
import { useDiscoverRooms } from '../../features/rooms/api/get-discover-rooms';
import { useRooms } from '../../features/rooms/api/get-rooms';
import { useMyEnrolments } from '../../features/trajecten/api/get-my-enrolments';
import { OnboardingOffer } from '../../features/onboarding/components/onboarding-offer';
import { DirectRequests } from '../../features/rooms/components/direct-requests';
import { DiscoverRooms } from '../../features/rooms/components/discover-rooms';
import { NewConversation } from '../../features/rooms/components/new-conversation';
import { RoomList } from '../../features/rooms/components/room-list';
import { PendingConsents } from '../../features/trajecten/components/pending-consents';
import type { Me } from '@spiegel/domain';
import { roomPath } from '../paths';
import { consentPath } from '../traject-paths';

// Only facilitators and admins create rooms: their own chunk, asked for as soon as home opens for them.
const loadCreateRoomForm = () => import('../../features/rooms/components/create-room-form');
const CreateRoomForm = lazy(() => loadCreateRoomForm().then((m) => ({ default: m.CreateRoomForm })));

/**
 * Whether any of the lists on home is still loading for the first time. Each section draws itself
 * only once its list is known (some stay away when empty); drawn one by one, each arrival pushed the
 * sections below it down. Home waits for all of them and draws them in one go.
 */
function useHomeSettling(): boolean {
  const lists = [useOnboarding(), useMyEnrolments(), useDirectRequests(), useRooms(), useDiscoverRooms()];
  return lists.some((q) => q.isLoading);
}

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
  const settling = useHomeSettling();
  if (!me) return null;
  if (me.role !== 'participant') void loadCreateRoomForm();
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
      {settling && <Loading label={t('rooms.list.loading')} />}
      {!settling && <HomeSections me={me} open={open} />}
    </Page>
  );
}

function HomeSections({ me, open }: { me: Me; open: (roomId: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <OnboardingOffer guideHref="/welkom" />
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
    </>
  );
}
