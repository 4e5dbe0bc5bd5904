import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-session';
import type { Role } from '../../types/api';

/** Pages behind log-in. The session is loaded before any route renders (see AppLayout). */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (!me)
    return <Navigate to="/inloggen" replace state={{ from: location.pathname, notice: 'loginFirst' }} />;
  return <Outlet />;
}

export function RequireRole({ role }: { role: Role }) {
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
