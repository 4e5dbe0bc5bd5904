import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { useErrorMessage } from '../../../i18n/use-error-message';
import type { TrajectSummary } from '@spiegel/domain';
import { useTrajecten } from '../api/get-trajecten';
import { formatDay } from '../lib/dates';
import { TrajectStatusBadge } from './traject-status';

export interface TrajectLinks {
  trajectHref: (trajectId: string) => string;
  roomHref: (roomId: string) => string;
  consentHref: (enrolmentId: string) => string;
}

function TrajectCard({ traject, links }: { traject: TrajectSummary; links: TrajectLinks }) {
  const { t } = useTranslation();
  const staff = traject.you.admin || traject.you.facilitator;
  const enrolment = traject.you.enrolment;
  return (
    <li className="traject-card">
      <div className="traject-card__head">
        <h3 className="traject-card__name">
          <Link to={links.trajectHref(traject.id)}>{traject.name}</Link>
        </h3>
        <TrajectStatusBadge status={traject.status} closedEarly={traject.closedEarly} />
      </div>
      <p className="traject-card__period">
        {t('trajecten.period', { start: formatDay(traject.startsOn), end: formatDay(traject.endsOn) })}
      </p>
      {traject.description && <p className="traject-card__description">{traject.description}</p>}
      {staff && <p className="muted traject-card__counts">{t('trajecten.counts', traject.counts)}</p>}
      {!staff && enrolment && (
        <>
          <p>{t(`trajecten.yourStatus.${enrolment.status}`)}</p>
          {enrolment.status === 'invited' && traject.status !== 'afgerond' && (
            <p>
              <Link to={links.consentHref(enrolment.id)} className="button button--primary">
                {t('trajecten.readConsent')}
                <span className="visually-hidden"> ({traject.name})</span>
              </Link>
            </p>
          )}
          {(enrolment.status === 'active' || enrolment.status === 'completed') && (
            <p>
              <Link to={links.roomHref(traject.roomId)} className="button button--secondary">
                {t('trajecten.toGroup')}
                <span className="visually-hidden"> ({traject.name})</span>
              </Link>
            </p>
          )}
        </>
      )}
    </li>
  );
}

/** Trajecten as the API shows them to this person: all (admins), their own (facilitators, participants). */
export function TrajectList({ links, participant }: { links: TrajectLinks; participant: boolean }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const trajecten = useTrajecten();

  if (trajecten.isPending) return <Loading label={t('trajecten.loading')} />;
  if (trajecten.isError)
    return (
      <>
        <ErrorAlert>{errorMessage(trajecten.error)}</ErrorAlert>
        <Button variant="secondary" onClick={() => void trajecten.refetch()}>
          {t('app.retry')}
        </Button>
      </>
    );
  if (trajecten.data.length === 0)
    return <p className="muted">{participant ? t('trajecten.emptyParticipant') : t('trajecten.empty')}</p>;
  return (
    <ul className="traject-list">
      {trajecten.data.map((traject) => (
        <TrajectCard key={traject.id} traject={traject} links={links} />
      ))}
    </ul>
  );
}
