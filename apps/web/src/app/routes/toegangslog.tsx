import '../../styles/access-log.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/ui/page';
import { AccessLogSearch } from '../../features/access-log/components/access-log-search';
import { useMembers } from '../../features/members/api/get-members';

export default function ToegangslogRoute() {
  const { t } = useTranslation();
  const members = useMembers();
  return (
    <Page
      title={t('accessLog.admin.title')}
      heading={t('accessLog.admin.heading')}
      width="wide"
      intro={
        <>
          <p>{t('accessLog.admin.intro')}</p>
          <p>
            <Link to="/beheer">{t('accessLog.admin.back')}</Link>
          </p>
        </>
      }
    >
      <AccessLogSearch members={members.data ?? []} />
    </Page>
  );
}
