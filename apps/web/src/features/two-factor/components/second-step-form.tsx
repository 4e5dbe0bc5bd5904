import { normaliseRecoveryCode, normaliseTotpCode } from '@spiegel/domain';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useRecoverWithCode, useVerifySecondFactor } from '../api/two-factor';

/** The second step of a log-in: the code from the app, or (phone lost) a recovery code. */
export function SecondStepForm({ onVerified }: { onVerified: (recoveryCodesLeft?: number) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const rememberId = useId();
  const verify = useVerifySecondFactor();
  const recover = useRecoverWithCode();
  const [mode, setMode] = useState<'app' | 'recovery'>('app');
  const [code, setCode] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const busy = verify.isPending || recover.isPending;
  const serverError = mode === 'app' ? verify.error : recover.error;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mode === 'app') {
      const normalised = normaliseTotpCode(code);
      if (!normalised) return setError(t('twoFactor.step.codeRequired'));
      setError(undefined);
      verify.mutate(
        { code: normalised, rememberDevice: remember },
        { onSuccess: () => onVerified(), onError: () => setCode('') },
      );
    } else {
      const normalised = normaliseRecoveryCode(code);
      if (!normalised) return setError(t('twoFactor.step.recoveryRequired'));
      setError(undefined);
      recover.mutate(normalised, {
        onSuccess: (res) => onVerified(res.recoveryCodesLeft),
        onError: () => setCode(''),
      });
    }
  }

  function switchTo(next: 'app' | 'recovery') {
    setMode(next);
    setCode('');
    setError(undefined);
    verify.reset();
    recover.reset();
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      {serverError && <ErrorAlert>{errorMessage(serverError)}</ErrorAlert>}
      {mode === 'app' ? (
        <TextField
          key="app"
          label={t('twoFactor.step.code')}
          hint={t('twoFactor.step.codeHint')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          maxLength={9}
          value={code}
          error={error}
          onChange={(e) => setCode(e.target.value)}
        />
      ) : (
        <TextField
          key="recovery"
          label={t('twoFactor.step.recoveryCode')}
          hint={t('twoFactor.step.recoveryHint')}
          name="recovery-code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          autoFocus
          maxLength={20}
          value={code}
          error={error}
          onChange={(e) => setCode(e.target.value)}
        />
      )}
      {mode === 'app' && (
        <div className="field">
          <label className="choice" htmlFor={rememberId}>
            <input
              id={rememberId}
              type="checkbox"
              checked={remember}
              aria-describedby={`${rememberId}-hint`}
              onChange={(e) => setRemember(e.target.checked)}
            />{' '}
            <span>
              {t('twoFactor.step.remember')}
              <span id={`${rememberId}-hint`} className="field__hint">
                {t('twoFactor.step.rememberHint')}
              </span>
            </span>
          </label>
        </div>
      )}
      <div className="form__actions">
        <Button type="submit" disabled={busy}>
          {busy ? t('twoFactor.step.submitting') : t('twoFactor.step.submit')}
        </Button>
      </div>
      <p>
        <Button variant="quiet" onClick={() => switchTo(mode === 'app' ? 'recovery' : 'app')}>
          {mode === 'app' ? t('twoFactor.step.lostPhone') : t('twoFactor.step.useApp')}
        </Button>
      </p>
      {mode === 'recovery' && <p className="muted">{t('twoFactor.step.noCodes')}</p>}
    </form>
  );
}
