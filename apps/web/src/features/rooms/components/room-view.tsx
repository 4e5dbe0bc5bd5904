import {
  lazy,
  type ReactNode,
  Suspense,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { Page } from '../../../components/ui/page';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { isApiError } from '../../../lib/api-client';
import { type RoomViewContextValue, RoomViewContext } from '../hooks/room-context';
import { useHashFocus } from '../hooks/use-hash-focus';
import { locateContribution } from '../lib/locate-contribution';
import { useCrisisSignal } from '../hooks/use-outbox';
import { useRoomSession } from '../hooks/use-room-session';
import { Agreements } from './agreements';
import { Composer } from './composer';
import { useFirstContent } from '../../../lib/first-content';
import { ConnectionStatus } from './connection-status';
import { CrisisPanel } from './crisis-panel';
import { LeaveRoom } from './leave-room';
import { RoomMemberList } from './member-list';
import { RoomTimeline } from './room-timeline';

// Only facilitators and managers ever need these: separate chunks, loaded when used.
const ReportsPanel = lazy(() => import('./reports-panel').then((m) => ({ default: m.ReportsPanel })));
const RoomManagement = lazy(() => import('./room-management').then((m) => ({ default: m.RoomManagement })));

export interface RoomMe {
  membershipId: string;
  displayName: string;
  avatarColor: string;
}

const AVATARS_SHOWN = 8;

export interface RoomViewProps {
  roomId: string;
  me: RoomMe;
  /** The room is gone for this person (removed, or left): the route goes somewhere calm. */
  onRemoved: (roomName: string | null) => void;
  storyHref: (storyId: string) => string;
  /** Shown to the room's hosts only, at the top of the side column (Insight's live session panel). */
  hostPanel?: ReactNode;
}

export function RoomView({ roomId, me, onRemoved, storyHref, hostPanel }: RoomViewProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const roomName = useRef<string | null>(null);
  const session = useRoomSession(roomId, () => onRemoved(roomName.current));
  const { room, timeline, connection } = session;
  const crisis = useCrisisSignal(roomId);
  const client = useQueryClient();
  const navigate = useNavigate();
  // The room and its messages are first drawn in a deferred render: their answers are store updates,
  // which React renders in one go, so that update only keeps the loading lines, and React then draws the
  // room in slices of a few milliseconds, yielding to the browser in between (one long task on a phone
  // otherwise). Once drawn, later answers are drawn at once. Mounted in a deferred render (the page under
  // a session that just arrived), the data already there is drawn in that render.
  const roomDrawn = useDeferredValue(room.data !== undefined);
  const detail = roomDrawn ? room.data : undefined;
  const timelineDrawn = useDeferredValue(timeline.data !== undefined);
  const timelineData = timelineDrawn ? timeline.data : undefined;
  // The newest messages on screen (or the reason they are not): what the first load waits for.
  useFirstContent(room.isError || timeline.isError || Boolean(detail && timelineData));
  useHashFocus(Boolean(detail && timelineData), (elementId) =>
    locateContribution(client, roomId, elementId, (storyId, id) =>
      navigate(`${storyHref(storyId)}#${id}`, { replace: true }),
    ),
  );
  const [scrollRequest, setScrollRequest] = useState(0);
  // The "Nieuw" line stays where it was when the room opened, even as the read marker moves on.
  const [readSeqAtOpen, setReadSeqAtOpen] = useState<number | null>(null);
  if (readSeqAtOpen === null && room.data) setReadSeqAtOpen(room.data.lastReadSeq);

  useEffect(() => {
    if (room.data) roomName.current = room.data.name;
  }, [room.data]);

  // Built from the fields it holds, not from the room's detail as a whole: that changes whenever the
  // read marker moves or a member comes or goes, and every message in the room reads this context.
  const name = room.data?.name;
  const roomKind = room.data?.kind;
  const isHost = room.data?.you.isHost;
  const context = useMemo<RoomViewContextValue | null>(
    () =>
      name !== undefined && roomKind !== undefined && isHost !== undefined
        ? {
            roomId,
            roomName: name,
            roomKind,
            myMembershipId: me.membershipId,
            isHost,
            showPhases: session.showPhases,
            mutedIds: session.mutedIds,
          }
        : null,
    [name, roomKind, isHost, roomId, me.membershipId, session.showPhases, session.mutedIds],
  );

  if (room.isError)
    return isApiError(room.error) && room.error.status === 404 ? (
      <Page title={t('rooms.view.notFoundTitle')} heading={t('rooms.view.notFoundTitle')}>
        <p>{t('rooms.view.notFound')}</p>
      </Page>
    ) : (
      <Page title={t('rooms.view.errorTitle')} heading={t('rooms.view.errorTitle')}>
        <ErrorAlert>{errorMessage(room.error)}</ErrorAlert>
        <Button variant="secondary" onClick={() => void room.refetch()}>
          {t('app.retry')}
        </Button>
      </Page>
    );

  if (!detail)
    return (
      <Page title={t('rooms.view.loadingTitle')} heading={t('rooms.view.loadingTitle')}>
        <Loading label={t('rooms.view.loading')} />
      </Page>
    );

  const direct = detail.kind === 'direct';
  const others = detail.members.filter((m) => m.membershipId !== me.membershipId);
  const waitingForOther = direct && others.length === 0;

  return (
    <RoomViewContext value={context}>
      <Page
        title={detail.name}
        heading={detail.name}
        width="wide"
        intro={
          <div className="room-header">
            {detail.description && <p className="room-header__description">{detail.description}</p>}
            <div className="room-header__row">
              <p className="room-header__people">
                <span className="avatar-stack" aria-hidden="true">
                  {detail.members.slice(0, AVATARS_SHOWN).map((m) => (
                    <Avatar key={m.membershipId} color={m.avatarColor} name={m.displayName} size="large" />
                  ))}
                </span>
                <a href="#leden">{t('rooms.view.memberCount', { count: detail.members.length })}</a>
              </p>
              <ConnectionStatus status={connection} />
              {detail.you.isHost && (
                <button
                  type="button"
                  className="toggle"
                  aria-pressed={session.showPhases}
                  onClick={() => session.setShowPhases(!session.showPhases)}
                >
                  {t('rooms.view.showPhases')}
                </button>
              )}
            </div>
            <p className="room-header__skip">
              <a href="#schrijven">{t('rooms.view.skipToComposer')}</a>
            </p>
          </div>
        }
      >
        <div className="room-layout">
          <div className="room-layout__main">
            {!direct && <Agreements room={detail} placement="top" />}
            {waitingForOther && (
              <p className="notice-line">{t('rooms.view.waitingFor', { name: detail.name })}</p>
            )}
            {(timeline.isPending || (timeline.data && !timelineData)) && (
              // The conversation's own box, already at its size: the composer below does not move when
              // the messages arrive (layout shift).
              <div className="timeline timeline--pending">
                <Loading label={t('rooms.view.loadingMessages')} />
              </div>
            )}
            {timeline.isError && (
              <>
                <ErrorAlert>{errorMessage(timeline.error)}</ErrorAlert>
                <Button variant="secondary" onClick={() => void timeline.refetch()}>
                  {t('app.retry')}
                </Button>
              </>
            )}
            {timelineData && (
              <RoomTimeline
                timeline={timelineData}
                readSeqAtOpen={readSeqAtOpen ?? detail.lastReadSeq}
                me={me}
                scrollRequest={scrollRequest}
                storyHref={storyHref}
              />
            )}
            {crisis.severity && (
              <CrisisPanel hostsTold={!direct} watched={crisis.watched} onClose={crisis.close} />
            )}
            <div id="schrijven" tabIndex={-1} className="room-layout__composer">
              {detail.archived ? (
                <p className="notice-line">{t('rooms.view.archived')}</p>
              ) : (
                <Composer
                  roomId={roomId}
                  roomName={detail.name}
                  onSent={() => setScrollRequest((n) => n + 1)}
                />
              )}
            </div>
          </div>
          <aside className="room-layout__side" aria-label={t('rooms.view.sideLabel')}>
            {detail.you.isHost && hostPanel}
            {!direct && <Agreements room={detail} placement="side" />}
            <section className="side-card" id="leden" tabIndex={-1} aria-labelledby="leden-heading">
              <h2 id="leden-heading" className="side-card__heading">
                {t('rooms.members.heading', { count: detail.members.length })}
              </h2>
              <RoomMemberList
                members={detail.members}
                online={session.online}
                myMembershipId={me.membershipId}
              />
              {detail.you.canManage && (
                <Suspense fallback={null}>
                  <RoomManagement room={detail} />
                </Suspense>
              )}
            </section>
            {detail.you.isHost && (
              <Suspense fallback={null}>
                <ReportsPanel roomId={roomId} />
              </Suspense>
            )}
            {detail.kind !== 'group' && (
              <LeaveRoom roomId={roomId} roomName={detail.name} onLeft={() => onRemoved(detail.name)} />
            )}
          </aside>
        </div>
      </Page>
    </RoomViewContext>
  );
}
