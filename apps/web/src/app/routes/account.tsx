import '../../styles/outreach.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { Page } from '../../components/ui/page';
import { useLogoutAll } from '../../features/auth/api/logout-all';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form';
import { DeleteAccountSection } from '../../features/auth/components/delete-account-section';
import { MyDataSection } from '../../features/auth/components/my-data-section';
import { WhoViewedMyData } from '../../features/access-log/components/who-viewed-my-data';
import '../../styles/access-log.css';
import { useErrorMessage } from '../../i18n/use-error-message';
import { useSearchParams } from 'react-router';
import { Loading } from '../../components/ui/loading';
import { useOutreachSettings } from '../../features/outreach/api/outreach';
import { CalendarFeed } from '../../features/outreach/components/calendar-feed';
import { EmailSettings } from '../../features/outreach/components/email-settings';
import { OutreachPreferencesForm } from '../../features/outreach/components/outreach-preferences-form';
import '../../features/two-factor/two-factor.css';
import { TwoFactorAccountSection } from '../../features/two-factor/components/account-section';
import { PushDeviceSettings } from '../../features/outreach/components/push-device-settings';

export default function AccountRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const logoutAll = useLogoutAll();
  const [confirming, setConfirming] = useState(false);
  const outreach = useOutreachSettings();
  const [search] = useSearchParams();

  return (
    <Page title={t('account.title')} heading={t('account.heading')}>
      <section className="card" aria-labelledby="outreach-heading">
        <h2 id="outreach-heading">{t('outreach.heading')}</h2>
        <p className="muted">{t('outreach.intro')}</p>
        {outreach.isPending && <Loading label={t('outreach.saving')} />}
        {outreach.error && <p role="alert">{errorMessage(outreach.error)}</p>}
        {outreach.data && <EmailSettings settings={outreach.data} verifiedNow={search.get('e-mail')} />}
      </section>
      <PushDeviceSettings />
      {outreach.data && (
        <section className="card" aria-labelledby="outreach-prefs-heading">
          <h2 id="outreach-prefs-heading">{t('outreach.prefs.heading')}</h2>
          <OutreachPreferencesForm settings={outreach.data} />
        </section>
      )}
      <section className="card" aria-labelledby="calendar-feed-heading">
        <h2 id="calendar-feed-heading">{t('calendarFeed.heading')}</h2>
        <CalendarFeed />
      </section>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading">{t('account.passwordHeading')}</h2>
        <p className="muted">{t('account.passwordIntro')}</p>
        <ChangePasswordForm />
      </section>
      <TwoFactorAccountSection />
      <section className="card" aria-labelledby="everywhere-heading">
        <h2 id="everywhere-heading">{t('account.everywhereHeading')}</h2>
        <p className="muted">{t('account.everywhereIntro')}</p>
        <Button
          variant="secondary"
          onClick={() => {
            logoutAll.reset();
            setConfirming(true);
          }}
        >
          {t('account.everywhereButton')}
        </Button>
      </section>
      <section className="card" aria-labelledby="guide-heading">
        <h2 id="guide-heading">{t('onboarding.accountHeading')}</h2>
        <p className="muted">{t('onboarding.accountIntro')}</p>
        <Link to="/welkom">{t('onboarding.accountLink')}</Link>
      </section>
      <WhoViewedMyData />
      <MyDataSection />
      <DeleteAccountSection />
      {confirming && (
        <ConfirmDialog
          title={t('account.everywhereConfirmTitle')}
          confirmLabel={t('account.everywhereConfirm')}
          busy={logoutAll.isPending}
          error={logoutAll.error ? errorMessage(logoutAll.error) : undefined}
          onCancel={() => setConfirming(false)}
          onConfirm={() => logoutAll.mutate()}
        >
          <p>{t('account.everywhereConfirmText')}</p>
        </ConfirmDialog>
      )}
    </Page>
  );
}
