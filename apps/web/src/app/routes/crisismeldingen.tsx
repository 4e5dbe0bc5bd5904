import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-session';
import { CaseList } from '../../features/safety/components/case-list';
import '../../styles/safety.css';
import { contributionPath, roomPath } from '../paths';

export default function CrisismeldingenRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  if (!me) return null;
  const links = { contributionHref: contributionPath, roomHref: roomPath };
  const open = (roomId: string) => void navigate(roomPath(roomId));
  return (
    <Page title={t('cases.title')} heading={t('cases.heading')} intro={<p>{t('cases.intro')}</p>}>
      <section aria-labelledby="cases-active">
        <h2 id="cases-active">{t('cases.active')}</h2>
        <CaseList state="active" myMembershipId={me.membershipId} links={links} onOpenRoom={open} />
      </section>
      <section aria-labelledby="cases-closed">
        <h2 id="cases-closed">{t('cases.closed')}</h2>
        <CaseList state="closed" myMembershipId={me.membershipId} links={links} onOpenRoom={open} />
      </section>
    </Page>
  );
}
