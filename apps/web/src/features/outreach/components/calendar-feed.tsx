import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CopyField } from '../../../components/ui/copy-field';
import { Loading } from '../../../components/ui/loading';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useCalendarFeed, useNewCalendarFeed, useRemoveCalendarFeed } from '../api/calendar-feed';

/**
 * Mijn account: the personal calendar feed of my trajecten's sessions. The secret link is shown once,
 * right after it was made ("Nieuwe link maken" revokes the old one); the server keeps only its hash.
 */
export function CalendarFeed() {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const feed = useCalendarFeed();
  const make = useNewCalendarFeed();
  const remove = useRemoveCalendarFeed();
  const url = make.data?.url ?? null;
  const busy = make.isPending || remove.isPending;

  if (feed.isPending) return <Loading label={t('calendarFeed.working')} />;
  if (feed.isError) return <ErrorAlert>{errorMessage(feed.error)}</ErrorAlert>;
  const active = feed.data.active;

  return (
    <div className="outreach-stack" data-testid="calendar-feed">
      <p className="muted">{t('calendarFeed.intro')}</p>
      <p data-testid="calendar-feed-state">
        {active && feed.data.createdAt
          ? t('calendarFeed.active', {
              date: new Date(feed.data.createdAt).toLocaleDateString(
                i18n.language === 'en' ? 'en-GB' : 'nl-NL',
              ),
            })
          : t('calendarFeed.none')}
      </p>
      {url && (
        <div className="outreach-stack">
          <CopyField
            label={t('calendarFeed.urlLabel')}
            value={url}
            copyLabel={t('calendarFeed.copy')}
            copiedMessage={t('calendarFeed.copied')}
            failedMessage={t('calendarFeed.copyFailed')}
          />
          <p className="field__hint">{t('calendarFeed.urlHint')}</p>
        </div>
      )}
      {(make.error || remove.error) && <ErrorAlert>{errorMessage(make.error ?? remove.error)}</ErrorAlert>}
      <div className="form__actions">
        <Button type="button" disabled={busy} onClick={() => make.mutate()}>
          {busy ? t('calendarFeed.working') : active ? t('calendarFeed.renew') : t('calendarFeed.create')}
        </Button>
        {active && (
          <Button
            variant="secondary"
            type="button"
            disabled={busy}
            onClick={() => {
              make.reset();
              remove.mutate();
            }}
          >
            {t('calendarFeed.remove')}
          </Button>
        )}
      </div>
      <p className="field__hint">{t('calendarFeed.reminderNote')}</p>
    </div>
  );
}
