import type { ContributionView } from '@spiegel/domain';
import { lazy, memo, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Avatar } from '../../../components/ui/avatar';
import { ActionMenu, type MenuAction } from '../../../components/ui/action-menu';
import { TextBody } from '../../../components/ui/text-body';
import { casesPath } from '../../../app/paths';
import { formatTime } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useDeleteContribution } from '../api/delete-contribution';
import { useSetMuted } from '../api/mute-member';
import { useMarkSignal } from '../api/mark-signal';
import { useUnhideContribution } from '../api/unhide-contribution';
import { useRoomView } from '../hooks/room-context';
import { wasSentHere } from '../lib/outbox';
import { PhaseTagLine } from './phase-tag';
import { ReactionBar } from './reaction-bar';

// What only opens on request loads on request: the room's first paint does not wait for it.
const ConfirmDialog = lazy(() =>
  import('../../../components/ui/confirm-dialog').then((m) => ({ default: m.ConfirmDialog })),
);
const EditContributionForm = lazy(() =>
  import('./edit-contribution-form').then((m) => ({ default: m.EditContributionForm })),
);
const HideDialog = lazy(() => import('./contribution-dialogs').then((m) => ({ default: m.HideDialog })));
const ReportDialog = lazy(() => import('./contribution-dialogs').then((m) => ({ default: m.ReportDialog })));
const PhaseDialog = lazy(() => import('./phase-dialog').then((m) => ({ default: m.PhaseDialog })));

type Mode = 'edit' | 'report' | 'hide' | 'delete' | 'phase' | null;

const PREVIEW_CHARS = 320;

/** The opening of a story: its first paragraph, cut at a word when that is long. */
function preview(body: string): string {
  const first = (body.split(/\n[ \t]*\n/)[0] ?? body).trim();
  if (first.length <= PREVIEW_CHARS) return first;
  return `${first.slice(0, PREVIEW_CHARS).replace(/\s+\S*$/, '')}…`;
}

export interface ContributionItemProps {
  contribution: ContributionView;
  /** `list`: in the room (stories as cards); `story`: the story at the top of its thread; `reply`: in a thread. */
  variant?: 'list' | 'story' | 'reply';
  /** Where a story card's "Lees verder" goes. */
  storyHref?: string;
}

/**
 * One message or story as everyone sees it: pseudonym and colour, no roles, plain text only.
 * Drawn again only when its contribution (or the room's context, or the language) changes: the
 * timeline around it redraws whenever the room's queries or connection move, and a phone took
 * 50–100 ms for each redraw of every message while the room opened.
 */
