import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page';
import { useMyEnrolments } from '../../features/trajecten/api/get-my-enrolments';
import { consentPath } from '../traject-paths';

/** After registering through a traject invitation: straight to the invitation that waits for a decision. */
export default function ConsentIndexRoute() {
  const { t } = useTranslation();
  const mine = useMyEnrolments();
  const pending = mine.data?.find((e) => e.status === 'invited' && e.traject.status !== 'afgerond');
  if (pending) return <Navigate to={consentPath(pending.id)} replace />;
  return (
    <Page title={t('consent.title')} heading={t('consent.title')}>
      {mine.isPending ? (
        <Loading label={t('consent.loading')} />
      ) : (
        <>
          <p>{t('consent.nothingPending')}</p>
          <p>
            <Link to="/">{t('consent.goHome')}</Link>
          </p>
        </>
      )}
    </Page>
  );
}
