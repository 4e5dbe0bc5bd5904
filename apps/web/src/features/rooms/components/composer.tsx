import { MESSAGE_MAX_CHARS, STORY_BODY_MAX_CHARS, STORY_TITLE_MAX_CHARS } from '@spiegel/domain';
import {
  type FormEvent,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { formatCount } from '../../../i18n';
import { TextAreaField, TextField } from '../../../components/ui/field';
import { useSocket } from '../../../lib/socket';
import { useTouchInput } from '../../../lib/use-touch-input';
import { useSendContribution } from '../hooks/use-outbox';
import { type Draft, draftKey, draftStore, emptyDraft, saveDraft } from '../lib/drafts';

const TYPING_EVERY_MS = 3_000;
const TYPING_IDLE_MS = 4_000;

/** How close to the limit: the counter speaks only when this changes, not on every key press. */
function limitLevel(length: number, max: number): 'ok' | 'near' | 'last' | 'over' {
  if (length > max) return 'over';
  if (length > max - 100) return 'last';
  if (length > max * 0.9) return 'near';
  return 'ok';
}

function Counter({ length, max, id }: { length: number; max: number; id: string }) {
  const { t } = useTranslation();
  const level = limitLevel(length, max);
  const spoken =
    level === 'over'
      ? t('rooms.composer.overBy', { count: length - max })
      : level === 'ok'
        ? ''
        : t('rooms.composer.remaining', { count: max - length });
  return (
    <>
      <p id={id} className={`counter counter--${level}`} aria-hidden="true">
        {formatCount(length)} / {formatCount(max)}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {level === 'ok' ? '' : spoken}
      </p>
    </>
  );
}

export interface ComposerProps {
  roomId: string;
  /** Used in the label: "Je bericht aan Groep Voorjaar". */
  roomName: string;
  /** In a story's thread: replies are messages to that story. */
  replyToId?: string | null;
  onSent?: () => void;
}

/**
 * Write a message (Enter sends, Shift+Enter is a new line; on a touch screen Enter is a new line and
 * the button sends, as a phone keyboard has no Shift+Enter) or share a story with a title (longer, and
 * Enter is a new line there; Ctrl+Enter or the button sends). Limits are shown, never enforced by
 * cutting text off. What is being written survives leaving the page (sessionStorage).
 */
export function Composer({ roomId, roomName, replyToId = null, onSent }: ComposerProps) {
  const { t } = useTranslation();
  const socket = useSocket();
  const { send } = useSendContribution(roomId);
  const key = draftKey(roomId, replyToId);
  const drafts = useSyncExternalStore(draftStore.subscribe, draftStore.get, draftStore.get);
  const draft: Draft = drafts[key] ?? emptyDraft;
  const [tried, setTried] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const typing = useRef({ last: 0, on: false, idle: undefined as ReturnType<typeof setTimeout> | undefined });
  const counterId = useId();
  const story = draft.mode === 'story' && !replyToId;
  const touch = useTouchInput();
  const max = story ? STORY_BODY_MAX_CHARS : MESSAGE_MAX_CHARS;

  const update = (patch: Partial<Draft>) => saveDraft(key, { ...draft, ...patch });

  // Tell the room someone is typing: at most every 3 s, and "stopped" after 4 s of quiet.
  const setTyping = useCallback(
    (on: boolean) => {
      const state = typing.current;
      clearTimeout(state.idle);
      if (on) {
        const now = Date.now();
        if (!state.on || now - state.last > TYPING_EVERY_MS) {
          socket?.emit('typing', { roomId, typing: true });
          state.last = now;
          state.on = true;
        }
        state.idle = setTimeout(() => {
          if (state.on) socket?.emit('typing', { roomId, typing: false });
          state.on = false;
        }, TYPING_IDLE_MS);
      } else if (state.on) {
        socket?.emit('typing', { roomId, typing: false });
        state.on = false;
      }
    },
    [socket, roomId],
  );

  useEffect(
    () => () => {
      const state = typing.current;
      clearTimeout(state.idle);
      if (state.on) socket?.emit('typing', { roomId, typing: false });
    },
    [socket, roomId],
  );

  const bodyError = !draft.body.trim()
    ? t('rooms.composer.emptyError')
    : draft.body.length > max
      ? story
        ? t('rooms.composer.storyTooLong', { count: draft.body.length - max })
        : t('rooms.composer.tooLong', { count: draft.body.length - max })
      : undefined;
  const titleError = story
    ? !draft.title.trim()
      ? t('rooms.composer.titleRequired')
      : draft.title.length > STORY_TITLE_MAX_CHARS
        ? t('rooms.composer.titleTooLong', { max: STORY_TITLE_MAX_CHARS })
        : undefined
    : undefined;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    setTried(true);
    if (bodyError || titleError) {
      (titleError ? titleRef.current : bodyRef.current)?.focus();
      return;
    }
    setTyping(false);
    void send({
      kind: story ? 'story' : 'message',
      body: draft.body.trim(),
      ...(story ? { title: draft.title.trim() } : {}),
      ...(replyToId ? { replyToId } : {}),
    });
    saveDraft(key, { ...emptyDraft, mode: 'message' });
    setTried(false);
    onSent?.();
    bodyRef.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const sendNow = story || touch ? event.ctrlKey || event.metaKey : !event.shiftKey;
    if (sendNow) {
      event.preventDefault();
      submit();
    }
  }

  const tooLongMessage = !story && !replyToId && draft.body.length > MESSAGE_MAX_CHARS;

  return (
    <form className="composer" onSubmit={submit} noValidate aria-label={t('rooms.composer.formLabel')}>
      {!replyToId && (
        <div className="composer__modes" role="group" aria-label={t('rooms.composer.modeLabel')}>
          <button
            type="button"
            className="composer__mode"
            aria-pressed={!story}
            onClick={() => update({ mode: 'message' })}
          >
            {t('rooms.composer.modeMessage')}
          </button>
          <button
            type="button"
            className="composer__mode"
            aria-pressed={story}
            onClick={() => update({ mode: 'story' })}
          >
            {t('rooms.composer.modeStory')}
          </button>
        </div>
      )}
      {story && (
        <>
          <p className="composer__intro">{t('rooms.composer.storyIntro')}</p>
          <TextField
            ref={titleRef}
            label={t('rooms.composer.storyTitle')}
            value={draft.title}
            error={tried ? titleError : undefined}
            onChange={(e) => update({ title: e.target.value })}
          />
        </>
      )}
      <TextAreaField
        ref={bodyRef}
        label={
          replyToId
            ? t('rooms.composer.replyLabel')
            : story
              ? t('rooms.composer.storyBody')
              : t('rooms.composer.messageLabel', { room: roomName })
        }
        hint={
          story
            ? t('rooms.composer.storyHint')
            : touch
              ? t('rooms.composer.messageHintTouch')
              : t('rooms.composer.messageHint')
        }
        error={tried ? bodyError : undefined}
        value={draft.body}
        rows={story ? 10 : 3}
        onChange={(e) => {
          update({ body: e.target.value });
          setTyping(e.target.value.trim() !== '');
        }}
        onBlur={() => setTyping(false)}
        onKeyDown={onKeyDown}
        after={<Counter length={draft.body.length} max={max} id={counterId} />}
      />
      <div className="composer__actions">
        {tooLongMessage && (
          <Button variant="secondary" onClick={() => update({ mode: 'story' })}>
            {t('rooms.composer.makeStory')}
          </Button>
        )}
        <Button type="submit">{story ? t('rooms.composer.shareStory') : t('rooms.composer.send')}</Button>
      </div>
    </form>
  );
}
