import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TrajectDetail } from '@spiegel/domain';
import { formatDay, formatSessionTime } from '../lib/dates';
import { PersonName } from '../../../components/ui/person-name';
import { TrajectStatusBadge } from './traject-status';

export interface TrajectOverviewProps {
  traject: TrajectDetail;
  roomHref: (roomId: string) => string;
  consentHref: (enrolmentId: string) => string;
  now?: Date;
}

/** What everyone who may see the traject sees: when, the sessions, the facilitators, the way to the group. */
export function TrajectOverview({ traject, roomHref, consentHref, now = new Date() }: TrajectOverviewProps) {
  const { t } = useTranslation();
  const enrolment = traject.you.enrolment;
  const staff = traject.you.admin || traject.you.facilitator;
  const inGroup =
    traject.you.facilitator || enrolment?.status === 'active' || enrolment?.status === 'completed';

  return (
    <>
      <section className="card" aria-labelledby="traject-about-heading">
        <h2 id="traject-about-heading" className="visually-hidden">
          {t('trajecten.detail.aboutHeading')}
        </h2>
        <p className="traject-card__head">
          <TrajectStatusBadge status={traject.status} closedEarly={traject.closedEarly} />
          <span>
            {t('trajecten.period', { start: formatDay(traject.startsOn), end: formatDay(traject.endsOn) })}
          </span>
        </p>
        {traject.description && <p>{traject.description}</p>}
        {!staff && enrolment && <p className="lead">{t(`trajecten.yourStatus.${enrolment.status}`)}</p>}
        {!staff && enrolment?.status === 'invited' && traject.status !== 'afgerond' && (
          <p>
            <Link to={consentHref(enrolment.id)} className="button button--primary">
              {t('trajecten.readConsent')}
            </Link>
          </p>
        )}
      </section>

      {inGroup && (
        <section className="card" aria-labelledby="traject-group-heading">
          <h2 id="traject-group-heading">{t('trajecten.detail.groupHeading')}</h2>
          <p>{t('trajecten.detail.groupText')}</p>
          {traject.status === 'afgerond' && <p>{t('trajecten.detail.closedNotice')}</p>}
          <p>
            <Link
              to={roomHref(traject.roomId)}
              className={staff ? 'button button--secondary' : 'button button--primary'}
            >
              {t('trajecten.toGroup')}
            </Link>
          </p>
          {!staff && enrolment?.status === 'active' && traject.status !== 'afgerond' && (
            <p>
              <Link to={consentHref(enrolment.id)}>{t('trajecten.detail.consentLink')}</Link>
            </p>
          )}
        </section>
      )}

      <div className="traject-columns">
        <section className="card" aria-labelledby="traject-sessions-heading">
          <h2 id="traject-sessions-heading">{t('trajecten.detail.sessionsHeading')}</h2>
          {traject.sessions.length === 0 ? (
            <p className="muted">{t('trajecten.detail.sessionsEmpty')}</p>
          ) : (
            <ol className="session-list">
              {traject.sessions.map((s) => {
                const past = new Date(s.startsAt) < now;
                const done = past || s.cancelled;
                return (
                  <li key={s.id} className={done ? 'session session--past' : 'session'}>
                    <span className="session__title">{s.title || formatSessionTime(s.startsAt)}</span>
                    {s.title && (
                      <time className="session__time" dateTime={s.startsAt}>
                        {formatSessionTime(s.startsAt)}
                      </time>
                    )}
                    {s.cancelled ? (
                      <span className="session__past"> ({t('trajecten.detail.sessionCancelled')})</span>
                    ) : (
                      past && <span className="session__past"> ({t('trajecten.detail.sessionPast')})</span>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </section>
        <section className="card" aria-labelledby="traject-facilitators-heading">
          <h2 id="traject-facilitators-heading">{t('trajecten.detail.facilitatorsHeading')}</h2>
          {traject.facilitators.length === 0 ? (
            <p className="muted">{t('trajecten.detail.facilitatorsEmpty')}</p>
          ) : (
            <ul className="plain-list">
              {traject.facilitators.map((f) => (
                <li key={f.membershipId}>
                  <PersonName color={f.avatarColor} name={f.displayName} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
