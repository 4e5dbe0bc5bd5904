import { formatMessage, type MentorStatus as Status, type MyMentorProfile } from '@spiegel/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { currentLanguage } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useSetMentorStatus } from '../api/set-mentor-status';

/** Whether the person is listed (and, gently, why not yet), and pause / resume / stop. */
export function MentorStatus({
  data,
  onNotice,
}: {
  data: MyMentorProfile;
  onNotice: (text: string) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const lang = currentLanguage();
  const setStatus = useSetMentorStatus();
  const [askStop, setAskStop] = useState(false);
  const { profile, eligibility } = data;
  // Not being signed up is what the form is for, and "can be a mentor" is what "listed" says; the
  // other reasons are worth saying.
  const reasons = eligibility.reasons.filter(
    (r) => r.key !== 'mentor.eligible' && (profile?.status === 'stopped' || r.key !== 'mentor.notOptedIn'),
  );
  const reasonList = (
    <ul className="reasons">
      {reasons.map((r, i) => (
        <li key={`${r.key}-${i}`}>{formatMessage(r, lang)}</li>
      ))}
    </ul>
  );
  if (!profile)
    return reasons.length === 0 ? null : (
      <section className="card" aria-labelledby="mentor-status-heading">
        <h2 id="mentor-status-heading">{t('mentor.statusHeading')}</h2>
        <div className="notice-line">
          <p>{t('mentor.notListedYet')}</p>
          {reasonList}
          <p>{t('mentor.notListedHelp')}</p>
        </div>
      </section>
    );

  const change = (status: Status, done: string) =>
    setStatus.mutate(status, {
      onSuccess: () => {
        setAskStop(false);
        onNotice(done);
      },
    });
  return (
    <section className="card" aria-labelledby="mentor-status-heading">
      <h2 id="mentor-status-heading">{t('mentor.statusHeading')}</h2>
      <p>
        {t('mentor.statusLabel')} <strong>{t(`mentor.statuses.${profile.status}`)}</strong>
      </p>
      {eligibility.eligible ? (
        <>
          <p>{t('mentor.listed')}</p>
          {reasonList}
        </>
      ) : (
        <div className="notice-line">
          <p>{t('mentor.notListed')}</p>
          {reasonList}
          <p>{t('mentor.notListedHelp')}</p>
        </div>
      )}
      {setStatus.isError && !askStop && <ErrorAlert>{errorMessage(setStatus.error)}</ErrorAlert>}
      <div className="button-row">
        {profile.status === 'active' && (
          <Button
            variant="secondary"
            disabled={setStatus.isPending}
            onClick={() => change('paused', t('mentor.pausedDone'))}
          >
            {t('mentor.pause')}
          </Button>
        )}
        {profile.status !== 'active' && (
          <Button
            variant="secondary"
            disabled={setStatus.isPending}
            onClick={() => change('active', t('mentor.resumedDone'))}
          >
            {t('mentor.resume')}
          </Button>
        )}
        {profile.status !== 'stopped' && (
          <Button variant="quiet" disabled={setStatus.isPending} onClick={() => setAskStop(true)}>
            {t('mentor.stop')}
          </Button>
        )}
      </div>
      {askStop && (
        <ConfirmDialog
          title={t('mentor.stopConfirmTitle')}
          confirmLabel={t('mentor.stopConfirm')}
          busy={setStatus.isPending}
          error={setStatus.isError ? errorMessage(setStatus.error) : undefined}
          onCancel={() => {
            setStatus.reset();
            setAskStop(false);
          }}
          onConfirm={() => change('stopped', t('mentor.stoppedDone'))}
        >
          <p>{t('mentor.stopConfirmText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
