import { CODING_LABELS, type CodingLabel, type CodingTask, PHASES } from '@spiegel/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Notice } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Loading } from '../../../components/ui/loading';
import { TextBody } from '../../../components/ui/text-body';
import { useErrorMessage } from '../../../i18n/use-error-message';
import { useCode, useMyCoding } from '../api/coding';

/** A coding label in words: the model's own phase label, or "geen fase" / "weet ik niet". */
export function useCodingLabel() {
  const { t, i18n } = useTranslation();
  return (l: CodingLabel | null) =>
    l === null || l === 'geen'
      ? t('coding.labels.geen')
      : l === 'onbekend'
        ? t('coding.labels.onbekend')
        : PHASES[l].label[i18n.language === 'en' ? 'en' : 'nl'];
}

/** One contribution and the choice; a fresh one (new state) for every task. */
function TaskForm({
  task,
  focusOnMount,
  onSaved,
}: {
  task: CodingTask;
  focusOnMount: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const labelOf = useCodingLabel();
  const code = useCode();
  const [choice, setChoice] = useState<CodingLabel | null>(null);
  const [missing, setMissing] = useState(false);
  const textRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusOnMount) textRef.current?.focus();
  }, [focusOnMount]);

  const hintOf = (l: CodingLabel) =>
    l === 'geen' || l === 'onbekend' ? t(`coding.hints.${l}`) : t(`rooms.phase.hints.${l}`);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!choice) {
      setMissing(true);
      return;
    }
    code.mutate({ assignmentId: task.assignmentId, label: choice }, { onSuccess: onSaved });
  };

  return (
    <form className="card coding-task" onSubmit={submit} noValidate aria-labelledby="coding-text-heading">
      <h2 id="coding-text-heading" ref={textRef} tabIndex={-1}>
        {t('coding.textHeading', { n: task.done + 1, total: task.total })}
      </h2>
      <blockquote className="coding-task__text">
        {task.title && <p className="coding-task__title">{task.title}</p>}
        <TextBody text={task.body} />
      </blockquote>
      <fieldset className="choice-list" aria-describedby={missing ? 'coding-missing' : undefined}>
        <legend className="field__label">{t('coding.legend')}</legend>
        {CODING_LABELS.map((l) => (
          <label key={l} className="choice">
            <input
              type="radio"
              name="coding-label"
              value={l}
              checked={choice === l}
              onChange={() => {
                setChoice(l);
                setMissing(false);
              }}
            />
            <span>
              <span className="choice__label">{labelOf(l)}</span>
              <span className="choice__hint">{hintOf(l)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {missing && (
        <p id="coding-missing" className="field__error" role="alert">
          {t('coding.chooseFirst')}
        </p>
      )}
      {code.isError && <ErrorAlert>{errorMessage(code.error)}</ErrorAlert>}
      <div className="button-row">
        <Button type="submit" disabled={code.isPending}>
          {code.isPending ? t('coding.saving') : t('coding.save')}
        </Button>
      </div>
      <p className="muted">{t('coding.blind')}</p>
    </form>
  );
}

/**
 * The coding workbench: one contribution at a time, its words only (no author, group, or Spiegel's own
 * phase tag), and the coder's choice of one of the five phases, "geen fase" or "weet ik niet". Radio
 * buttons and one button: usable with the keyboard alone; focus returns to the next text after saving.
 */
export function CodingWorkbench() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const mine = useMyCoding();
  const [saved, setSaved] = useState(false);

  if (mine.isPending) return <Loading />;
  if (mine.isError) return <ErrorAlert>{errorMessage(mine.error)}</ErrorAlert>;
  const { task, studies } = mine.data;

  return (
    <>
      {studies.length > 0 && (
        <section className="card coding-progress" aria-labelledby="coding-progress-heading">
          <h2 id="coding-progress-heading">{t('coding.progressHeading')}</h2>
          <ul>
            {studies.map((s) => (
              <li key={s.id}>
                <span>{t('coding.progress', { name: s.name, done: s.done, total: s.total })}</span>
                <progress max={Math.max(1, s.total)} value={s.done} aria-label={s.name} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {!task ? (
        <Notice>{studies.length ? t('coding.allDone') : t('coding.nothing')}</Notice>
      ) : (
        <TaskForm key={task.assignmentId} task={task} focusOnMount={saved} onSaved={() => setSaved(true)} />
      )}
    </>
  );
}
