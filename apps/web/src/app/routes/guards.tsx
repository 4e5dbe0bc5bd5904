import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-session';
import { peekLogoutReason } from '../../features/auth/hooks/logout-reason';
import type { MembershipRole } from '@spiegel/domain';

/** Pages behind log-in. The session is loaded before any route renders (see AppLayout). */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (!me) {
    // After a log-out, say so (and start afresh at home next time); otherwise come back here after log-in.
    const reason = peekLogoutReason();
    const state = reason ? { notice: reason } : { notice: 'loginFirst', from: location.pathname };
    return <Navigate to="/inloggen" replace state={state} />;
  }
  // A researcher sees no rooms, texts or names: the research page is all there is for them.
  if (me.role === 'onderzoeker' && location.pathname !== '/onderzoek')
    return <Navigate to="/onderzoek" replace />;
  return <Outlet />;
}

export function RequireRole({ role }: { role: MembershipRole }) {
  const { t } = useTranslation();
  const me = useMe();
  if (me?.role !== role)
    return (
      <Page title={t('forbidden.title')} heading={t('forbidden.heading')}>
        <p>{t('forbidden.text')}</p>
      </Page>
    );
  return <Outlet />;
}
