import '../../styles/outreach.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accessLogPath } from '../paths';
import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-session';
import { CreateInvitationForm } from '../../features/invitations/components/create-invitation-form';
import { InvitationList } from '../../features/invitations/components/invitation-list';
import { MemberList } from '../../features/members/components/member-list';
import { SignalFigures } from '../../features/safety/components/signal-figures';
import { StaffedHoursForm } from '../../features/safety/components/staffed-hours-form';
import '../../styles/safety.css';
import { MailOutbox } from '../../features/outreach/components/mail-outbox';
import { SsoSettingsForm } from '../../features/sso/components/sso-settings-form';
import { MemberTwoFactorCell } from '../../features/two-factor/components/member-two-factor-cell';
import { TwoFactorPolicySetting } from '../../features/two-factor/components/policy-setting';

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
      <section className="card" aria-labelledby="access-log-heading">
        <h2 id="access-log-heading">{t('accessLog.admin.heading')}</h2>
        <p className="muted">{t('accessLog.admin.linkIntro')}</p>
        <Link to={accessLogPath}>{t('accessLog.admin.link')}</Link>
      </section>
      <section className="card" aria-labelledby="members-heading">
        <h2 id="members-heading">{t('admin.members.heading')}</h2>
        <MemberList
          currentMembershipId={me.membershipId}
          extraColumn={{
            heading: t('twoFactor.admin.column'),
            render: (member, self) => (
              <MemberTwoFactorCell
                membershipId={member.membershipId}
                displayName={member.displayName}
                self={self}
              />
            ),
          }}
        />
      </section>
      <section className="card" aria-labelledby="two-factor-policy-heading">
        <h2 id="two-factor-policy-heading">{t('twoFactor.admin.policyHeading')}</h2>
        <TwoFactorPolicySetting />
      </section>
      <section className="card" aria-labelledby="staffed-hours-heading">
        <h2 id="staffed-hours-heading">{t('staffedHours.heading')}</h2>
        <p className="muted">{t('staffedHours.intro')}</p>
        <StaffedHoursForm />
      </section>
      <section className="card" aria-labelledby="signal-figures-heading">
        <h2 id="signal-figures-heading">{t('signalFigures.heading')}</h2>
        <p className="muted">{t('signalFigures.intro')}</p>
        <SignalFigures />
      </section>
      <section className="card" aria-labelledby="sso-settings-heading">
        <h2 id="sso-settings-heading">{t('sso.admin.heading')}</h2>
        <p className="muted">{t('sso.admin.intro')}</p>
        <SsoSettingsForm />
      </section>
      <section className="card" aria-labelledby="mails-heading">
        <h2 id="mails-heading">{t('outreach.admin.heading')}</h2>
        <p className="muted">{t('outreach.admin.intro')}</p>
        <MailOutbox />
      </section>
    </Page>
  );
}
