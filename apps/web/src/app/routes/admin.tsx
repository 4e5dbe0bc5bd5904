import { useTranslation } from 'react-i18next';
import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-session';
import { CreateInvitationForm } from '../../features/invitations/components/create-invitation-form';
import { InvitationList } from '../../features/invitations/components/invitation-list';
import { MemberList } from '../../features/members/components/member-list';

export default function AdminRoute() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me) return null;
  return (
    <Page
      title={t('admin.title')}
      heading={t('admin.heading')}
      width="wide"
      intro={<p>{t('admin.intro', { organisation: me.organisation.name })}</p>}
    >
      <section className="card" aria-labelledby="create-invitation-heading">
        <h2 id="create-invitation-heading">{t('admin.invitations.createHeading')}</h2>
        <p className="muted">{t('admin.invitations.createIntro')}</p>
        <CreateInvitationForm />
      </section>
      <section className="card" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t('admin.invitations.listHeading')}</h2>
        <InvitationList />
      </section>
      <section className="card" aria-labelledby="members-heading">
        <h2 id="members-heading">{t('admin.members.heading')}</h2>
        <MemberList currentMembershipId={me.membershipId} />
      </section>
    </Page>
  );
}
