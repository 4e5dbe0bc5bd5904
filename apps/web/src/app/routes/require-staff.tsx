import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-session';

/** Pages for facilitators and admins (Na afloop, Mentoren). */
export function RequireStaff() {
  const { t } = useTranslation();
  const me = useMe();
  if (me?.role !== 'facilitator' && me?.role !== 'admin')
    return (
      <Page title={t('staffOnly.title')} heading={t('staffOnly.heading')}>
        <p>{t('staffOnly.text')}</p>
      </Page>
    );
  return <Outlet />;
}
