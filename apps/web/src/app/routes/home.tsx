import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-session';

export default function HomeRoute() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me) return null;
  return (
    <Page
      title={t('home.title')}
      heading={t('home.greeting', { name: me.displayName })}
      intro={
        <>
          <p className="lead">{t('home.welcome')}</p>
          <p>{t('home.organisation', { organisation: me.organisation.name })}</p>
        </>
      }
    >
      <section className="card" aria-labelledby="groups-heading">
        <h2 id="groups-heading">{t('home.groupsHeading')}</h2>
        <p className="muted">{t('home.groupsEmpty')}</p>
      </section>
      {me.role === 'admin' && (
        <section className="card" aria-labelledby="admin-heading">
          <h2 id="admin-heading">{t('home.adminHeading')}</h2>
          <p>{t('home.adminText', { organisation: me.organisation.name })}</p>
          <p>
            <Link to="/beheer" className="button button--secondary">
              {t('home.adminLink')}
            </Link>
          </p>
        </section>
      )}
    </Page>
  );
}
