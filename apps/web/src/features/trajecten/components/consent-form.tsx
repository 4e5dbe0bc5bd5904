import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useErrorMessage } from '../../../i18n/use-error-message';
import type { MyEnrolment } from '@spiegel/domain';
import { useGiveConsent } from '../api/give-consent';

export interface ConsentFormProps {
  enrolment: MyEnrolment;
  accountHref: string;
  onJoined: (enrolment: MyEnrolment) => void;
  onNotNow: () => void;
}

/**
 * What taking part means, in plain words, before someone joins a traject's group. Taking part needs an
 * explicit tick; contact after the traject is a separate choice, off unless the person turns it on.
 */
export function ConsentForm({ enrolment, accountHref, onJoined, onNotNow }: ConsentFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const consent = useGiveConsent();
  const agreeRef = useRef<HTMLInputElement>(null);
  const already = enrolment.status === 'active';
  const [agree, setAgree] = useState(already);
  const [followUp, setFollowUp] = useState(already && enrolment.consentFollowUp);
  const [agreeError, setAgreeError] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!agree) {
      setAgreeError(true);
      agreeRef.current?.focus();
      return;
    }
    consent.mutate({ enrolmentId: enrolment.id, followUp }, { onSuccess: onJoined });
  }

  return (
    <form className="form consent" noValidate onSubmit={submit}>
      {already && <p className="notice-line">{t('consent.alreadyActive')}</p>}
      <section className="card" aria-labelledby="consent-recorded-heading">
        <h2 id="consent-recorded-heading">{t('consent.recordedHeading')}</h2>
        <ul className="consent__list">
          <li>{t('consent.recorded.messages')}</li>
          <li>{t('consent.recorded.reactions')}</li>
          <li>{t('consent.recorded.phase')}</li>
          <li>{t('consent.recorded.themes')}</li>
        </ul>
      </section>
      <section className="card" aria-labelledby="consent-who-heading">
        <h2 id="consent-who-heading">{t('consent.whoHeading')}</h2>
        <ul className="consent__list">
          <li>{t('consent.who.members')}</li>
          <li>{t('consent.who.facilitators')}</li>
          <li>{t('consent.who.nobodyElse')}</li>
        </ul>
      </section>
      <section className="card" aria-labelledby="consent-rights-heading">
        <h2 id="consent-rights-heading">{t('consent.rightsHeading')}</h2>
        <ul className="consent__list">
          <li>{t('consent.rights.leave')}</li>
          <li>
            {t('consent.rights.data')} <Link to={accountHref}>{t('consent.rights.dataLink')}</Link>
          </li>
        </ul>
      </section>

      <div className="card consent__choices">
        {!already && (
          <div className={agreeError ? 'field field--invalid' : 'field'}>
            {agreeError && (
              <p id="consent-agree-error" className="field__error">
                {t('consent.agreeRequired')}
              </p>
            )}
            <label className="choice">
              <input
                ref={agreeRef}
                type="checkbox"
                checked={agree}
                aria-invalid={agreeError ? true : undefined}
                aria-describedby={agreeError ? 'consent-agree-error' : undefined}
                onChange={(e) => {
                  setAgree(e.target.checked);
                  if (e.target.checked) setAgreeError(false);
                }}
              />
              <span className="choice__label">{t('consent.agree')}</span>
            </label>
          </div>
        )}
        <fieldset className="fieldset">
          <legend className="field__label">{t('consent.followUpLegend')}</legend>
          <label className="choice">
            <input
              type="checkbox"
              checked={followUp}
              aria-describedby="consent-follow-up-hint"
              onChange={(e) => setFollowUp(e.target.checked)}
            />
            <span>
              <span className="choice__label">{t('consent.followUp')}</span>
              <span id="consent-follow-up-hint" className="choice__hint">
                {t('consent.followUpHint')}
              </span>
            </span>
          </label>
        </fieldset>
        {consent.isError && <ErrorAlert>{errorMessage(consent.error)}</ErrorAlert>}
        <div className="form__actions">
          <Button type="submit" disabled={consent.isPending}>
            {consent.isPending ? t('consent.submitting') : already ? t('consent.save') : t('consent.submit')}
          </Button>
          {!already && (
            <Button variant="secondary" onClick={onNotNow} disabled={consent.isPending}>
              {t('consent.notNow')}
            </Button>
          )}
        </div>
      </div>
    </form>
  );
}
