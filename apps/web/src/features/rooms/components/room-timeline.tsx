import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Button } from '../../../components/ui/button';
import { daysAgo, formatWeekday } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useSocket } from '../../../lib/socket';
import { NARROW_QUERY, useMediaQuery } from '../../../lib/use-media-query';
import { getContributions, HISTORY_PAGE_SIZE } from '../api/get-contributions';
import { markRead } from '../api/mark-read';
import { roomKeys } from '../api/query-keys';
import { useRoomView } from '../hooks/room-context';
import { useLiveAnnouncement } from '../hooks/use-live-announcement';
import { useOutbox, useSendContribution } from '../hooks/use-outbox';
import { mergeOlderPage, type Timeline, topLevel } from '../lib/timeline';
import { ContributionItem } from './contribution-item';
import { OutboxItem } from './outbox-item';
import { TypingIndicator } from './typing-indicator';

const NEAR_BOTTOM_PX = 120;

/**
 * The newest contributions drawn when the room opens: more than two screens of a 1366 px desktop box
 * or a phone. The older ones of the loaded page (up to 50) are drawn when the reader goes up to them
 * (scrolling to the top, or "Eerdere berichten"), before anything is asked from the server: drawing
 * all 50 made the phone's main thread busy for seconds while the room opened.
 */
export const FIRST_SHOWN = 15;

/**
 * Where the conversation scrolls: its own box on wide screens, the whole page on a phone (one
 * scroller, no box inside a box). The timeline's rules below are written once against this.
 */
interface Scroller {
  /** How far the newest contribution is below what the reader sees (≤ 0: it is in view). */
  fromBottom(): number;
  /** Shows the newest contributions (on a phone: with the composer under them). */
  toBottom(): void;
  nearTop(): boolean;
  overflows(): boolean;
  /** A position that stays put when contributions are added above it; `restore` goes back to it. */
  anchor(): number;
  restore(anchor: number): void;
  placeAt(el: HTMLElement): void;
}

function boxScroller(el: HTMLElement): Scroller {
  return {
    fromBottom: () => el.scrollHeight - el.scrollTop - el.clientHeight,
    toBottom: () => {
      el.scrollTop = el.scrollHeight;
    },
    nearTop: () => el.scrollTop < 40,
    overflows: () => el.scrollHeight > el.clientHeight,
    anchor: () => el.scrollHeight - el.scrollTop,
    restore: (a) => {
      el.scrollTop = el.scrollHeight - a;
    },
    placeAt: (target) => {
      el.scrollTop = Math.max(0, target.offsetTop - el.offsetTop - 16);
    },
  };
}

function pageScroller(el: HTMLElement): Scroller {
  const page = () => document.scrollingElement ?? document.documentElement;
  const scrollBy = (dy: number) => window.scrollTo(0, Math.max(0, window.scrollY + dy));
  return {
    fromBottom: () => el.getBoundingClientRect().bottom - window.innerHeight,
    toBottom: () => {
      // The composer follows the conversation: the newest contributions end just above it.
      const end = document.getElementById(COMPOSER_ID) ?? el;
      scrollBy(end.getBoundingClientRect().bottom - window.innerHeight);
    },
    nearTop: () => el.getBoundingClientRect().top > -40,
    overflows: () => page().scrollHeight > window.innerHeight,
    anchor: () => page().scrollHeight - window.scrollY,
    restore: (a) => window.scrollTo(0, page().scrollHeight - a),
    placeAt: (target) => scrollBy(target.getBoundingClientRect().top - 16),
  };
}

/** The composer's wrapper in the room view (also the skip link's target). */
const COMPOSER_ID = 'schrijven';

