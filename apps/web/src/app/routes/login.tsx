import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Notice } from '../../components/ui/alert';
import { Page } from '../../components/ui/page';
import { setLoggedIn, useMe } from '../../features/auth/api/get-session';
import { clearLogoutReason } from '../../features/auth/hooks/logout-reason';
import { LoginForm } from '../../features/auth/components/login-form';
import { SsoLogin } from '../../features/sso/components/sso-login';
import { nl } from '../../i18n/nl';

type NoticeKey = keyof typeof nl.notices;

function readState(state: unknown): { notice?: NoticeKey; from?: string } {
  const s = (state ?? {}) as { notice?: unknown; from?: unknown };
  return {
    notice:
      typeof s.notice === 'string' && Object.hasOwn(nl.notices, s.notice)
        ? (s.notice as NoticeKey)
        : undefined,
    // Only our own paths: never send someone to another site after log-in.
    from:
      typeof s.from === 'string' && s.from.startsWith('/') && !s.from.startsWith('//') ? s.from : undefined,
  };
}

export default function LoginRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { notice, from } = readState(useLocation().state);
  const target = from && from !== '/inloggen' ? from : '/';
  // The link an admin shares with staff: /inloggen?organisatie=<slug>.
  const organisationSlug = useSearchParams()[0].get('organisatie')?.slice(0, 100) || null;

  // The reason for a log-out has been handed over: it is in this page's state now.
  useEffect(() => clearLogoutReason(), []);

  // Also right after log-in: once the session says who is logged in, go on.
  if (me) return <Navigate to={target} replace />;

  return (
    <Page title={t('login.title')} heading={t('login.heading')} intro={<p>{t('login.intro')}</p>}>
      {notice && <Notice>{t(`notices.${notice}`)}</Notice>}
      <div className="card">
        <LoginForm
          onLoggedIn={(person) => setLoggedIn(client, person)}
          onSecondStep={() => void navigate('/inloggen/tweede-stap', { state: { from: target } })}
        />
      </div>
      <SsoLogin organisationSlug={organisationSlug} />
      <section className="aside" aria-labelledby="no-account-heading">
        <h2 id="no-account-heading">{t('login.noAccountHeading')}</h2>
        <p>{t('login.noAccount')}</p>
        <h2>{t('login.forgotHeading')}</h2>
        <p>{t('login.forgot')}</p>
      </section>
    </Page>
  );
}