export const ContributionItem = memo(function ContributionItem({
  contribution: c,
  variant = 'list',
  storyHref,
}: ContributionItemProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const room = useRoomView();
  const own = c.author.membershipId === room.myMembershipId;
  const name = c.author.displayName;
  const [mode, setMode] = useState<Mode>(null);
  const [revealed, setRevealed] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const remove = useDeleteContribution();
  const unhide = useUnhideContribution();
  const setMuted = useSetMuted();
  const markSignal = useMarkSignal();
  const muted = !own && room.mutedIds.has(c.author.membershipId);
  const storyCard = c.kind === 'story' && variant === 'list';
  const titleId = `bericht-${c.id}-titel`;

  if (muted && !revealed) {
    return (
      <article className="contribution contribution--muted" id={`bericht-${c.id}`} tabIndex={-1}>
        <p className="contribution__notice">
          {t('rooms.item.muted', { name })}{' '}
          <button
            type="button"
            className="link-button"
            aria-label={t('rooms.item.showMutedLabel', { name })}
            onClick={() => setRevealed(true)}
          >
            {t('rooms.item.showMuted')}
          </button>
        </p>
      </article>
    );
  }

  const actions: MenuAction[] = [];
  if (!c.deleted) {
    if (own) {
      actions.push({ key: 'edit', label: t('rooms.item.edit'), onSelect: () => setMode('edit') });
      if (!c.phaseTag?.phase)
        actions.push({ key: 'phase', label: t('rooms.item.choosePhase'), onSelect: () => setMode('phase') });
      actions.push({ key: 'delete', label: t('rooms.item.delete'), onSelect: () => setMode('delete') });
    } else {
      actions.push({ key: 'report', label: t('rooms.item.report'), onSelect: () => setMode('report') });
      actions.push(
        muted
          ? {
              key: 'unmute',
              label: t('rooms.item.unmute', { name }),
              onSelect: () => setMuted.mutate({ membershipId: c.author.membershipId, muted: false }),
            }
          : {
              key: 'mute',
              label: t('rooms.item.mute', { name }),
              onSelect: () =>
                setMuted.mutate(
                  { membershipId: c.author.membershipId, muted: true },
                  { onSuccess: () => setRevealed(false) },
                ),
            },
      );
    }
    if (room.isHost && !own && !c.hidden) {
      // Staff's verdict on detection, for the figures in the field: ids and labels only.
      const flagged = c.crisis !== undefined && c.crisis !== 'none';
      actions.push({
        key: 'signal',
        label: flagged ? t('signals.markFalse') : t('signals.markMissed'),
        onSelect: () =>
          markSignal.mutate(
            { contributionId: c.id, label: flagged ? 'vals_alarm' : 'gemist_signaal' },
            { onSuccess: () => setStatus(t('signals.marked')) },
          ),
      });
    }
    if (room.isHost) {
      actions.push(
        c.hidden
          ? {
              key: 'unhide',
              label: t('rooms.item.unhide'),
              onSelect: () => unhide.mutate({ id: c.id, roomId: c.roomId }),
            }
          : { key: 'hide', label: t('rooms.item.hide'), onSelect: () => setMode('hide') },
      );
    }
  }

  const hiddenNotice = c.hidden
    ? c.hidden.by === 'reports'
      ? t('rooms.item.hiddenByReports')
      : t('rooms.item.hiddenByHost', { reason: c.hidden.reason })
    : null;
  const showBody = !c.deleted && c.body !== null;
  const classes = [
    'contribution',
    storyCard ? 'contribution--story' : '',
    own ? 'contribution--own' : '',
    c.hidden ? 'contribution--hidden' : '',
    c.deleted ? 'contribution--deleted' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <article
      className={classes}
      id={`bericht-${c.id}`}
      tabIndex={-1}
      aria-labelledby={storyCard && c.title ? titleId : undefined}
      aria-label={
        storyCard && c.title ? undefined : t('rooms.item.label', { name, time: formatTime(c.createdAt) })
      }
    >
      <header className="contribution__meta">
        <Avatar color={c.author.avatarColor} name={name} size="large" />
        <span className="contribution__author" dir="auto">
          {name}
        </span>
        <time className="contribution__time" dateTime={c.createdAt}>
          {formatTime(c.createdAt)}
        </time>
        {c.editedAt && !c.deleted && <span className="contribution__edited">{t('rooms.item.edited')}</span>}
        {storyCard && <span className="contribution__kind">{t('rooms.item.story')}</span>}
        {own && wasSentHere(c.clientId) && (
          <span className="contribution__sent">
            <span aria-hidden="true">✓ </span>
            {t('rooms.outbox.sent')}
          </span>
        )}
        {!c.deleted && mode !== 'edit' && (
          <ActionMenu
            label={t('rooms.item.actionsLabel', { name })}
            icon={<span aria-hidden="true">⋯</span>}
            actions={actions}
          />
        )}
      </header>

      {room.isHost && !own && c.crisis && c.crisis !== 'none' && !c.deleted && (
        <p className="crisis-flag">
          {t('rooms.item.crisisFlag')} <Link to={casesPath}>{t('care.toCases')}</Link>
        </p>
      )}

      {c.deleted && <p className="contribution__notice">{t('rooms.item.deleted')}</p>}
      {hiddenNotice && !c.deleted && (
        <p className="contribution__notice">
          {hiddenNotice}
          {showBody && (
            <span className="contribution__notice-extra"> {t('rooms.item.hiddenStillVisible')}</span>
          )}
        </p>
      )}

      {mode === 'edit' ? (
        <Suspense fallback={null}>
          <EditContributionForm contribution={c} onDone={() => setMode(null)} />
        </Suspense>
      ) : (
        showBody && (
          <div
            className={
              c.hidden ? 'contribution__content contribution__content--hidden' : 'contribution__content'
            }
          >
            {storyCard ? (
              <>
                {c.title && (
                  <h4 id={titleId} className="story-card__title" dir="auto">
                    {c.title}
                  </h4>
                )}
                <TextBody text={preview(c.body ?? '')} />
                {storyHref && (
                  <p className="story-card__more">
                    <Link to={storyHref} aria-label={`${t('rooms.item.readMore')}: ${c.title ?? ''}`}>
                      {t('rooms.item.readMore')}
                    </Link>
                    {c.replyCount > 0 && (
                      <span className="story-card__replies">
                        {' · '}
                        {t('rooms.item.replies', { count: c.replyCount })}
                      </span>
                    )}
                  </p>
                )}
              </>
            ) : (
              <TextBody text={c.body ?? ''} />
            )}
          </div>
        )
      )}

      <PhaseTagLine
        contribution={c}
        own={own}
        showForHost={room.isHost && room.showPhases}
        onAdjust={() => setMode('phase')}
      />

      {!c.deleted && !c.hidden && mode !== 'edit' && (
        <footer className="contribution__footer">
          <ReactionBar contribution={c} own={own} care={!!c.careNeeded && !own && !room.isHost} />
        </footer>
      )}

      {(status || remove.isError || unhide.isError || setMuted.isError || markSignal.isError) && (
        <p className="contribution__status" role="status">
          {status ?? errorMessage(remove.error ?? unhide.error ?? setMuted.error ?? markSignal.error)}
        </p>
      )}

      <Suspense fallback={null}>
        {mode === 'phase' && <PhaseDialog contribution={c} onClose={() => setMode(null)} />}
        {mode === 'report' && (
          <ReportDialog
            contribution={c}
            onClose={() => setMode(null)}
            onDone={(hidden) => {
              setMode(null);
              setStatus(hidden ? t('rooms.report.doneHidden') : t('rooms.report.done'));
            }}
          />
        )}
        {mode === 'hide' && <HideDialog contribution={c} onClose={() => setMode(null)} />}
        {mode === 'delete' && (
          <ConfirmDialog
            title={t('rooms.item.deleteTitle')}
            confirmLabel={t('rooms.item.deleteConfirm')}
            busy={remove.isPending}
            error={remove.isError ? errorMessage(remove.error) : undefined}
            onCancel={() => setMode(null)}
            onConfirm={() => remove.mutate(c.id, { onSuccess: () => setMode(null) })}
          >
            <p>{t('rooms.item.deleteText')}</p>
          </ConfirmDialog>
        )}
      </Suspense>
    </article>
  );
});
