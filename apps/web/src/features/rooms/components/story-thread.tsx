import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { Page } from '../../../components/ui/page';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { isApiError } from '../../../lib/api-client';
import { useContribution } from '../api/get-contribution';
import { useReplies } from '../api/get-replies';
import { mergeIntoTimeline } from '../api/get-timeline';
import { type RoomViewContextValue, RoomViewContext } from '../hooks/room-context';
import { useLiveAnnouncement } from '../hooks/use-live-announcement';
import { useCrisisSignal, useOutbox, useSendContribution } from '../hooks/use-outbox';
import { useRoomSession } from '../hooks/use-room-session';
import { repliesTo } from '../lib/timeline';
import { Composer } from './composer';
import { ConnectionStatus } from './connection-status';
import { ContributionItem } from './contribution-item';
import { useHashFocus } from '../hooks/use-hash-focus';
import { CrisisPanel } from './crisis-panel';
import { OutboxItem } from './outbox-item';
import type { RoomMe } from './room-view';
import { TypingIndicator } from './typing-indicator';

export interface StoryThreadProps {
  roomId: string;
  storyId: string;
  me: RoomMe;
  roomHref: string;
  onRemoved: () => void;
}

/** A story in full, with the replies to it and a place to reply. Kept live like the room itself. */
export function StoryThread({ roomId, storyId, me, roomHref, onRemoved }: StoryThreadProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const client = useQueryClient();
  const session = useRoomSession(roomId, onRemoved);
  const { room, timeline } = session;
  const story = useContribution(storyId);
  const replies = useReplies(storyId);
  // A link to a reply (`#bericht-<id>`, e.g. from a notification) lands on it.
  useHashFocus(Boolean(story.data && replies.data));
  const outbox = useOutbox(roomId, storyId);
  const { retry, discard } = useSendContribution(roomId);
  const crisis = useCrisisSignal(roomId);

  // The story and its replies join the room's timeline, where live events keep them current.
  useEffect(() => {
    if (!timeline.data) return;
    const items = [...(story.data ? [story.data] : []), ...(replies.data ?? [])];
    if (items.length) mergeIntoTimeline(client, roomId, items);
    // Only when a fetch brings something new; live changes arrive in the timeline itself.
  }, [story.data, replies.data, timeline.isSuccess, client, roomId]); // eslint-disable-line react-hooks/exhaustive-deps

  const items = timeline.data?.items;
  const current = items?.find((c) => c.id === storyId) ?? story.data;
  const thread = useMemo(() => repliesTo(items ?? [], storyId), [items, storyId]);
  const confirmed = new Set(thread.map((c) => c.clientId));
  const pending = outbox.filter((e) => !confirmed.has(e.clientId));
  const announcement = useLiveAnnouncement(thread, me.membershipId, session.mutedIds);

  const context = useMemo<RoomViewContextValue | null>(
    () =>
      room.data
        ? {
            roomId,
            roomName: room.data.name,
            roomKind: room.data.kind,
            myMembershipId: me.membershipId,
            isHost: room.data.you.isHost,
            showPhases: session.showPhases,
            mutedIds: session.mutedIds,
          }
        : null,
    [room.data, roomId, me.membershipId, session.showPhases, session.mutedIds],
  );

  if (room.isPending || story.isPending)
    return (
      <Page title={t('rooms.thread.loading')} heading={t('rooms.thread.loading')}>
        <Loading label={t('rooms.thread.loading')} />
      </Page>
    );

  const failure = room.error ?? story.error;
  if (failure || !room.data || !current)
    return (
      <Page title={t('rooms.thread.notFoundTitle')} heading={t('rooms.thread.notFoundTitle')}>
        {isApiError(failure) && failure.status !== 404 ? (
          <ErrorAlert>{errorMessage(failure)}</ErrorAlert>
        ) : (
          <p>{t('rooms.thread.notFound')}</p>
        )}
        <p>
          <Link to={roomHref}>
            {t('rooms.thread.back', { room: room.data?.name ?? t('rooms.thread.theRoom') })}
          </Link>
        </p>
      </Page>
    );

  const title = current.title ?? t('rooms.item.story');
  return (
    <RoomViewContext value={context}>
      <Page
        title={title}
        heading={current.deleted ? t('rooms.thread.deletedHeading') : title}
        width="wide"
        intro={
          <div className="room-header">
            <p className="room-header__description">
              <Link to={roomHref}>{t('rooms.thread.back', { room: room.data.name })}</Link>
            </p>
            <div className="room-header__row">
              <p className="muted">
                {t('rooms.thread.by', {
                  name: current.author.displayName,
                  date: formatDate(current.createdAt),
                })}
              </p>
              <ConnectionStatus status={session.connection} />
            </div>
          </div>
        }
      >
        <div className="thread">
          <ContributionItem contribution={current} variant="story" />
          <section className="thread__replies" aria-labelledby="replies-heading">
            <h2 id="replies-heading">
              {t('rooms.thread.repliesHeading', { count: thread.filter((c) => !c.deleted).length })}
            </h2>
            {replies.isError && (
              <>
                <ErrorAlert>{errorMessage(replies.error)}</ErrorAlert>
                <Button variant="secondary" onClick={() => void replies.refetch()}>
                  {t('app.retry')}
                </Button>
              </>
            )}
            {thread.length === 0 && pending.length === 0 && (
              <p className="muted">{t('rooms.thread.noReplies')}</p>
            )}
            <ol className="timeline__list">
              {thread.map((c) => (
                <li key={c.id} className="timeline__item">
                  <ContributionItem contribution={c} variant="reply" />
                </li>
              ))}
              {pending.map((entry) => (
                <li key={entry.clientId} className="timeline__item">
                  <OutboxItem
                    entry={entry}
                    author={me}
                    onRetry={() => void retry(entry.clientId)}
                    onDiscard={() => discard(entry.clientId)}
                  />
                </li>
              ))}
            </ol>
            <TypingIndicator roomId={roomId} />
          </section>
          {crisis.severity && <CrisisPanel hostsTold={room.data.kind !== 'direct'} onClose={crisis.close} />}
          {!current.deleted && !room.data.archived && (
            <Composer roomId={roomId} roomName={room.data.name} replyToId={storyId} />
          )}
          <div className="visually-hidden" aria-live="polite" aria-atomic="true">
            {announcement}
          </div>
        </div>
      </Page>
    </RoomViewContext>
  );
}
