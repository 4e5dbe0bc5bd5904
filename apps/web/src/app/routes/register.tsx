import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page';
import { setLoggedIn, useMe } from '../../features/auth/api/get-session';
import { useLogout } from '../../features/auth/api/logout';
import { RegisterForm } from '../../features/auth/components/register-form';
import { useInvitationPreview } from '../../features/invitations/api/get-invitation-preview';
import { useErrorMessage } from '../../i18n/use-error-message';
import { consentIndexPath } from '../traject-paths';

export default function RegisterRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { code = '' } = useParams();
  const me = useMe();
  const client = useQueryClient();
  const navigate = useNavigate();
  const logout = useLogout();
  const [registered, setRegistered] = useState(false);
  // Registered through a traject invitation: the consent screen comes first.
  const [toConsent, setToConsent] = useState(false);
  const preview = useInvitationPreview(code, { enabled: !registered && !me });

  // The session is updated a moment after the answer arrives; then home.
  if (registered) return me ? <Navigate to={toConsent ? consentIndexPath : '/'} replace /> : <Loading />;

  if (me)
    return (
      <Page title={t('register.title')} heading={t('register.heading')}>
        <p>{t('register.alreadyLoggedIn', { name: me.displayName })}</p>
        <div className="button-row">
          <Link to="/" className="button button--primary">
            {t('register.goHome')}
          </Link>
          <Button variant="secondary" onClick={() => logout.mutate()} disabled={logout.isPending}>
            {t('nav.logout')}
          </Button>
        </div>
      </Page>
    );

  if (preview.isPending)
    return (
      <Page title={t('register.title')} heading={t('register.heading')}>
        <Loading label={t('register.checking')} />
      </Page>
    );

  if (preview.isError)
    return (
      <Page title={t('register.invalidHeading')} heading={t('register.invalidHeading')}>
        <ErrorAlert>{errorMessage(preview.error)}</ErrorAlert>
        <p>{t('register.invalidHelp')}</p>
        <p>
          <Link to="/inloggen">{t('register.goToLogin')}</Link>
        </p>
      </Page>
    );

  return (
    <Page
      title={t('register.title')}
      heading={t('register.heading')}
      intro={
        <>
          <p className="lead">{t('register.invitedFor', { organisation: preview.data.organisationName })}</p>
          {preview.data.trajectName && (
            <p>{t('trajecten.register.invitedTo', { name: preview.data.trajectName })}</p>
          )}
          <p>{t('register.intro')}</p>
        </>
      }
    >
      <div className="card">
        <RegisterForm
          code={code}
          onRegistered={(person) => {
            setToConsent(Boolean(preview.data.trajectName));
            setRegistered(true);
            setLoggedIn(client, person);
          }}
          onSecondStep={() => void navigate('/inloggen/tweede-stap', { replace: true })}
        />
      </div>
    </Page>
  );
}
