import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { Page } from '../../components/ui/page';
import { useLogoutAll } from '../../features/auth/api/logout-all';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form';
import { useErrorMessage } from '../../i18n/use-error-message';

export default function AccountRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const logoutAll = useLogoutAll();
  const [confirming, setConfirming] = useState(false);

  return (
    <Page title={t('account.title')} heading={t('account.heading')}>
      <section className="card" aria-labelledby="password-heading">
        <h2 id="password-heading">{t('account.passwordHeading')}</h2>
        <p className="muted">{t('account.passwordIntro')}</p>
        <ChangePasswordForm />
      </section>
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
