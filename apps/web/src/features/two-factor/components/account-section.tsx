import { normaliseTotpCode } from '@spiegel/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/loading';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useDisableTwoFactor, useTwoFactorStatus } from '../api/two-factor';
import { Enrolment } from './enrolment';

/** Mijn account → Tweede stap: its state, enrolment, and switching it off where that is allowed. */
export function TwoFactorAccountSection() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const status = useTwoFactorStatus();
  const disable = useDisableTwoFactor();
  const [notice, setNotice] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();

  function submitDisable(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const normalised = normaliseTotpCode(code);
    if (!normalised) return setCodeError(t('twoFactor.step.codeRequired'));
    setCodeError(undefined);
    disable.mutate(normalised, {
      onSuccess: () => {
        setCode('');
        setNotice(t('twoFactor.account.disabled'));
      },
      onError: () => setCode(''),
    });
  }

  return (
    <section className="card" aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">{t('twoFactor.account.heading')}</h2>
      {notice && <Notice>{notice}</Notice>}
      {status.isPending && <Loading />}
      {status.error && <ErrorAlert>{errorMessage(status.error)}</ErrorAlert>}
      {status.data?.enrolled && (
        <>
          <p>{t('twoFactor.account.on', { date: formatDate(status.data.enrolledAt!) })}</p>
          <p className="muted">
            {t('twoFactor.account.codesLeft', { count: status.data.recoveryCodesLeft })}
          </p>
          {status.data.required ? (
            <p className="muted">{t('twoFactor.account.requiredNote')}</p>
          ) : (
            <form className="form" noValidate onSubmit={submitDisable}>
              <h3>{t('twoFactor.account.disableHeading')}</h3>
              {disable.error && <ErrorAlert>{errorMessage(disable.error)}</ErrorAlert>}
              <TextField
                label={t('twoFactor.step.code')}
                hint={t('twoFactor.account.disableIntro')}
                name="disable-code"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={9}
                value={code}
                error={codeError}
                onChange={(e) => setCode(e.target.value)}
              />
              <div className="form__actions">
                <Button type="submit" variant="secondary" disabled={disable.isPending}>
                  {t('twoFactor.account.disable')}
                </Button>
              </div>
            </form>
          )}
        </>
      )}
      {status.data && !status.data.enrolled && (
        <>
          <p className="muted">{t('twoFactor.account.off')}</p>
          <p>{t('twoFactor.enrol.intro')}</p>
          <Enrolment headingLevel={3} onDone={() => setNotice(t('twoFactor.enrol.doneNotice'))} />
        </>
      )}
    </section>
  );
}
