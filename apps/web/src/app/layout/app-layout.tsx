import { Suspense, useDeferredValue, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { LanguageSwitch } from '../../components/ui/language-switch';
import { Loading } from '../../components/ui/loading';
import { useSession } from '../../features/auth/api/get-session';
import { useLogout } from '../../features/auth/api/logout';
import { useErrorMessage } from '../../i18n/use-error-message';
import { OfflineBanner } from '../../features/pwa/offline-banner';
import { FirstContentFallback } from '../../lib/first-content';
import { RealtimeSync } from '../realtime-sync';
import { HeaderBell } from './header-bell';
import { InsightNavLinks } from './insight-nav';
import { TrajectNavLinks } from './traject-nav';

function SessionGate() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const session = useSession();
  // The page under the header is drawn in a deferred render once the session is there: the session's
  // answer first draws the header alone, then React draws the page in slices of a few milliseconds,
  // yielding to the browser in between (one long task on a phone otherwise). The answer itself is a
  // store update, which React always renders in one go.
  const pageReady = useDeferredValue(session.isSuccess);
  // The session is preloaded by index.html: while it arrives, nothing is drawn that would move (on wide
  // screens the menu row joins the header with the session; a skeleton here was pushed down by it).
  if (session.isPending || (session.isSuccess && !pageReady))
    // Offline, the question waits (paused) until the network is back: say so instead of an empty page.
    return session.fetchStatus === 'paused' ? (
      <div className="page page--narrow">
        <p className="muted">{t('pwa.waiting')}</p>
      </div>
    ) : null;
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
      <FirstContentFallback />
    </Suspense>
  );
}

/**
 * The header is one row of fixed height on every screen, and is drawn only once the session is known
 * (index.html preloads it), so it never grows under the reader's eyes. Wide screens show the menu as
 * a second row of pages only (one row for every role at 1024 px and wider); small screens fold it
 * behind a menu button. The 113 line is in the header on every screen.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogout();
  // The header's tools and menu are drawn in a deferred render when the session arrives, together with
  // the page under it (SessionGate): the answer itself (a store update, rendered in one go) changes
  // nothing on screen, and React draws the rest in slices. Later changes (log-out) are drawn at once.
  const drawn = useDeferredValue(!session.isPending);
  const known = drawn && !session.isPending;
  const me = known ? (session.data?.me ?? null) : null;
  const researcher = me?.role === 'onderzoeker';
  const menuButton = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  // The menu is open on the page where it was opened: following one of its links closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;

  const closeMenu = (returnFocus: boolean) => {
    setMenuOpenOn(null);
    if (returnFocus) menuButton.current?.focus();
  };

  return (
    <div className="app">
      {me && !researcher && <RealtimeSync key={me.membershipId} membershipId={me.membershipId} />}
      <a className="skip-link" href="#main">
        {t('nav.skipLink')}
      </a>
      <header
        className="site-header"
        onKeyDown={(event) => {
          if (event.key === 'Escape' && menuOpen) {
            event.stopPropagation();
            closeMenu(true);
          }
        }}
        onBlur={(event) => {
          // Tabbing or clicking out of the header closes an open menu.
          if (menuOpen && !event.currentTarget.contains(event.relatedTarget as Node | null))
            setMenuOpenOn(null);
        }}
      >
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
          {/* The tools arrive together with the session, in one piece: drawn before it, the 113 line
              was pushed aside when the bell and the menu button joined it (layout shift). */}
          {known && (
            <div className="site-header__tools">
              <a className="site-header__help" href="tel:113" aria-label={t('nav.helpLabel')}>
                {t('nav.help')}
              </a>
              {me && !researcher && <HeaderBell />}
              {known && !me && <LanguageSwitch />}
              {me && (
                // Wide screens: language and logging out sit in this row, so the menu row below holds
                // only the pages and stays one row for every role (small screens have them in the menu).
                <div className="site-header__account">
                  <LanguageSwitch />
                  <Button variant="quiet" onClick={() => logout.mutate()} disabled={logout.isPending}>
                    {logout.isPending ? t('nav.loggingOut') : t('nav.logout')}
                  </Button>
                </div>
              )}
              {me && (
                <button
                  ref={menuButton}
                  type="button"
                  className="menu-button"
                  aria-expanded={menuOpen}
                  aria-controls="site-menu"
                  onClick={() => setMenuOpenOn(menuOpen ? null : pathname)}
                >
                  <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                    <path
                      d={menuOpen ? 'M6 6l12 12M18 6L6 18' : 'M4 7h16M4 12h16M4 17h16'}
                      stroke="currentColor"
                      strokeWidth="2"
                      strokeLinecap="round"
                      fill="none"
                    />
                  </svg>
                  <span>{t('nav.menu')}</span>
                </button>
              )}
            </div>
          )}
        </div>
        {me && (
          <nav
            id="site-menu"
            aria-label={t('nav.main')}
            className={menuOpen ? 'site-nav site-nav--open' : 'site-nav'}
          >
            <div className="site-nav__inner">
              {researcher ? (
                <ul>
                  <li>
                    <NavLink to="/onderzoek">{t('researchNav.research')}</NavLink>
                  </li>
                </ul>
              ) : (
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
              )}
              <div className="site-nav__tools">
                <LanguageSwitch />
                <Button variant="quiet" onClick={() => logout.mutate()} disabled={logout.isPending}>
                  {logout.isPending ? t('nav.loggingOut') : t('nav.logout')}
                </Button>
              </div>
            </div>
          </nav>
        )}
      </header>
      <OfflineBanner />
      <main id="main" tabIndex={-1} className="site-main">
        <SessionGate />
      </main>
      {known && (
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
      )}
    </div>
  );
}
