import type { MyResearchView } from '@spiegel/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox-group';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useSaveResearchConsent } from '../api/research';

const KINDS = ['answers', 'phaseTimeline', 'phaseTags'] as const;

/** Research consent, separate from taking part: per kind of data, withdrawable at any time. */
export function ResearchConsentForm({ view }: { view: MyResearchView }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const save = useSaveResearchConsent();
  const c = view.consent;
  const [choice, setChoice] = useState({
    answers: c.answers,
    phaseTimeline: c.phaseTimeline,
    phaseTags: c.phaseTags,
  });
  const [saved, setSaved] = useState<'saved' | 'withdrawn' | null>(null);
  const active = c.answers || c.phaseTimeline || c.phaseTags;
  const submit = (next: typeof choice) =>
    save.mutate(
      { ...next, letterVersion: view.currentLetterVersion },
      {
        onSuccess: () =>
          setSaved(next.answers || next.phaseTimeline || next.phaseTags ? 'saved' : 'withdrawn'),
      },
    );
  return (
    <section className="card" aria-labelledby="onderzoek-heading">
      <h2 id="onderzoek-heading">{t('research.consent.heading')}</h2>
      <p>{t('research.consent.intro')}</p>
      <p className="muted">{t('research.consent.letter', { version: view.currentLetterVersion })}</p>
      {active && c.givenAt && (
        <p>
          {t('research.consent.current', { date: formatDate(c.givenAt), version: c.letterVersion ?? '' })}
        </p>
      )}
      {!active && c.withdrawnAt && (
        <p>{t('research.consent.withdrawnOn', { date: formatDate(c.withdrawnAt) })}</p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit(choice);
        }}
      >
        <CheckboxGroup
          legend={t('research.consent.legend')}
          optional
          options={KINDS.map((k) => ({ value: k, label: t(`research.consent.kinds.${k}`) }))}
          values={KINDS.filter((k) => choice[k])}
          onChange={(values) =>
            setChoice({
              answers: values.includes('answers'),
              phaseTimeline: values.includes('phaseTimeline'),
              phaseTags: values.includes('phaseTags'),
            })
          }
        />
        {save.isError && <ErrorAlert>{errorMessage(save.error)}</ErrorAlert>}
        {saved && !save.isPending && <Notice>{t(`research.consent.${saved}`)}</Notice>}
        <div className="button-row">
          <Button type="submit" disabled={save.isPending}>
            {t('research.consent.save')}
          </Button>
          {active && (
            <Button
              variant="secondary"
              disabled={save.isPending}
              onClick={() => {
                const none = { answers: false, phaseTimeline: false, phaseTags: false };
                setChoice(none);
                submit(none);
              }}
            >
              {t('research.consent.withdraw')}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
