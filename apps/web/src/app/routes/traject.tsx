import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorAlert, Notice } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page';
import { useTraject } from '../../features/trajecten/api/get-traject';
import { CloseTraject } from '../../features/trajecten/components/close-traject';
import { EditTrajectForm } from '../../features/trajecten/components/edit-traject-form';
import { EnrolMembersForm } from '../../features/trajecten/components/enrol-members-form';
import { EnrolmentTable } from '../../features/trajecten/components/enrolment-table';
import { LeaveTraject } from '../../features/trajecten/components/leave-traject';
import { TrajectInvitationForm } from '../../features/trajecten/components/traject-invitation-form';
import { TrajectOverview } from '../../features/trajecten/components/traject-overview';
import { useErrorMessage } from '../../i18n/use-error-message';
import '../../styles/trajecten.css';
import { roomPath } from '../paths';
import { consentPath, trajectenPath } from '../traject-paths';

type TrajectNotice = 'created' | 'joined' | 'saved' | 'closed' | 'left' | 'updated';
const FROM_ELSEWHERE: readonly unknown[] = ['created', 'joined', 'saved'];
const NOTICE_TEXT = {
  created: 'trajecten.detail.created',
  saved: 'consent.saved',
  closed: 'trajecten.detail.closed',
  left: 'trajecten.detail.left',
  updated: 'trajecten.edit.saved',
} as const;

function readNotice(state: unknown): TrajectNotice | null {
  const notice = (state ?? {}) as { trajectNotice?: unknown };
  return FROM_ELSEWHERE.includes(notice.trajectNotice) ? (notice.trajectNotice as TrajectNotice) : null;
}

export default function TrajectRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { trajectId = '' } = useParams();
  const location = useLocation();
  const traject = useTraject(trajectId);
  const [notice, setNotice] = useState<TrajectNotice | null>(() => readNotice(location.state));
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Back from the form (saved or cancelled): focus returns to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (traject.isPending)
    return (
      <Page title={t('trajecten.title')} heading={t('trajecten.heading')}>
        <Loading label={t('trajecten.detail.loading')} />
      </Page>
    );
  if (traject.isError)
    return (
      <Page title={t('trajecten.title')} heading={t('trajecten.heading')}>
        <ErrorAlert>{errorMessage(traject.error)}</ErrorAlert>
        <div className="button-row">
          <Button variant="secondary" onClick={() => void traject.refetch()}>
            {t('app.retry')}
          </Button>
          <Link to={trajectenPath}>{t('trajecten.detail.backToList')}</Link>
        </div>
      </Page>
    );

  const data = traject.data;
  const staff = data.you.admin || data.you.facilitator;
  const open = data.status !== 'afgerond';
  const enrolment = data.you.enrolment;
  const noticeText =
    notice && (notice === 'joined' ? t('consent.joined', { name: data.name }) : t(NOTICE_TEXT[notice]));

  return (
    <Page title={data.name} heading={data.name} width="wide">
      <p className="back-link">
        <Link to={trajectenPath}>{t('trajecten.detail.backToList')}</Link>
      </p>
      {noticeText && <Notice>{noticeText}</Notice>}
      <TrajectOverview traject={data} roomHref={roomPath} consentHref={consentPath} />

      {staff && data.enrolments && (
        <section className="card" aria-labelledby="traject-enrolments-heading">
          <h2 id="traject-enrolments-heading">{t('trajecten.detail.enrolmentsHeading')}</h2>
          <p className="muted">{t('trajecten.counts', data.counts)}</p>
          <EnrolmentTable enrolments={data.enrolments} />
        </section>
      )}
      {staff && open && (
        <div className="traject-columns">
          <section className="card" aria-labelledby="traject-enrol-heading">
            <h2 id="traject-enrol-heading">{t('trajecten.detail.enrolHeading')}</h2>
            <p className="muted">{t('trajecten.detail.enrolIntro')}</p>
            <EnrolMembersForm traject={data} />
          </section>
          <section className="card" aria-labelledby="traject-invitation-heading">
            <h2 id="traject-invitation-heading">{t('trajecten.detail.invitationHeading')}</h2>
            <p className="muted">{t('trajecten.detail.invitationIntro')}</p>
            <TrajectInvitationForm trajectId={data.id} />
          </section>
        </div>
      )}
      {staff && (
        <section className="card" aria-labelledby="traject-edit-heading">
          <h2 id="traject-edit-heading">{t('trajecten.edit.heading')}</h2>
          {editing ? (
            <EditTrajectForm
              traject={data}
              onSaved={() => {
                setEditing(false);
                setNotice('updated');
              }}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <>
              <p className="muted">{t('trajecten.edit.intro')}</p>
              <Button
                ref={editButton}
                variant="secondary"
                onClick={() => {
                  setNotice(null);
                  setEditing(true);
                }}
              >
                {t('trajecten.edit.show')}
              </Button>
            </>
          )}
        </section>
      )}
      {data.you.admin && open && (
        <section className="card" aria-labelledby="traject-close-heading">
          <h2 id="traject-close-heading">{t('trajecten.detail.closeHeading')}</h2>
          <CloseTraject trajectId={data.id} onClosed={() => setNotice('closed')} />
        </section>
      )}
      {!staff && enrolment && open && (enrolment.status === 'active' || enrolment.status === 'invited') && (
        <section className="card card--quiet" aria-labelledby="traject-leave-heading">
          <h2 id="traject-leave-heading">{t('trajecten.detail.leaveHeading')}</h2>
          <LeaveTraject enrolmentId={enrolment.id} trajectName={data.name} onLeft={() => setNotice('left')} />
        </section>
      )}
    </Page>
  );
}
