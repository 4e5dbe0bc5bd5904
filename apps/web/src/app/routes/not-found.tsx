import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/ui/page';

export default function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} heading={t('notFound.heading')}>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/" className="button button--secondary">
          {t('notFound.home')}
        </Link>
      </p>
    </Page>
  );
}
