import type { MyResearchView } from '@spiegel/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { formatDate } from '../../../i18n';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { decimal } from '../lib/format';
import { useMyResearch, useSkipMoment, useStopQuestionnaires } from '../api/research';
import { ResearchConsentForm } from './research-consent-form';
import { byTraject, changeWord } from './score-words';
import '../research.css';

export const questionnairePath = (enrolmentId: string, moment: string) =>
  `/mijn-pad/vragenlijst/${encodeURIComponent(enrolmentId)}/${encodeURIComponent(moment)}`;

/** On Mijn pad: questionnaire moments that are open, my own scores in words, and research consent. */
export function MyQuestionnaires() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const research = useMyResearch();
  const skip = useSkipMoment();
  const stop = useStopQuestionnaires();
  const [skipped, setSkipped] = useState(false);

  if (research.isPending) return <Loading />;
  if (research.isError) return <ErrorAlert>{errorMessage(research.error)}</ErrorAlert>;
  const r: MyResearchView = research.data;
  const due = r.moments.filter((m) => m.status === 'due');
  return (
    <>
      <section className="card" aria-labelledby="vragenlijst-heading">
        <h2 id="vragenlijst-heading">{t('research.mine.heading')}</h2>
        <p>{t('research.mine.intro')}</p>
        {!r.questionnaire.textsAvailable && <Notice>{t('research.mine.noTexts')}</Notice>}
        {skip.isError && <ErrorAlert>{errorMessage(skip.error)}</ErrorAlert>}
        {skipped && !skip.isPending && <Notice>{t('research.mine.skipped')}</Notice>}
        {r.stopped ? (
          <p>{t('research.mine.stopped')}</p>
        ) : due.length === 0 ? (
          <p>{t('research.mine.noneDue')}</p>
        ) : (
          <ul className="research-moments">
            {due.map((m) => (
              <li key={`${m.enrolmentId}-${m.moment}`} className="research-moment">
                <p>
                  <strong>{t(`research.moments.${m.moment}`)}</strong> · {m.trajectName}
                  {m.closesAt && (
                    <>
                      <br />
                      <span className="muted">
                        {t('research.mine.openUntil', { date: formatDate(m.closesAt) })}
                      </span>
                    </>
                  )}
                </p>
                <div className="button-row">
                  {r.questionnaire.textsAvailable && (
                    <Link className="button button--primary" to={questionnairePath(m.enrolmentId, m.moment)}>
                      {t('research.mine.answer')}
                    </Link>
                  )}
                  <Button
                    variant="secondary"
                    disabled={skip.isPending}
                    onClick={() =>
                      skip.mutate(
                        { enrolmentId: m.enrolmentId, moment: m.moment },
                        { onSuccess: () => setSkipped(true) },
                      )
                    }
                  >
                    {t('research.mine.skip')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
        {stop.isError && <ErrorAlert>{errorMessage(stop.error)}</ErrorAlert>}
        <p>
          <Button variant="quiet" disabled={stop.isPending} onClick={() => stop.mutate(!r.stopped)}>
            {r.stopped ? t('research.mine.restart') : t('research.mine.stop')}
          </Button>
        </p>
      </section>
      <MyScores view={r} />
      <ResearchConsentForm view={r} />
    </>
  );
}

function MyScores({ view }: { view: MyResearchView }) {
  const { t } = useTranslation();
  if (view.scores.length === 0) return null;
  return (
    <section className="card" aria-labelledby="scores-heading">
      <h2 id="scores-heading">{t('research.scores.heading')}</h2>
      <p>{t('research.scores.intro')}</p>
      {[...byTraject(view.scores).entries()].map(([traject, scores]) => {
        const first = scores[0]!;
        return (
          <div key={traject}>
            <h3>{traject}</h3>
            <ul>
              {scores.map((s, i) => (
                <li key={s.moment}>
                  {t('research.scores.line', {
                    moment: t(`research.moments.${s.moment}`),
                    date: formatDate(s.answeredAt),
                    score: decimal(s.total, 1),
                  })}
                  {i > 0 && ` ${t(`research.scores.${changeWord(first.total, s.total)}`)}`}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <p className="muted">{t('research.scores.note')}</p>
    </section>
  );
}
