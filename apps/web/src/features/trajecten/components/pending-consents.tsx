import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyEnrolments } from '../api/get-my-enrolments';

/** On home: invitations to a traject that wait for the person's own decision. Nothing when there are none. */
export function PendingConsents({ consentHref }: { consentHref: (enrolmentId: string) => string }) {
  const { t } = useTranslation();
  const mine = useMyEnrolments();
  const pending = (mine.data ?? []).filter((e) => e.status === 'invited' && e.traject.status !== 'afgerond');
  if (pending.length === 0) return null;
  return (
    <section className="card card--highlight" aria-labelledby="pending-consents-heading">
      <h2 id="pending-consents-heading">{t('consent.pendingHeading')}</h2>
      <ul className="request-list">
        {pending.map((e) => (
          <li key={e.id}>
            <p>{t('consent.pendingText', { name: e.traject.name })}</p>
            <p>
              <Link to={consentHref(e.id)} className="button button--primary">
                {t('trajecten.readConsent')}
                <span className="visually-hidden"> ({e.traject.name})</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
