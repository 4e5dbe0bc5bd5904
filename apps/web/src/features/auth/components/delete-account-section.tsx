import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { isApiError } from '../../../lib/api-client';
import { type ContributionChoice, useDeleteAccount } from '../api/delete-account';

/**
 * "Account verwijderen": first what it means (in plain words, before anything can happen), then the
 * choice for what you wrote, your password and an explicit "I understand". Nothing is sent before all
 * three; a wrong password deletes nothing, and says so.
 */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const erase = useDeleteAccount();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<ContributionChoice>('delete');
  const [password, setPassword] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [errors, setErrors] = useState<{ password?: string; understood?: string }>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  const understoodId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    const next: typeof errors = {};
    if (!password) next.password = t('privacy.passwordRequired');
    if (!understood) next.understood = t('privacy.understoodRequired');
    setErrors(next);
    if (next.password) return passwordRef.current?.focus();
    if (next.understood) return document.getElementById(understoodId)?.focus();
    erase.mutate(
      { password, contributions: choice },
      {
        onError: (error) => {
          if (isApiError(error, 'INVALID_CREDENTIALS')) {
            setErrors({ password: t('privacy.wrongPassword') });
            passwordRef.current?.focus();
          }
        },
      },
    );
  }

  return (
    <section className="card" aria-labelledby="delete-account-heading">
      <h2 id="delete-account-heading" ref={headingRef} tabIndex={-1}>
        {t('privacy.deleteHeading')}
      </h2>
      {!open ? (
        <>
          <p className="muted">{t('privacy.deleteIntro')}</p>
          <Button variant="secondary" onClick={() => setOpen(true)} aria-expanded={false}>
            {t('privacy.deleteStart')}
          </Button>
        </>
      ) : (
        <form noValidate onSubmit={submit} aria-describedby="delete-account-consequences">
          <div id="delete-account-consequences">
            <p>{t('privacy.consequencesLead')}</p>
            <ul>
              <li>{t('privacy.consequenceLogin')}</li>
              <li>{t('privacy.consequenceRooms')}</li>
              <li>{t('privacy.consequenceMentor')}</li>
              <li>{t('privacy.consequenceOthers')}</li>
              <li>{t('privacy.consequenceFinal')}</li>
            </ul>
            <p>{t('privacy.exportFirst')}</p>
          </div>
          <fieldset className="fieldset choice-list">
            <legend className="field__label">{t('privacy.choiceLegend')}</legend>
            {(['delete', 'anonymise'] as const).map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="contributions"
                  value={value}
                  checked={choice === value}
                  onChange={() => setChoice(value)}
                />{' '}
                <span>
                  <strong>{t(`privacy.choice.${value}`)}</strong>
                  <br />
                  <span className="muted">{t(`privacy.choiceHint.${value}`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <TextField
            ref={passwordRef}
            type="password"
            autoComplete="current-password"
            label={t('privacy.password')}
            hint={t('privacy.passwordHint')}
            value={password}
            error={errors.password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <div className={errors.understood ? 'field field--invalid' : 'field'}>
            <label className="choice">
              <input
                id={understoodId}
                type="checkbox"
                checked={understood}
                aria-invalid={errors.understood ? true : undefined}
                aria-describedby={errors.understood ? `${understoodId}-error` : undefined}
                onChange={(e) => setUnderstood(e.target.checked)}
              />{' '}
              {t('privacy.understood')}
            </label>
            {errors.understood && (
              <p id={`${understoodId}-error`} className="field__error">
                {errors.understood}
              </p>
            )}
          </div>
          {erase.isError && !isApiError(erase.error, 'INVALID_CREDENTIALS') && (
            <ErrorAlert>{errorMessage(erase.error)}</ErrorAlert>
          )}
          <div className="button-row">
            <Button type="submit" variant="primary" disabled={erase.isPending}>
              {erase.isPending ? t('privacy.deleting') : t('privacy.deleteConfirm')}
            </Button>
            <Button
              variant="secondary"
              disabled={erase.isPending}
              onClick={() => {
                setOpen(false);
                setPassword('');
                setUnderstood(false);
                setErrors({});
                headingRef.current?.focus();
              }}
            >
              {t('privacy.keep')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