function dayKey(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

export interface RoomTimelineProps {
  timeline: Timeline;
  /** The read marker when the room was opened: "Nieuw" goes above the first contribution after it. */
  readSeqAtOpen: number;
  me: { displayName: string; avatarColor: string };
  /** Asked to scroll to the bottom (e.g. after sending). Changes to this number trigger it. */
  scrollRequest: number;
  storyHref: (id: string) => string;
}

/**
 * The conversation: oldest at the top, newest at the bottom, in its own scrolling region (reachable
 * by keyboard) on wide screens, and as part of the page on a phone. Earlier contributions load at the top, keeping the place; new ones keep the view at
 * the bottom only when the reader was there. Reaching the bottom moves the read marker.
 */
export function RoomTimeline({ timeline, readSeqAtOpen, me, scrollRequest, storyHref }: RoomTimelineProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const room = useRoomView();
  const client = useQueryClient();
  const socket = useSocket();
  const outbox = useOutbox(room.roomId);
  const { retry, discard } = useSendContribution(room.roomId);
  const scrollerRef = useRef<HTMLElement>(null);
  const onePage = useMediaQuery(NARROW_QUERY);
  const scroller = useCallback((): Scroller | null => {
    const el = scrollerRef.current;
    return el ? (onePage ? pageScroller(el) : boxScroller(el)) : null;
  }, [onePage]);
  const unreadRef = useRef<HTMLLIElement>(null);
  const nearBottom = useRef(true);
  const firstLayout = useRef(true);
  const keepFromBottom = useRef<number | null>(null);
  const markedSeq = useRef(0);
  // On a phone: where the page was put at the bottom, so the scroll event of that move (which may
  // arrive after the page grew again) is not read as the reader scrolling away.
  const pinnedAt = useRef<number | null>(null);
  const [olderState, setOlderState] = useState<{ loading: boolean; error: unknown }>({
    loading: false,
    error: null,
  });
  const [newBelow, setNewBelow] = useState(false);
  const { hash } = useLocation();

  const items = topLevel(timeline.items);
  // The oldest contribution drawn (by seq): fixed when the room opens, so new ones arriving below do
  // not take away what the reader sees at the top; lowered when the reader goes up.
  const [shownFromSeq, setShownFromSeq] = useState(
    () => items[Math.max(0, items.length - FIRST_SHOWN)]?.seq ?? 0,
  );
  const confirmedClientIds = new Set(timeline.items.map((c) => c.clientId));
  const pending = outbox.filter((e) => !confirmedClientIds.has(e.clientId));
  const latestSeq = timeline.items.at(-1)?.seq ?? 0;
  const announcement = useLiveAnnouncement(timeline.items, room.myMembershipId, room.mutedIds);
  const firstUnread = items.find(
    (c) => c.seq > readSeqAtOpen && c.author.membershipId !== room.myMembershipId,
  );
  // Also drawn: a contribution a link points at (#bericht-…), with everything after it (the timeline has
  // no gaps); on wide screens, where the box opens at the "Nieuw" line, everything from that line on.
  // A phone opens at the newest ones: the line appears where it belongs when the reader goes up.
  const linked = hash.startsWith('#bericht-') ? items.find((c) => `#bericht-${c.id}` === hash) : undefined;
  const unreadFrom = onePage ? shownFromSeq : (firstUnread?.seq ?? shownFromSeq);
  const fromSeq = Math.min(shownFromSeq, unreadFrom, linked?.seq ?? shownFromSeq);
  const shown = fromSeq <= (items[0]?.seq ?? 0) ? items : items.filter((c) => c.seq >= fromSeq);
  const hidden = items.length - shown.length;
  // Where the next step up starts when older ones are already loaded.
  const revealFromSeq = items[Math.max(0, hidden - HISTORY_PAGE_SIZE)]?.seq ?? 0;

  // Only the DOM: the scroll event that follows updates `newBelow`.
  const scrollToBottom = useCallback(() => {
    scroller()?.toBottom();
    nearBottom.current = true;
    pinnedAt.current = onePage ? window.scrollY : null;
  }, [scroller, onePage]);

  const maybeMarkRead = useCallback(() => {
    if (!nearBottom.current || document.visibilityState === 'hidden') return;
    if (latestSeq <= markedSeq.current || latestSeq <= readSeqAtOpen) return;
    markedSeq.current = latestSeq;
    void markRead(socket, client, room.roomId, latestSeq).catch(() => {
      markedSeq.current = 0;
    });
  }, [latestSeq, readSeqAtOpen, socket, client, room.roomId]);

  // Place the view: first at the "Nieuw" line (or the bottom); after older ones load, where it was;
  // after new ones, at the bottom if the reader was there.
  // Measured in the next animation frame, which still comes before that frame is painted: measuring
  // inside React's commit made the browser lay out every new message there and then, once per commit
  // (the room commits several times while it opens), deep inside React's call stack.
  useLayoutEffect(() => {
    const frame = requestAnimationFrame(() => {
      const view = scroller();
      if (!view) return;
      if (firstLayout.current) {
        firstLayout.current = false;
        // On a phone the newest contributions and the composer come first; "Nieuw" marks where
        // the unread ones start, a swipe up. In a box, the box opens at that line.
        if (!onePage && unreadRef.current && view.overflows()) {
          view.placeAt(unreadRef.current);
          nearBottom.current = view.fromBottom() < NEAR_BOTTOM_PX;
        } else {
          scrollToBottom();
        }
        return;
      }
      if (keepFromBottom.current !== null) {
        view.restore(keepFromBottom.current);
        keepFromBottom.current = null;
        return;
      }
      if (nearBottom.current) scrollToBottom();
      else setNewBelow(true);
    });
    return () => cancelAnimationFrame(frame);
  }, [timeline.items.length, shown.length, pending.length, scrollToBottom, scroller, onePage]);

  useEffect(() => {
    if (scrollRequest > 0) scrollToBottom();
  }, [scrollRequest, scrollToBottom]);

  useEffect(() => {
    maybeMarkRead();
    const onVisible = () => maybeMarkRead();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [maybeMarkRead]);

  const loadOlder = useCallback(async () => {
    if (olderState.loading) return;
    if (hidden > 0) {
      // Already loaded: drawn at once, above what the reader sees, keeping the place.
      const view = scroller();
      if (view) keepFromBottom.current = view.anchor();
      setShownFromSeq(revealFromSeq);
      return;
    }
    if (timeline.nextBefore === null) return;
    setOlderState({ loading: true, error: null });
    try {
      const page = await getContributions(room.roomId, { before: timeline.nextBefore });
      const view = scroller();
      if (view) keepFromBottom.current = view.anchor();
      client.setQueryData<Timeline>(roomKeys.timeline(room.roomId), (t0) =>
        t0 ? mergeOlderPage(t0, page) : t0,
      );
      setShownFromSeq(0);
      setOlderState({ loading: false, error: null });
    } catch (error) {
      setOlderState({ loading: false, error });
    }
  }, [timeline.nextBefore, olderState.loading, room.roomId, client, scroller, hidden, revealFromSeq]);

  const onScroll = useCallback(() => {
    const view = scroller();
    if (!view) return;
    if (pinnedAt.current !== null && Math.abs(window.scrollY - pinnedAt.current) < 2) return;
    pinnedAt.current = null;
    nearBottom.current = view.fromBottom() < NEAR_BOTTOM_PX;
    if (nearBottom.current) {
      setNewBelow(false);
      maybeMarkRead();
    }
    const more = hidden > 0 || timeline.nextBefore !== null;
    if (view.nearTop() && more && !olderState.loading && !olderState.error) void loadOlder();
  }, [scroller, maybeMarkRead, hidden, timeline.nextBefore, olderState.loading, olderState.error, loadOlder]);

  // On a phone the page around the conversation still settles after it is drawn (reactions, the side
  // panels, the composer): a reader at the bottom stays at the bottom while it does.
  useEffect(() => {
    const el = scrollerRef.current;
    if (!onePage || !el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (nearBottom.current) scrollToBottom();
    });
    observer.observe(el);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [onePage, scrollToBottom]);

  useEffect(() => {
    const target: HTMLElement | Window | null = onePage ? window : scrollerRef.current;
    target?.addEventListener('scroll', onScroll, { passive: true });
    return () => target?.removeEventListener('scroll', onScroll);
  }, [onePage, onScroll]);

  const now = new Date();
  const dayLabel = (iso: string) => {
    const ago = daysAgo(iso, now);
    return ago === 0
      ? t('rooms.timeline.today')
      : ago === 1
        ? t('rooms.timeline.yesterday')
        : formatWeekday(iso, now);
  };

  const rows = shown.map((c, i) => ({
    c,
    newDay: i === 0 || dayKey(c.createdAt) !== dayKey(shown[i - 1]?.createdAt ?? ''),
  }));

  return (
    <div className="timeline-wrap">
      <section ref={scrollerRef} className="timeline" tabIndex={0} aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="visually-hidden">
          {t('rooms.timeline.heading', { room: room.roomName })}
        </h2>
        <div className="timeline__top">
          {hidden > 0 || timeline.nextBefore !== null ? (
            <>
              <Button
                variant="quiet"
                className="button--small"
                onClick={() => void loadOlder()}
                disabled={olderState.loading}
              >
                {olderState.loading ? t('rooms.timeline.loadingOlder') : t('rooms.timeline.older')}
              </Button>
              {olderState.error !== null && (
                <p className="field__error" role="alert">
                  {errorMessage(olderState.error)}
                </p>
              )}
            </>
          ) : (
            <p className="timeline__start">{t('rooms.timeline.start', { room: room.roomName })}</p>
          )}
        </div>
        {items.length === 0 && pending.length === 0 && (
          <p className="timeline__empty">{t('rooms.timeline.empty')}</p>
        )}
        <ol className="timeline__list">
          {rows.map(({ c, newDay }) => {
            return (
              <Fragment key={c.id}>
                {newDay && (
                  <li className="timeline__day">
                    <h3 className="timeline__day-label">{dayLabel(c.createdAt)}</h3>
                  </li>
                )}
                {c === firstUnread && (
                  <li className="timeline__unread" ref={unreadRef}>
                    <span>{t('rooms.timeline.newSince')}</span>
                  </li>
                )}
                <li className="timeline__item">
                  <ContributionItem
                    contribution={c}
                    storyHref={c.kind === 'story' ? storyHref(c.id) : undefined}
                  />
                </li>
              </Fragment>
            );
          })}
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
      </section>
      <TypingIndicator roomId={room.roomId} />
      {newBelow && (
        <Button
          variant="secondary"
          className="timeline__jump button--small"
          onClick={() => {
            scrollToBottom();
            setNewBelow(false);
          }}
        >
          {t('rooms.timeline.jumpToNew')}
        </Button>
      )}
      <div className="visually-hidden live-region" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}
