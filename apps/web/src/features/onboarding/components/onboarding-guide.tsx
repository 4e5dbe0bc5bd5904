import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextBody } from '../../../components/ui/text-body';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useCompleteOnboarding, useOnboarding } from '../api/onboarding';

export interface GuideRoom {
  id: string;
  name: string;
  agreements: string;
}

const PHASES = ['projectie', 'herkenning', 'gelijkwaardigheid', 'verbinding', 'getuigenis'] as const;

/**
 * The first-visit guide: five short sections on one page (headings to jump between with a screen
 * reader), ending with the group's own agreements to accept. Finishing is remembered on the server.
 */
export function OnboardingGuide({ room, onDone }: { room: GuideRoom | null; onDone: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const onboarding = useOnboarding();
  const complete = useCompleteOnboarding();
  const hasAgreements = room !== null && room.agreements.trim() !== '';
  const [accepted, setAccepted] = useState(false);
  const [missing, setMissing] = useState(false);
  const done = onboarding.data?.completedAt ?? null;

  function finish() {
    if (hasAgreements && !accepted) {
      setMissing(true);
      document.getElementById('onboarding-accept')?.focus();
      return;
    }
    complete.mutate(hasAgreements ? { acceptedRoomId: room.id } : {}, { onSuccess: onDone });
  }

  return (
    <div className="onboarding">
      {done && <p className="muted">{t('onboarding.doneBefore', { date: formatDate(done) })}</p>}
      <section className="card" aria-labelledby="onboarding-ruimte">
        <h2 id="onboarding-ruimte">{t('onboarding.roomHeading')}</h2>
        <p>{t('onboarding.roomText')}</p>
        <p>{t('onboarding.roomText2')}</p>
      </section>
      <section className="card" aria-labelledby="onboarding-herkenning">
        <h2 id="onboarding-herkenning">{t('onboarding.recogniseHeading')}</h2>
        <p>{t('onboarding.recogniseText')}</p>
        <p>{t('onboarding.recogniseRecords')}</p>
      </section>
      <section className="card" aria-labelledby="onboarding-fasen">
        <h2 id="onboarding-fasen">{t('onboarding.phasesHeading')}</h2>
        <p>{t('onboarding.phasesIntro')}</p>
        <ol className="onboarding__phases">
          {PHASES.map((p) => (
            <li key={p}>
              <strong>{t(`onboarding.phases.${p}.name`)}</strong> — {t(`onboarding.phases.${p}.text`)}
            </li>
          ))}
        </ol>
        <p>{t('onboarding.phasesNote')}</p>
      </section>
      <section className="card" aria-labelledby="onboarding-begeleiders">
        <h2 id="onboarding-begeleiders">{t('onboarding.facilitatorsHeading')}</h2>
        <p>{t('onboarding.facilitatorsSee')}</p>
        <ul>
          <li>{t('onboarding.see1')}</li>
          <li>{t('onboarding.see2')}</li>
          <li>{t('onboarding.see3')}</li>
        </ul>
        <p>{t('onboarding.facilitatorsNotSee')}</p>
        <ul>
          <li>{t('onboarding.notSee1')}</li>
          <li>{t('onboarding.notSee2')}</li>
          <li>{t('onboarding.notSee3')}</li>
        </ul>
      </section>
      <section className="card" aria-labelledby="onboarding-afspraken">
        <h2 id="onboarding-afspraken">{t('onboarding.agreementsHeading')}</h2>
        {hasAgreements ? (
          <>
            <p>{t('onboarding.agreementsIntro', { room: room.name })}</p>
            <TextBody text={room.agreements} lines="list" className="onboarding__agreements" />
            <div className={missing && !accepted ? 'field field--invalid' : 'field'}>
              <label className="choice">
                <input
                  id="onboarding-accept"
                  type="checkbox"
                  checked={accepted}
                  aria-invalid={missing && !accepted ? true : undefined}
                  aria-describedby={missing && !accepted ? 'onboarding-accept-error' : undefined}
                  onChange={(e) => setAccepted(e.target.checked)}
                />{' '}
                {t('onboarding.accept', { room: room.name })}
              </label>
              {missing && !accepted && (
                <p id="onboarding-accept-error" className="field__error">
                  {t('onboarding.acceptMissing')}
                </p>
              )}
            </div>
          </>
        ) : (
          <p>{t('onboarding.noAgreements')}</p>
        )}
        {complete.isError && <ErrorAlert>{errorMessage(complete.error)}</ErrorAlert>}
        <div className="button-row">
          <Button onClick={finish} disabled={complete.isPending}>
            {t('onboarding.finish')}
          </Button>
        </div>
      </section>
    </div>
  );
}
