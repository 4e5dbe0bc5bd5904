import { normaliseTotpCode, type TwoFactorEnrolmentView } from '@spiegel/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useConfirmEnrolment, useStartEnrolment } from '../api/two-factor';
import { RecoveryCodes } from './recovery-codes';

/** The secret in groups of four, as authenticator apps show it when typed. */
const grouped = (secret: string) => secret.replace(/(.{4})/g, '$1 ').trim();

/**
 * Enrolment: start, scan the QR code (or type the secret), confirm with a first code, then keep the
 * recovery codes. `onDone` runs after the person says they kept the codes.
 */
export function Enrolment({ onDone, headingLevel = 2 }: { onDone: () => void; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const [enrolment, setEnrolment] = useState<TwoFactorEnrolmentView | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  const scanRef = useRef<HTMLHeadingElement>(null);
  const H = `h${headingLevel}` as 'h2' | 'h3';

  useEffect(() => {
    if (enrolment) scanRef.current?.focus();
  }, [enrolment]);

  if (codes) return <RecoveryCodes codes={codes} onDone={onDone} headingLevel={headingLevel} />;

  if (!enrolment)
    return (
      <div className="stack">
        <p className="muted">{t('twoFactor.enrol.appHint')}</p>
        {start.error && <ErrorAlert>{errorMessage(start.error)}</ErrorAlert>}
        <div className="button-row">
          <Button
            onClick={() => start.mutate(undefined, { onSuccess: setEnrolment })}
            disabled={start.isPending}
          >
            {start.isPending ? t('twoFactor.enrol.starting') : t('twoFactor.enrol.start')}
          </Button>
        </div>
      </div>
    );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const normalised = normaliseTotpCode(code);
    if (!normalised) return setCodeError(t('twoFactor.step.codeRequired'));
    setCodeError(undefined);
    confirm.mutate(normalised, {
      onSuccess: (res) => setCodes(res.recoveryCodes),
      onError: () => setCode(''),
    });
  }

  return (
    <div className="two-factor-enrol stack">
      <H ref={scanRef} tabIndex={-1}>
        {t('twoFactor.enrol.scanHeading')}
      </H>
      <img
        className="two-factor-enrol__qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`}
        alt={t('twoFactor.enrol.qrAlt')}
        width={200}
        height={200}
      />
      <p className="field__label">{t('twoFactor.enrol.secretHeading')}</p>
      <p>
        <span className="visually-hidden">{t('twoFactor.enrol.secretLabel')}: </span>
        <code className="two-factor-enrol__secret" aria-label={t('twoFactor.enrol.secretLabel')}>
          {grouped(enrolment.secret)}
        </code>
      </p>
      <H>{t('twoFactor.enrol.confirmHeading')}</H>
      <form className="form" noValidate onSubmit={submit}>
        {confirm.error && <ErrorAlert>{errorMessage(confirm.error)}</ErrorAlert>}
        <TextField
          label={t('twoFactor.step.code')}
          hint={t('twoFactor.step.codeHint')}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={9}
          value={code}
          error={codeError}
          onChange={(e) => setCode(e.target.value)}
        />
        <div className="form__actions">
          <Button type="submit" disabled={confirm.isPending}>
            {confirm.isPending ? t('twoFactor.enrol.confirming') : t('twoFactor.enrol.confirm')}
          </Button>
        </div>
      </form>
    </div>
  );
}
