import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert, Notice } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page';
import { useMyEnrolments } from '../../features/trajecten/api/get-my-enrolments';
import { ConsentForm } from '../../features/trajecten/components/consent-form';
import { useErrorMessage } from '../../i18n/use-error-message';
import '../../styles/trajecten.css';
import { accountPath, trajectPath } from '../traject-paths';

/** The consent screen: read what taking part means, then decide ("Ik doe mee" / "Nu niet"). */
export default function ConsentRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const { enrolmentId = '' } = useParams();
  const mine = useMyEnrolments();
  const [notNow, setNotNow] = useState(false);

  if (mine.isPending)
    return (
      <Page title={t('consent.title')} heading={t('consent.title')}>
        <Loading label={t('consent.loading')} />
      </Page>
    );
  if (mine.isError)
    return (
      <Page title={t('consent.title')} heading={t('consent.title')}>
        <ErrorAlert>{errorMessage(mine.error)}</ErrorAlert>
        <Button variant="secondary" onClick={() => void mine.refetch()}>
          {t('app.retry')}
        </Button>
      </Page>
    );

  const enrolment = mine.data.find((e) => e.id === enrolmentId);
  if (!enrolment)
    return (
      <Page title={t('consent.title')} heading={t('consent.title')}>
        <p>{t('consent.notFound')}</p>
        <p>
          <Link to="/">{t('consent.goHome')}</Link>
        </p>
      </Page>
    );

  const heading = t('consent.heading', { name: enrolment.traject.name });
  const decidable =
    (enrolment.status === 'invited' || enrolment.status === 'active') &&
    enrolment.traject.status !== 'afgerond';
  return (
    <Page
      title={heading}
      heading={heading}
      intro={
        <>
          {enrolment.traject.description && <p>{enrolment.traject.description}</p>}
          {decidable && !notNow && <p className="lead">{t('consent.intro')}</p>}
        </>
      }
    >
      {!decidable ? (
        <>
          <p>{t('consent.unavailable')}</p>
          <p>
            <Link to={trajectPath(enrolment.traject.id)}>{enrolment.traject.name}</Link>
          </p>
        </>
      ) : notNow ? (
        <>
          <Notice>{t('consent.notNowNotice')}</Notice>
          <p>
            <Link to="/" className="button button--secondary">
              {t('consent.goHome')}
            </Link>
          </p>
        </>
      ) : (
        <ConsentForm
          enrolment={enrolment}
          accountHref={accountPath}
          onNotNow={() => setNotNow(true)}
          onJoined={(joined) =>
            void navigate(trajectPath(joined.traject.id), {
              state: { trajectNotice: enrolment.status === 'active' ? 'saved' : 'joined' },
            })
          }
        />
      )}
    </Page>
  );
}
