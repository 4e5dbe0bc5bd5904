import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachSettingsView } from '@spiegel/domain';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { isApiError } from '../../../lib/api-client';
import { useRemoveEmail, useSetEmail } from '../api/outreach';

/** The address Spiegel may mail, its state (waiting for the link, confirmed, bounced) and a way to change it. */
export function EmailSettings({
  settings,
  verifiedNow,
}: {
  settings: OutreachSettingsView;
  verifiedNow: string | null;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const [address, setAddress] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const setEmail = useSetEmail();
  const removeEmail = useRemoveEmail();
  const email = settings.email;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFieldError(undefined);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address.trim())) {
      setFieldError(t('outreach.email.invalid'));
      return;
    }
    setEmail.mutate(
      { address: address.trim(), locale: i18n.language === 'en' ? 'en' : 'nl' },
      {
        onSuccess: () => setAddress(''),
        onError: (error) => {
          if (isApiError(error, 'VALIDATION_FAILED')) setFieldError(t('outreach.email.invalid'));
        },
      },
    );
  }

  return (
    <div className="outreach-stack">
      {verifiedNow === 'bevestigd' && <Notice>{t('outreach.email.verifiedNow')}</Notice>}
      {verifiedNow === 'ongeldig' && <ErrorAlert>{t('outreach.email.linkInvalid')}</ErrorAlert>}
      {email ? (
        <p data-testid="email-state">
          {email.verified
            ? t('outreach.email.verified', { address: email.address })
            : email.unverifiedReason === 'bounced'
              ? t('outreach.email.bounced', { address: email.address })
              : t('outreach.email.waiting', { address: email.address })}
        </p>
      ) : (
        <p className="muted">{t('outreach.email.none')}</p>
      )}
      {setEmail.error && !isApiError(setEmail.error, 'VALIDATION_FAILED') && (
        <ErrorAlert>{errorMessage(setEmail.error)}</ErrorAlert>
      )}
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          label={email ? t('outreach.email.changeLabel') : t('outreach.email.label')}
          hint={t('outreach.email.hint')}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          value={address}
          error={fieldError}
          onChange={(e) => setAddress(e.target.value)}
        />
        <div className="form__actions">
          <Button type="submit" disabled={setEmail.isPending}>
            {setEmail.isPending ? t('outreach.saving') : t('outreach.email.submit')}
          </Button>
          {email && (
            <Button
              variant="secondary"
              type="button"
              disabled={removeEmail.isPending}
              onClick={() => removeEmail.mutate()}
            >
              {t('outreach.email.remove')}
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
