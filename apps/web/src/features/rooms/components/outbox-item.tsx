import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../../components/ui/avatar';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextBody } from '../../../components/ui/text-body';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { ApiError } from '../../../lib/api-client';
import { isRetryable, type OutboxEntry } from '../lib/outbox';

/**
 * A contribution on its way: "Wordt verstuurd…", or "Niet verstuurd · Opnieuw proberen". The retry
 * sends the very same client id, so the server can never store it twice.
 */
export function OutboxItem({
  entry,
  author,
  onRetry,
  onDiscard,
}: {
  entry: OutboxEntry;
  author: { displayName: string; avatarColor: string };
  onRetry: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const failed = entry.status === 'failed';
  // Waiting for the connection is not an error: calm styling; red only when trying again will not help.
  const stuck = failed && !isRetryable(entry);
  const code = entry.error?.code ?? '';
  const why = !failed
    ? null
    : code === 'OFFLINE' || code === 'TIMEOUT' || code === 'NETWORK_ERROR'
      ? t('rooms.outbox.offlineHint')
      : errorMessage(new ApiError(0, code, entry.error?.message ?? ''));

  return (
    <article
      className={[
        'contribution contribution--own contribution--pending',
        failed ? (stuck ? 'contribution--failed' : 'contribution--waiting') : '',
      ].join(' ')}
      aria-label={t('rooms.outbox.label')}
    >
      <header className="contribution__meta">
        <Avatar color={author.avatarColor} name={author.displayName} size="large" />
        <span className="contribution__author">{author.displayName}</span>
        {entry.kind === 'story' && <span className="contribution__kind">{t('rooms.item.story')}</span>}
      </header>
      <div className="contribution__content">
        {entry.title && (
          <p className="story-card__title" dir="auto">
            {entry.title}
          </p>
        )}
        <TextBody text={entry.body} />
      </div>
      <div className="outbox-status">
        <p className={failed ? 'outbox-status__failed' : 'outbox-status__sending'} role="status">
          {failed ? (
            <>
              <span className="outbox-status__label">{t('rooms.outbox.failed')}</span>
              {why && <span className="outbox-status__why"> {why}</span>}
            </>
          ) : (
            t('rooms.outbox.sending')
          )}
        </p>
        {failed && (
          <div className="button-row">
            <button type="button" className="button button--secondary button--small" onClick={onRetry}>
              {t('rooms.outbox.retry')}
            </button>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => setConfirming(true)}
            >
              {t('rooms.outbox.discard')}
            </button>
          </div>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('rooms.outbox.discardTitle')}
          confirmLabel={t('rooms.outbox.discardConfirm')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onDiscard();
          }}
        >
          <p>{t('rooms.outbox.discardText')}</p>
        </ConfirmDialog>
      )}
    </article>
  );
}
