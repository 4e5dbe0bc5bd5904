import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { LanguageSwitch } from '../../components/ui/language-switch';
import { Loading } from '../../components/ui/loading';
import { useSession } from '../../features/auth/api/get-session';
import { useLogout } from '../../features/auth/api/logout';
import { useErrorMessage } from '../../i18n/use-error-message';
import { RealtimeSync } from '../realtime-sync';
import { HeaderBell } from './header-bell';
import { InsightNavLinks } from './insight-nav';
import { TrajectNavLinks } from './traject-nav';

function SessionGate() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const session = useSession();
  if (session.isPending) return <Loading />;
  if (session.isError)
    return (
      <div className="page page--narrow">
        <ErrorAlert>{errorMessage(session.error)}</ErrorAlert>
        <Button variant="secondary" onClick={() => void session.refetch()}>
          {t('app.retry')}
        </Button>
      </div>
    );
  return (
    <Suspense fallback={<Loading />}>
      <Outlet />
    </Suspense>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogout();
  const me = session.data?.me ?? null;

  return (
    <div className="app">
      {me && <RealtimeSync key={me.membershipId} membershipId={me.membershipId} />}
      <a className="skip-link" href="#main">
        {t('nav.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="brand">
            <Link to="/" className="brand__name">
              {t('app.name')}
            </Link>
            {me && (
              <span className="brand__org">
                <span className="visually-hidden">{t('nav.organisation')}: </span>
                {me.organisation.name}
              </span>
            )}
          </p>
          {me && (
            <nav aria-label={t('nav.main')} className="site-nav">
              <ul>
                <li>
                  <NavLink to="/" end>
                    {t('nav.home')}
                  </NavLink>
                </li>
                <TrajectNavLinks role={me.role} />
                <InsightNavLinks role={me.role} />
                <li>
                  <NavLink to="/account">{t('nav.account')}</NavLink>
                </li>
                {me.role === 'admin' && (
                  <li>
                    <NavLink to="/beheer">{t('nav.admin')}</NavLink>
                  </li>
                )}
              </ul>
            </nav>
          )}
          <div className="site-header__tools">
            {me && <HeaderBell />}
            <LanguageSwitch />
            {me && (
              <Button variant="quiet" onClick={() => logout.mutate()} disabled={logout.isPending}>
                {logout.isPending ? t('nav.loggingOut') : t('nav.logout')}
              </Button>
            )}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <SessionGate />
      </main>
      <footer className="site-footer">
        <p>
          {t('footer.help')}{' '}
          <a
            href="https://www.113.nl"
            target="_blank"
            rel="noreferrer"
            aria-label={t('footer.helpLinkLabel')}
          >
            {t('footer.helpLink')}
          </a>
          .
        </p>
      </footer>
    </div>
  );
}
