import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Page } from '../../components/ui/page';
import { ResetPasswordForm } from '../../features/auth/components/reset-password-form';

export default function ResetPasswordRoute() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  return (
    <Page
      title={t('resetPassword.title')}
      heading={t('resetPassword.heading')}
      intro={<p>{t('resetPassword.intro')}</p>}
    >
      <div className="card">
        <ResetPasswordForm
          token={token}
          onDone={() => void navigate('/inloggen', { replace: true, state: { notice: 'passwordReset' } })}
        />
      </div>
    </Page>
  );
}
