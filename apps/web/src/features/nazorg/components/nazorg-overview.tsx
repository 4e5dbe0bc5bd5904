import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/loading';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import type { AlumnusRow, NazorgOverview as Overview } from '@spiegel/domain';
import { useNazorg } from '../api/get-nazorg';
import { useMessageAlumnus } from '../api/message-alumnus';
import { useRunNazorg } from '../api/run-nazorg';
import { type AlumnusAction, AlumnusCard } from './alumnus-card';
import { ContactDialog, type MentorOption, SnoozeDialog, SuggestMentorDialog } from './alumnus-dialogs';
import { CheckinDialog } from './checkin-dialog';

export interface NazorgOverviewProps {
  /** Trajecten to narrow the list to (the caller's own; all for admins). */
  trajecten: { id: string; name: string }[];
  /** Active peer mentors to suggest; undefined while they load. */
  mentors: MentorOption[] | undefined;
  canRun: boolean;
  onOpenConversation: (roomId: string) => void;
}

function Totals({ totals, lastRunAt }: Pick<Overview, 'totals' | 'lastRunAt'>) {
  const { t } = useTranslation();
  const notConsented = totals.alumni - totals.consented;
  return (
    <>
      <p className="lead">{t('nazorg.totalsAlumni', { count: totals.alumni })}</p>
      <p>{t('nazorg.totalsLevels', totals.byLevel)}</p>
      {notConsented > 0 && <p>{t('nazorg.notConsented', { count: notConsented })}</p>}
      <p className="muted">
        {lastRunAt ? t('nazorg.lastRun', { date: formatDate(lastRunAt, true) }) : t('nazorg.neverRun')}
      </p>
    </>
  );
}

/**
 * "Na afloop": alumni in their first six months after a traject, highest zwart-gat risk first, with the
 * reasons in plain words and the actions to reach out. Lists exactly what the API returns: people who
 * did not consent to follow-up are never listed, they only count in the totals.
 */
export function NazorgOverview({ trajecten, mentors, canRun, onOpenConversation }: NazorgOverviewProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [trajectId, setTrajectId] = useState<string | null>(null);
  const overview = useNazorg(trajectId);
  const run = useRunNazorg();
  const message = useMessageAlumnus();
  const [dialog, setDialog] = useState<{
    action: Exclude<AlumnusAction, 'message'>;
    alumnus: AlumnusRow;
  } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function act(alumnus: AlumnusRow, action: AlumnusAction) {
    setNotice(null);
    if (action === 'message')
      message.mutate(alumnus.member.membershipId, { onSuccess: ({ roomId }) => onOpenConversation(roomId) });
    else setDialog({ action, alumnus });
  }

  const done = (text: string) => {
    setDialog(null);
    setNotice(text);
  };
  const dialogProps = dialog && {
    membershipId: dialog.alumnus.member.membershipId,
    name: dialog.alumnus.member.displayName,
    onDone: done,
    onCancel: () => setDialog(null),
  };

  return (
    <>
      <section className="card" aria-labelledby="nazorg-totals-heading">
        <div className="card__head">
          <h2 id="nazorg-totals-heading">{t('nazorg.totalsHeading')}</h2>
          {trajecten.length > 1 && (
            <SelectField
              label={t('nazorg.trajectFilter')}
              className="input--compact"
              value={trajectId ?? ''}
              onChange={(e) => setTrajectId(e.target.value || null)}
              options={[
                { value: '', label: t('nazorg.allTrajecten') },
                ...trajecten.map((tr) => ({ value: tr.id, label: tr.name })),
              ]}
            />
          )}
        </div>
        {overview.isPending ? (
          <Loading label={t('nazorg.loading')} />
        ) : overview.isError ? null : (
          <Totals totals={overview.data.totals} lastRunAt={overview.data.lastRunAt} />
        )}
        {canRun && (
          <div className="button-row">
            <Button
              variant="secondary"
              disabled={run.isPending}
              onClick={() =>
                run.mutate(undefined, {
                  onSuccess: (r) =>
                    setNotice(
                      t('nazorg.runDone', {
                        computed: r.computed,
                        completed: r.completedTrajecten,
                        raised: r.raisedToHoog,
                      }),
                    ),
                })
              }
            >
              {run.isPending ? t('nazorg.running') : t('nazorg.run')}
            </Button>
          </div>
        )}
        {run.isError && <ErrorAlert>{errorMessage(run.error)}</ErrorAlert>}
      </section>

      {notice && <Notice>{notice}</Notice>}
      {message.isError && <ErrorAlert>{errorMessage(message.error)}</ErrorAlert>}

      <section aria-labelledby="nazorg-list-heading">
        <h2 id="nazorg-list-heading">{t('nazorg.listHeading')}</h2>
        {overview.isPending ? null : overview.isError ? (
          <>
            <ErrorAlert>{errorMessage(overview.error)}</ErrorAlert>
            <Button variant="secondary" onClick={() => void overview.refetch()}>
              {t('app.retry')}
            </Button>
          </>
        ) : overview.data.alumni.length === 0 ? (
          <p className="muted">{t('nazorg.empty')}</p>
        ) : (
          <ul className="alumni">
            {overview.data.alumni.map((a) => (
              <AlumnusCard
                key={`${a.trajectId}:${a.member.membershipId}`}
                alumnus={a}
                busy={message.isPending && message.variables === a.member.membershipId}
                onAction={(action) => act(a, action)}
              />
            ))}
          </ul>
        )}
      </section>

      {dialog?.action === 'checkin' && dialogProps && <CheckinDialog {...dialogProps} />}
      {dialog?.action === 'contact' && dialogProps && <ContactDialog {...dialogProps} />}
      {dialog?.action === 'snooze' && dialogProps && <SnoozeDialog {...dialogProps} />}
      {dialog?.action === 'suggest' && dialogProps && (
        <SuggestMentorDialog {...dialogProps} mentors={mentors} />
      )}
    </>
  );
}
