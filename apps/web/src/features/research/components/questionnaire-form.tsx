import type { StudyMoment } from '@spiegel/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { Page } from '../../../components/ui/page';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { lang } from '../lib/format';
import { useAnswerMoment, useMyResearch } from '../api/research';
import '../research.css';

/**
 * One questionnaire moment: the published instruction and items, each a group of radio buttons (one
 * question per fieldset, so screen readers read the question with each answer). Answers are sent once.
 */
export function QuestionnaireForm({ enrolmentId, moment }: { enrolmentId: string; moment: StudyMoment }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const research = useMyResearch();
  const answer = useAnswerMoment();
  const [answers, setAnswers] = useState<Record<number, number>>({});
  const [missing, setMissing] = useState(false);

  const q = research.data?.questionnaire;
  const state = research.data?.moments.find((m) => m.enrolmentId === enrolmentId && m.moment === moment);
  return (
    <Page
      title={t('research.form.title')}
      heading={t('research.form.heading', { moment: t(`research.moments.${moment}`) })}
      intro={state && <p className="lead">{state.trajectName}</p>}
    >
      {research.isPending && <Loading />}
      {research.isError && <ErrorAlert>{errorMessage(research.error)}</ErrorAlert>}
      {q && state?.status !== 'due' && (
        <Notice>
          {t('research.form.notOpen')} <Link to="/mijn-pad">{t('research.form.back')}</Link>
        </Notice>
      )}
      {q && !q.textsAvailable && <Notice>{t('research.mine.noTexts')}</Notice>}
      {q && q.textsAvailable && state?.status === 'due' && (
        <form
          className="questionnaire"
          onSubmit={(e) => {
            e.preventDefault();
            const list = q.items.map((i) => answers[i.number]);
            if (list.some((a) => a === undefined)) {
              setMissing(true);
              const first = q.items.find((i) => answers[i.number] === undefined)!;
              document.getElementById(`vraag-${first.number}`)?.focus();
              return;
            }
            answer.mutate(
              { enrolmentId, moment, answers: list as number[] },
              { onSuccess: () => void navigate('/mijn-pad', { state: { questionnaireDone: true } }) },
            );
          }}
        >
          {q.instruction && <p>{q.instruction}</p>}
          {q.stem && (
            <p>
              <strong>{q.stem}</strong>
            </p>
          )}
          {q.items.map((item) => (
            <fieldset
              key={item.number}
              id={`vraag-${item.number}`}
              tabIndex={-1}
              className={
                missing && answers[item.number] === undefined ? 'question question--missing' : 'question'
              }
            >
              <legend>
                <span className="question__number">{item.number}.</span> {item.text}
              </legend>
              <div className="question__options">
                {q.scale.map((o) => (
                  <label key={o.value} className="question__option">
                    <input
                      type="radio"
                      name={`vraag-${item.number}`}
                      value={o.value}
                      checked={answers[item.number] === o.value}
                      onChange={() => setAnswers({ ...answers, [item.number]: o.value })}
                    />
                    <span>{o.label[lang()]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          {missing && <ErrorAlert>{t('research.form.missing')}</ErrorAlert>}
          {answer.isError && <ErrorAlert>{errorMessage(answer.error)}</ErrorAlert>}
          <div className="button-row">
            <Button type="submit" disabled={answer.isPending}>
              {answer.isPending ? t('research.form.sending') : t('research.form.submit')}
            </Button>
            <Link className="button button--secondary" to="/mijn-pad">
              {t('research.form.later')}
            </Link>
          </div>
          <p className="muted">{t('research.form.source', { citation: q.citation })}</p>
        </form>
      )}
    </Page>
  );
}
