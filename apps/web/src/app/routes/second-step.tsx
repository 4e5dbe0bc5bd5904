import '../../features/two-factor/two-factor.css';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorAlert, Notice } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Loading } from '../../components/ui/loading';
import { Page } from '../../components/ui/page';
import { getSession, setLoggedIn, useMe } from '../../features/auth/api/get-session';
import { useCancelSecondStep, usePendingSecondFactor } from '../../features/two-factor/api/two-factor';
import { Enrolment } from '../../features/two-factor/components/enrolment';
import { SecondStepForm } from '../../features/two-factor/components/second-step-form';
import { useErrorMessage } from '../../i18n/use-error-message';

function targetFrom(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

/** /inloggen/tweede-stap: the code (or enrolment) a right password is still waiting for. No session yet. */
export default function SecondStepRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const target = targetFrom(location.state);
  const me = useMe();
  const pending = usePendingSecondFactor();
  const cancel = useCancelSecondStep();
  // After a recovery code: how many are left, said once before going on.
  const [left, setLeft] = useState<number | null>(null);

  async function finish(codesLeft: number | null) {
    const session = await getSession();
    client.removeQueries({ queryKey: ['two-factor'] });
    setLeft(codesLeft);
    if (session.me) setLoggedIn(client, session.me);
  }

  if (me && left === null) return <Navigate to={target} replace />;
  if (me)
    return (
      <Page title={t('twoFactor.step.title')} heading={t('twoFactor.step.heading')}>
        <Notice>{t('twoFactor.step.recoveryLeft', { count: left ?? 0 })}</Notice>
        <Link to={target} className="button button--primary">
          {t('register.goHome')}
        </Link>
      </Page>
    );

  if (pending.isPending)
    return (
      <Page title={t('twoFactor.step.title')} heading={t('twoFactor.step.heading')}>
        <Loading />
      </Page>
    );

  if (pending.error)
    return (
      <Page title={t('twoFactor.step.title')} heading={t('twoFactor.step.heading')}>
        <ErrorAlert>{errorMessage(pending.error)}</ErrorAlert>
      </Page>
    );

  const { step, displayName } = pending.data;
  if (!step)
    return (
      <Page title={t('twoFactor.step.expiredHeading')} heading={t('twoFactor.step.expiredHeading')}>
        <p>{t('twoFactor.step.expired')}</p>
        <Link to="/inloggen" className="button button--primary">
          {t('twoFactor.step.toLogin')}
        </Link>
      </Page>
    );

  const cancelButton = (
    <p>
      <Button
        variant="quiet"
        disabled={cancel.isPending}
        onClick={() =>
          cancel.mutate(undefined, { onSettled: () => void navigate('/inloggen', { replace: true }) })
        }
      >
        {t('twoFactor.step.cancel')}
      </Button>
    </p>
  );

  if (step === 'enrol')
    return (
      <Page
        title={t('twoFactor.enrol.title')}
        heading={t('twoFactor.enrol.heading')}
        intro={
          <>
            {displayName && <p>{t('twoFactor.step.welcome', { name: displayName })}</p>}
            <p>{t('twoFactor.enrol.required')}</p>
          </>
        }
      >
        <div className="card">
          <Enrolment onDone={() => void finish(null)} />
        </div>
        {cancelButton}
      </Page>
    );

  return (
    <Page
      title={t('twoFactor.step.title')}
      heading={t('twoFactor.step.heading')}
      intro={<p>{t('twoFactor.step.intro')}</p>}
    >
      <div className="card">
        <SecondStepForm onVerified={(codesLeft) => void finish(codesLeft ?? null)} />
      </div>
      {cancelButton}
    </Page>
  );
}
