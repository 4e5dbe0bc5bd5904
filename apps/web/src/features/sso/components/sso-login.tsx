import { emailDomain } from '@spiegel/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { discoverSso, useSsoForOrganisation } from '../api/sso';

/** Leaves the app for the organisation's provider: a full page load, the API redirects onward. */
function go(startUrl: string) {
  window.location.assign(startUrl);
}

/**
 * "Inloggen met je organisatie" for staff. With `?organisatie=<slug>` in the address (the link an admin
 * shares) it is one button; otherwise staff type their work address and we look up its organisation.
 */
export function SsoLogin({ organisationSlug }: { organisationSlug: string | null }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const known = useSsoForOrganisation(organisationSlug);
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [lookupError, setLookupError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (known.data?.available && known.data.startUrl) {
    const startUrl = known.data.startUrl;
    return (
      <section className="card sso-login" aria-labelledby="sso-heading">
        <h2 id="sso-heading">{t('sso.login.heading')}</h2>
        <p>{t('sso.login.forOrganisation', { organisation: known.data.organisationName })}</p>
        <Button onClick={() => go(startUrl)}>{t('sso.login.button')}</Button>
      </section>
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setLookupError(null);
    if (!emailDomain(email.trim())) {
      setFieldError(t('sso.login.emailInvalid'));
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      const found = await discoverSso({ email: email.trim() });
      if (found.available && found.startUrl) go(found.startUrl);
      else setFieldError(t('sso.login.notFound'));
    } catch (err) {
      setLookupError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="aside sso-login" aria-labelledby="sso-heading">
      <h2 id="sso-heading">{t('sso.login.heading')}</h2>
      <p>{t('sso.login.intro')}</p>
      <form className="form" noValidate onSubmit={(e) => void submit(e)}>
        {lookupError !== null && <ErrorAlert>{errorMessage(lookupError)}</ErrorAlert>}
        <TextField
          label={t('sso.login.email')}
          name="sso-email"
          type="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          value={email}
          error={fieldError}
          onChange={(e) => setEmail(e.target.value)}
        />
        <div className="form__actions">
          <Button type="submit" variant="secondary" disabled={busy}>
            {busy ? t('sso.login.looking') : t('sso.login.button')}
          </Button>
        </div>
      </form>
    </section>
  );
}
